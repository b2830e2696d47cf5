import type { RawIssue } from './issues.js';
import { NumberSchema } from './number.js';
import type { Check } from './schema.js';

// zod's `safeint` format, which runs as the schema's first check: a fraction is the wrong type and
// stops the checks after it; an integer past ±2^53-1 is too big or too small and does not.
const safeInteger: Check<number> = {
  kind: 'number_format',
  run(value, issues: RawIssue[]) {
    if (!Number.isInteger(value)) {
      issues.push({ expected: 'int', format: 'safeint', code: 'invalid_type', continue: false, input: value });
    } else if (!Number.isSafeInteger(value)) {
      const big = value > 0;
      issues.push({
        input: value,
        code: big ? 'too_big' : 'too_small',
        ...(big ? { maximum: Number.MAX_SAFE_INTEGER } : { minimum: Number.MIN_SAFE_INTEGER }),
        note: 'Integers must be within the safe integer range.',
        origin: 'int',
        inclusive: true,
        continue: true,
      });
    }
  },
};

/** A safe integer: a whole number between -(2^53-1) and 2^53-1. */
export function int(): NumberSchema {
  return new NumberSchema().check(safeInteger);
}
