/**
 * For a widget's `getUpdateComplete`: after the update that is done (`complete`), waits for work in
 * flight outside Lit's cycle (a chunk loading, a batch of items waiting for a frame) and for the
 * update each piece causes, until `pending` answers nothing more. Resolves `false` if any of those
 * updates did (Lit's meaning: another update was requested meanwhile).
 *
 * @example
 * protected override async getUpdateComplete() {
 *   return settleUpdates(await super.getUpdateComplete(), () => this.loading, () => super.getUpdateComplete());
 * }
 */
export async function settleUpdates(complete: boolean, pending: () => Promise<unknown> | undefined, nextUpdate: () => Promise<boolean>): Promise<boolean> {
  let settled = complete;
  for (let waiting = pending(); waiting !== undefined; waiting = pending()) {
    await waiting;
    settled = (await nextUpdate()) && settled;
  }
  return settled;
}
