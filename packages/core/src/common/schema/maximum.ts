import type { Check } from './schema.js';

/** At most `maximum` (inclusive). */
export function maximum(maximum: number): Check<number> {
  return {
    kind: 'less_than',
    run(value, issues) {
      if (!(value <= maximum)) issues.push({ origin: 'number', code: 'too_big', maximum, input: value, inclusive: true, continue: true });
    },
  };
}
