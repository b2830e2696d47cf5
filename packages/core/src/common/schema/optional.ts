import type { RawIssue } from './issues.js';
import { type Check, Schema } from './schema.js';

/** `inner`, or `undefined`; as an object key, the key may be missing. */
export class OptionalSchema<T extends Schema<unknown, unknown>> extends Schema<T['_output'] | undefined, T['_input'] | undefined> {
  declare readonly optin: 'optional' | 'defaulted';
  declare readonly optout: 'optional';
  declare readonly values?: ReadonlySet<unknown>;
  readonly inner: T;

  constructor(inner: T, checks?: readonly Check<never>[]) {
    super(checks);
    this.inner = inner;
    // Absence stays absence, except around a default, which substitutes for it.
    this.optin = inner.optin === 'defaulted' ? 'defaulted' : 'optional';
    this.optout = 'optional';
    if (inner.values !== undefined) this.values = new Set([...inner.values, undefined]);
  }

  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    if (value !== undefined) return this.inner.run(value, issues);
    if (this.inner.optin !== 'defaulted') return undefined;
    // A default that fails yields nothing, and its issues are dropped (as zod does).
    const start = issues.length;
    const parsed = this.inner.run(undefined, issues);
    if (issues.length === start) return parsed;
    issues.length = start;
    return undefined;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new OptionalSchema(this.inner, checks) as this;
  }
}

/** `inner`, or `undefined`. */
export function optional<T extends Schema<unknown, unknown>>(inner: T): OptionalSchema<T> {
  return new OptionalSchema(inner);
}
