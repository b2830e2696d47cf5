import { lightFormat } from 'date-fns';
import { IsoDate } from '../../common/schemas.js';
import { toInstant } from '../../common/to-instant.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';

/**
 * The calendar day of a passed-in `now`. A string keeps the date it was written with (so
 * `2026-03-01T23:30:00+01:00` is 1 March, as the caller in Denmark meant it); a `Date` or epoch
 * milliseconds uses the runtime's local calendar, which in a caseworker's browser is Danish time.
 */
export function isoDayFromNow(now: unknown, options: LocaleOptions = {}): Result<string> {
  const instant = toInstant(now, options);
  if (!instant.ok) return instant;
  const day = typeof now === 'string' ? now.slice(0, 10) : lightFormat(instant.value, 'yyyy-MM-dd');
  // A string such as `2026-02-30T10:00Z` parses (the engine rolls it over) but names no real day.
  if (!IsoDate.safeParse(day).success) return fail([createIssue('invalid_now', ['now'], undefined, options)]);
  return ok(day);
}
