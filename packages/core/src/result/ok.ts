import type { Success } from './result.js';

/**
 * Wraps a value in a successful result.
 *
 * @example
 * ok(3)
 * //=> { ok: true, value: 3 }
 */
export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}
