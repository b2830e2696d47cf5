import type { RawIssue } from './issues.js';
import { type Check, Schema } from './schema.js';

/** `inner`, or `null`. */
export class NullableSchema<T extends Schema<unknown, unknown>> extends Schema<T['_output'] | null, T['_input'] | null> {
  declare readonly optin: T['optin'];
  declare readonly optout: T['optout'];
  declare readonly values?: ReadonlySet<unknown>;
  readonly inner: T;

  constructor(inner: T, checks?: readonly Check<never>[]) {
    super(checks);
    this.inner = inner;
    if (inner.optin !== undefined) this.optin = inner.optin;
    if (inner.optout !== undefined) this.optout = inner.optout;
    if (inner.values !== undefined) this.values = new Set([...inner.values, null]);
  }

  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    return value === null ? null : this.inner.run(value, issues);
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new NullableSchema(this.inner, checks) as this;
  }
}

/** `inner`, or `null`. */
export function nullable<T extends Schema<unknown, unknown>>(inner: T): NullableSchema<T> {
  return new NullableSchema(inner);
}
