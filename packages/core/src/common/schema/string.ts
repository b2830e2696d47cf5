import type { RawIssue } from './issues.js';
import { type Check, Schema } from './schema.js';

/** A string; the base of `iso.date()`, `iso.datetime()` and every `z.string().check(...)`. */
export class StringSchema extends Schema<string> {
  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    if (typeof value !== 'string') issues.push({ expected: 'string', code: 'invalid_type', input: value });
    return value;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new StringSchema(checks) as this;
  }
}

/** Any string. */
export function string(): StringSchema {
  return new StringSchema();
}
