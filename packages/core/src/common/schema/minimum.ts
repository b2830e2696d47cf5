import type { Check } from './schema.js';

/** At least `minimum` (inclusive). */
export function minimum(minimum: number): Check<number> {
  return {
    kind: 'greater_than',
    run(value, issues) {
      if (!(value >= minimum)) issues.push({ origin: 'number', code: 'too_small', minimum, input: value, inclusive: true, continue: true });
    },
  };
}
