import type { RawIssue } from './issues.js';
import { type Check, Schema, isPlainObject } from './schema.js';

/** zod's `util.shallowClone`, so each parse gets its own copy of a default array or object. */
function shallowClone<T>(value: T): T {
  if (Array.isArray(value)) return [...value] as T;
  if (isPlainObject(value)) return { ...value } as T;
  return value;
}

/** `inner`, with `value` put in place of `undefined` (the default is not validated, as in zod). */
export class DefaultSchema<T extends Schema<unknown, unknown>> extends Schema<Exclude<T['_output'], undefined>, T['_input'] | undefined> {
  declare readonly optin: 'defaulted';
  declare readonly values?: ReadonlySet<unknown>;
  readonly inner: T;
  readonly defaultValue: Exclude<T['_output'], undefined> | (() => Exclude<T['_output'], undefined>);

  constructor(
    inner: T,
    defaultValue: Exclude<T['_output'], undefined> | (() => Exclude<T['_output'], undefined>),
    checks?: readonly Check<never>[],
  ) {
    super(checks);
    this.inner = inner;
    this.defaultValue = defaultValue;
    this.optin = 'defaulted';
    if (inner.values !== undefined) this.values = inner.values;
  }

  private fresh(): unknown {
    const value = this.defaultValue;
    return typeof value === 'function' ? (value as () => unknown)() : shallowClone(value);
  }

  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    if (value === undefined) return this.fresh();
    const parsed = this.inner.run(value, issues);
    return parsed === undefined ? this.fresh() : parsed;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new DefaultSchema(this.inner, this.defaultValue, checks) as this;
  }
}

/** `inner`, or `value` when the input is `undefined` (or the key is missing). */
export function _default<T extends Schema<unknown, unknown>>(
  inner: T,
  value: Exclude<T['_output'], undefined> | (() => Exclude<T['_output'], undefined>),
): DefaultSchema<T> {
  return new DefaultSchema(inner, value);
}
