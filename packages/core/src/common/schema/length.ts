import type { RawIssue } from './issues.js';

/** Anything with a length: a string or an array. */
export interface HasLength {
  readonly length: number;
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** Unicode code points in `text`: a surrogate pair counts once, a lone surrogate as itself (as zod 4.6 counts). */
export function codePoints(text: string): number {
  const units = text.length;
  if (!HIGH_SURROGATE.test(text)) return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** zod's `origin` for a length issue. */
export function lengthOrigin(value: unknown): string {
  return Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
}

/** Pushes a length issue; length checks never stop later checks on their own. */
export function pushLengthIssue(issues: RawIssue[], value: unknown, code: 'too_big' | 'too_small', limit: number): void {
  issues.push({
    origin: lengthOrigin(value),
    code,
    ...(code === 'too_big' ? { maximum: limit } : { minimum: limit }),
    inclusive: true,
    input: value,
    continue: true,
  });
}
