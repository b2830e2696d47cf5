import type { RawIssue } from './issues.js';
import { type Check, Schema } from './schema.js';

/** A finite number (zod rejects NaN and ±Infinity, naming them in `received`). */
export class NumberSchema extends Schema<number> {
  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    const received = typeof value === 'number' ? (Number.isNaN(value) ? 'NaN' : String(value)) : undefined;
    issues.push({ expected: 'number', code: 'invalid_type', input: value, ...(received === undefined ? {} : { received }) });
    return value;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new NumberSchema(checks) as this;
  }
}

/** Any finite number. */
export function number(): NumberSchema {
  return new NumberSchema();
}
