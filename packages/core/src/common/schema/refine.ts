import { type RefineParams, customCheck } from './custom.js';
import type { Check } from './schema.js';

/** A check: `test(value)` must answer truthy, else a `custom` issue carrying `params` at `path`. */
export function refine<T>(test: (value: NoInfer<T>) => unknown, params: RefineParams = {}): Check<T> {
  return customCheck(test as (value: T) => unknown, params, params.abort ?? false);
}
