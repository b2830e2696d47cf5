import type { FieldDifference, FieldPath } from './field-differences.js';

/** Which copy to keep for each differing field, keyed by {@link fieldKey}. */
export type FieldChoices = ReadonlyMap<string, 'mine' | 'theirs'>;

/** A stable key for a field path, for maps and element ids. */
export function fieldKey(path: FieldPath): string {
  return JSON.stringify(path);
}

/**
 * Builds the merged record: `mine` with every field chosen as "theirs" replaced by the other
 * copy's value (a row or key missing there is removed). Fields without a choice keep `mine`.
 * Returns a new object; neither input changes.
 *
 * @example
 * applyFieldChoices({ place: 'Hjemme', time: '10' }, differences, new Map([['["place"]', 'theirs']]))
 * //=> { place: 'Skolen', time: '10' }
 */
export function applyFieldChoices<T>(mine: T, differences: readonly FieldDifference[], choices: FieldChoices): T {
  let result: unknown = structuredClone(mine);
  for (const difference of differences) {
    if (choices.get(fieldKey(difference.path)) !== 'theirs') continue;
    result = setAt(result, difference.path, difference.theirs);
  }
  return result as T;
}

function setAt(target: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return structuredClone(value);
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(target)) {
    const rows = target as { id?: unknown }[];
    const index = rows.findIndex((row) => row?.id === head);
    if (rest.length === 0 && value === undefined) return index === -1 ? rows : rows.filter((_, at) => at !== index);
    if (index === -1) return value === undefined ? rows : [...rows, setAt(undefined, rest, value)];
    return rows.map((row, at) => (at === index ? setAt(row, rest, value) : row));
  }
  // A key that would reach an object's prototype is never written.
  if (head === '__proto__') return target;
  const record: Record<string, unknown> = target !== null && typeof target === 'object' ? { ...(target as Record<string, unknown>) } : {};
  if (rest.length === 0 && value === undefined) {
    delete record[head];
    return record;
  }
  record[head] = setAt(record[head], rest, value);
  return record;
}
