import type { RawIssue } from './issues.js';
import { type Check, Schema } from './schema.js';

/** zod's `util.MakeReadonly`, for the arrays and objects core makes read-only. */
export type MakeReadonly<T> = T extends readonly (infer V)[] ? readonly V[] : T extends object ? Readonly<T> : T;

/**
 * `inner`, with the parsed value frozen. Unlike zod, which freezes whatever `inner` answers,
 * only a fresh value is frozen: never the caller's input (zod freezes the input when an array
 * fails its type check, or when `inner` passes values through unchanged).
 */
export class ReadonlySchema<T extends Schema<unknown, unknown>> extends Schema<MakeReadonly<T['_output']>, MakeReadonly<T['_input']>> {
  declare readonly optin: T['optin'];
  declare readonly optout: T['optout'];
  declare readonly values?: ReadonlySet<unknown>;
  readonly inner: T;

  constructor(inner: T, checks?: readonly Check<never>[]) {
    super(checks);
    this.inner = inner;
    if (inner.optin !== undefined) this.optin = inner.optin;
    if (inner.optout !== undefined) this.optout = inner.optout;
    if (inner.values !== undefined) this.values = inner.values;
  }

  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    const start = issues.length;
    const parsed = this.inner.run(value, issues);
    return issues.length === start && parsed !== value ? Object.freeze(parsed) : parsed;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new ReadonlySchema(this.inner, checks) as this;
  }
}

/** `inner`, frozen once parsed. */
export function readonly<T extends Schema<unknown, unknown>>(inner: T): ReadonlySchema<T> {
  return new ReadonlySchema(inner);
}
