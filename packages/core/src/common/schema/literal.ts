import type { RawIssue } from './issues.js';
import { type Check, Schema } from './schema.js';

/** A value a literal schema can hold. */
export type Literal = string | number | boolean | null | undefined;

/** Exactly one value (compared with `Set` semantics, so `NaN` matches `NaN`). */
export class LiteralSchema<T extends Literal> extends Schema<T> {
  declare readonly values: ReadonlySet<T>;
  readonly value: T;

  constructor(value: T, checks?: readonly Check<never>[]) {
    super(checks);
    this.value = value;
    this.values = new Set([value]);
  }

  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    if (!this.values.has(value as T)) issues.push({ code: 'invalid_value', values: [this.value], input: value });
    return value;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new LiteralSchema(this.value, checks) as this;
  }
}

/** Exactly `value`. */
export function literal<const T extends Literal>(value: T): LiteralSchema<T> {
  return new LiteralSchema(value);
}
