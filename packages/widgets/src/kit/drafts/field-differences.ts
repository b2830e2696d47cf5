/** One place in a record, as object keys and row ids from the root (`['agreements', 'a-2', 'action']`). */
export type FieldPath = readonly string[];

/** A field whose value here and in the other copy differ, with what it was when both started. */
export interface FieldDifference {
  readonly path: FieldPath;
  readonly mine: unknown;
  readonly theirs: unknown;
  readonly base: unknown;
  /**
   * The side to keep when only one side changed the field since `base`; `undefined` when both
   * did, which a person must decide. Never "last write wins".
   */
  readonly suggested: 'mine' | 'theirs' | undefined;
}

/** Options for {@link fieldDifferences}. */
export interface FieldDifferencesOptions {
  /** Keys that are bookkeeping, not content (e.g. `updatedAt`), at any depth. */
  readonly ignore?: readonly string[];
}

const MAX_DEPTH = 32;

/**
 * Compares two copies of the same record field by field. Objects are compared key by key;
 * lists whose entries all carry a string `id` (agreements, resources, observations) row by row by
 * that id, so a row added in one tab and another row edited in the other are separate fields;
 * any other list is one field. `base` (the copy both started from, when known) decides which
 * side changed a field, so changes made on one side only can be kept without asking.
 *
 * @example
 * fieldDifferences({ place: 'Hjemme' }, { place: 'Skolen' }, { place: '' })
 * //=> [{ path: ['place'], mine: 'Hjemme', theirs: 'Skolen', base: '', suggested: undefined }]
 */
export function fieldDifferences(mine: unknown, theirs: unknown, base: unknown, options: FieldDifferencesOptions = {}): FieldDifference[] {
  const ignore = new Set(options.ignore ?? []);
  const differences: FieldDifference[] = [];
  walk(mine, theirs, base, [], 0);
  return differences;

  function walk(a: unknown, b: unknown, o: unknown, path: string[], depth: number): void {
    if (same(a, b)) return;
    if (depth < MAX_DEPTH && isRecord(a) && isRecord(b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys) {
        if (ignore.has(key) || key === '__proto__') continue;
        walk(a[key], b[key], isRecord(o) ? o[key] : undefined, [...path, key], depth + 1);
      }
      return;
    }
    if (depth < MAX_DEPTH && isRowList(a) && isRowList(b)) {
      const rowsOf = (list: unknown) => new Map(isRowList(list) ? list.map((row) => [row.id, row] as const) : []);
      const [rowsA, rowsB, rowsO] = [rowsOf(a), rowsOf(b), rowsOf(o)];
      for (const id of new Set([...rowsA.keys(), ...rowsB.keys()])) {
        walk(rowsA.get(id), rowsB.get(id), rowsO.get(id), [...path, id], depth + 1);
      }
      return;
    }
    const mineChanged = !same(a, o);
    const theirsChanged = !same(b, o);
    const suggested = mineChanged && !theirsChanged ? 'mine' : theirsChanged && !mineChanged ? 'theirs' : undefined;
    differences.push({ path, mine: a, theirs: b, base: o, suggested });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isRowList(value: unknown): value is readonly { readonly id: string }[] {
  return Array.isArray(value) && value.length > 0 && value.every((row) => isRecord(row) && typeof row.id === 'string');
}

/** Deep equality for JSON data (records read from a store are plain JSON). */
export function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
