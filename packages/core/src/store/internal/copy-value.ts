// Copies a caller's value into plain JSON-shaped data, the one shape every adapter can keep
// (memory, HTTP body, IndexedDB). Copying first and validating the copy means a getter that
// answers differently on each read cannot slip one thing past validation and store another.

const MAX_DEPTH = 64;

/** Why a value could not be copied; `null` when it was fine. */
export type CopyOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: 'shape' | 'unreadable' };

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function copy(value: unknown, depth: number, path: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ShapeError();
    return value;
  }
  if (typeof value !== 'object' || depth > MAX_DEPTH || path.has(value)) throw new ShapeError();
  path.add(value);
  let result: unknown;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let index = 0; index < value.length; index += 1) {
      if (!Object.hasOwn(value, index)) throw new ShapeError();
      out.push(copy(value[index], depth + 1, path));
    }
    result = out;
  } else {
    if (!isPlainObject(value)) throw new ShapeError();
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue; // as JSON does: an absent optional field
      Object.defineProperty(out, key, { value: copy(item, depth + 1, path), enumerable: true, writable: true, configurable: true });
    }
    result = out;
  }
  path.delete(value);
  return result;
}

class ShapeError extends Error {}

/**
 * A deep copy of `value` as plain data (objects, arrays, strings, finite numbers, booleans,
 * null), or why not. Never throws: hostile proxies and getters answer `unreadable`.
 */
export function copyValue(value: unknown): CopyOutcome {
  try {
    return { ok: true, value: copy(value, 0, new Set()) };
  } catch (error) {
    return { ok: false, reason: error instanceof ShapeError ? 'shape' : 'unreadable' };
  }
}
