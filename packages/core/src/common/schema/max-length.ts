import { type HasLength, codePoints, pushLengthIssue } from './length.js';
import type { Check } from './schema.js';

/** At most `maximum` items, or characters (Unicode code points) in a string. */
export function maxLength(maximum: number): Check<HasLength> {
  return {
    kind: 'max_length',
    onLength: true,
    maximum,
    run(value, issues) {
      const units = value.length;
      // A code point is one or two UTF-16 units: a string that fits in units fits in code points.
      const length = typeof value === 'string' && units > maximum ? codePoints(value) : units;
      if (!(length <= maximum)) pushLengthIssue(issues, value, 'too_big', maximum);
    },
  };
}
