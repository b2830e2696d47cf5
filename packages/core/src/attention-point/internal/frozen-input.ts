import { deepFreezeData } from '../../common/internal/deep-freeze-data.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';

/**
 * Whether `value` is plain data (primitives, plain objects, arrays) frozen all the way down with
 * no getters, i.e. it can never answer differently again. Such an input can be validated once and
 * the answer reused by identity; anything else (a mutable array, a class instance, a getter that
 * may compute a new value) must be validated on every call. Shared and cyclic parts are walked
 * once. A proxy whose traps throw counts as not frozen; the parser then reports it.
 */
export function isDeepFrozenData(value: unknown): boolean {
  const seen = new Set<object>();
  const pending: unknown[] = [value];
  try {
    while (pending.length > 0) {
      const current = pending.pop();
      if (typeof current === 'function') return false;
      if (current === null || typeof current !== 'object' || seen.has(current)) continue;
      seen.add(current);
      const prototype: unknown = Object.getPrototypeOf(current);
      if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) return false;
      if (!Object.isFrozen(current)) return false;
      for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(current))) {
        if (!('value' in descriptor)) return false;
        pending.push(descriptor.value);
      }
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses `input` with `parse`, reusing an earlier success for the same deep-frozen input from
 * `cache`; that answer is frozen too, so no caller can change what the next one gets. Only
 * successes are kept: a failure is parsed again, which is rare and keeps its messages in the
 * caller's language. The frozen check runs before parsing, so nothing the parser reads can change
 * between the check and the cached answer.
 */
export function parseOnceWhenFrozen<T>(cache: WeakMap<object, T>, input: unknown, parse: (input: unknown) => Result<T>): Result<T> {
  if (input === null || typeof input !== 'object') return parse(input);
  const known = cache.get(input);
  if (known !== undefined) return ok(known);
  const frozen = isDeepFrozenData(input);
  const parsed = parse(input);
  if (!frozen || !parsed.ok) return parsed;
  const value = deepFreezeData(parsed.value);
  cache.set(input, value);
  return ok(value);
}
