import { expect } from '@open-wc/testing';
import { settleUpdates } from './settle-updates.js';

describe('settleUpdates', () => {
  it('waits for each piece of work in flight and the update it causes, until none is left', async () => {
    const log: string[] = [];
    const queue = [1, 2, 3];
    let current: Promise<void> | undefined = Promise.resolve();
    const result = await settleUpdates(
      true,
      () => current,
      async () => {
        const next = queue.shift();
        log.push(`update ${next ?? 'last'}`);
        current = next === undefined ? undefined : Promise.resolve();
        return true;
      },
    );
    expect(result).to.equal(true);
    expect(log).to.deep.equal(['update 1', 'update 2', 'update 3', 'update last']);
  });

  it('answers at once when nothing is in flight, and false when any update was not complete', async () => {
    let updates = 0;
    expect(await settleUpdates(false, () => undefined, async () => ++updates > 0)).to.equal(false);
    expect(updates).to.equal(0);
    let rounds = 2;
    const pending = () => (rounds-- > 0 ? Promise.resolve() : undefined);
    expect(await settleUpdates(true, pending, async () => rounds !== 1)).to.equal(false);
  });
});
