import type { RawIssue } from './issues.js';
import type { Check } from './schema.js';

/** A string check against `pattern`: an `invalid_format` issue naming `format` and the pattern. */
export function formatCheck(pattern: RegExp, format: string): Check<string> {
  const source = pattern.toString();
  return {
    kind: 'string_format',
    run(value, issues: RawIssue[]) {
      pattern.lastIndex = 0;
      if (pattern.test(value)) return;
      issues.push({ origin: 'string', code: 'invalid_format', format, input: value, pattern: source, continue: true });
    },
  };
}

/** The string matches `pattern`. */
export function regex(pattern: RegExp): Check<string> {
  return formatCheck(pattern, 'regex');
}
