import type { RawIssue } from './issues.js';
import { type Check, Schema } from './schema.js';

/** One of a fixed list of strings; `options` lists them in order. */
export class EnumSchema<T extends string> extends Schema<T> {
  declare readonly values: ReadonlySet<T>;
  readonly options: T[];

  constructor(options: readonly T[], checks?: readonly Check<never>[]) {
    super(checks);
    // As zod builds it: through an object keyed by value, so each value is listed once and
    // integer-like strings come first.
    this.options = Object.values(Object.fromEntries(options.map((option) => [option, option])));
    this.values = new Set(this.options);
  }

  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    if (!this.values.has(value as T)) issues.push({ code: 'invalid_value', values: this.options, input: value });
    return value;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new EnumSchema(this.options, checks) as this;
  }
}

/** One of `values`. */
function enumSchema<const T extends readonly string[]>(values: T): EnumSchema<T[number]> {
  return new EnumSchema<T[number]>(values);
}
export { enumSchema as enum };
