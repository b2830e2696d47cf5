import type { RawIssue } from './issues.js';
import { type Check, Schema } from './schema.js';

/** `true` or `false`. */
export class BooleanSchema extends Schema<boolean> {
  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    if (typeof value !== 'boolean') issues.push({ expected: 'boolean', code: 'invalid_type', input: value });
    return value;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new BooleanSchema(checks) as this;
  }
}

/** `true` or `false`. */
export function boolean(): BooleanSchema {
  return new BooleanSchema();
}
