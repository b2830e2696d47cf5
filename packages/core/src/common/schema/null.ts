import type { RawIssue } from './issues.js';
import { type Check, Schema } from './schema.js';

/** Exactly `null`. */
export class NullSchema extends Schema<null> {
  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    if (value !== null) issues.push({ expected: 'null', code: 'invalid_type', input: value });
    return value;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new NullSchema(checks) as this;
  }
}

/** Exactly `null`. */
function nullSchema(): NullSchema {
  return new NullSchema();
}
export { nullSchema as null };
