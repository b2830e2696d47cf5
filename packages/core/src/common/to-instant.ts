import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';

/**
 * Reads the "now" a caller passes in (core never reads the clock): a `Date`, an ISO 8601 string
 * or epoch milliseconds. Answers `invalid_now` for anything else or an invalid date.
 *
 * @example
 * toInstant('2026-03-01T09:00:00Z')
 * //=> { ok: true, value: new Date('2026-03-01T09:00:00Z') }
 */
export function toInstant(now: unknown, options: LocaleOptions = {}): Result<Date> {
  let date: Date | undefined;
  if (now instanceof Date) date = new Date(now.getTime());
  else if (typeof now === 'number') date = new Date(now);
  else if (typeof now === 'string' && /^\d{4}-\d{2}-\d{2}/.test(now)) date = new Date(now);
  if (date === undefined || Number.isNaN(date.getTime())) return fail([createIssue('invalid_now', ['now'], undefined, options)]);
  return ok(date);
}
