import { type HasLength, codePoints, pushLengthIssue } from './length.js';
import type { Check } from './schema.js';

/** At least `minimum` items, or characters (Unicode code points) in a string. */
export function minLength(minimum: number): Check<HasLength> {
  return {
    kind: 'min_length',
    onLength: true,
    run(value, issues) {
      const units = value.length;
      // Fewer units than the minimum never reach it; twice as many always do. Only between is counting needed.
      const length = typeof value === 'string' && units >= minimum && units < minimum * 2 ? codePoints(value) : units;
      if (!(length >= minimum)) pushLengthIssue(issues, value, 'too_small', minimum);
    },
  };
}
