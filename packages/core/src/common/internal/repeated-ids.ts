/** One repeat of an id in a list: where it stands again, and the id. */
export interface RepeatedId {
  readonly index: number;
  readonly id: string;
}

/**
 * The places in a list where an id appears for the second time or later; the first appearance
 * is never reported. Every concept's `duplicate_id` check walks lists with this.
 *
 * @example
 * repeatedIds(['a', 'b', 'a'])
 * //=> [{ index: 2, id: 'a' }]
 */
export function repeatedIds(ids: readonly string[]): RepeatedId[] {
  const seen = new Set<string>();
  const repeats: RepeatedId[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) repeats.push({ index, id });
    seen.add(id);
  });
  return repeats;
}
