import { toInstant } from '../../common/to-instant.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { type CalendarDate, readIsoDate } from '../../common/internal/calendar-date.js';
import { DEFAULT_TIME_ZONE, isKnownTimeZone, wallClock } from '../../common/internal/time-zone.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { familyMessagesDa } from '../messages.da.js';

learnMessages(familyMessagesDa);

/**
 * The calendar date "now" falls on. A plain `YYYY-MM-DD` is taken as that day; an instant (a
 * `Date`, ISO date-time or epoch milliseconds) is read in `timeZone`, so a birthday starts at
 * midnight in Denmark and not at midnight UTC.
 */
export function calendarToday(now: unknown, timeZone: unknown, options: LocaleOptions): Result<CalendarDate> {
  if (typeof now === 'string' && now.length === 10) {
    const date = readIsoDate(now);
    return date === undefined ? fail([createIssue('invalid_now', ['now'], undefined, options)]) : ok(date);
  }
  const instant = toInstant(now, options);
  if (!instant.ok) return instant;
  // Ages are counted in Danish calendar days unless a caller says otherwise.
  const zone = timeZone === undefined ? DEFAULT_TIME_ZONE : timeZone;
  if (!isKnownTimeZone(zone)) return fail([createIssue('family_invalid_time_zone', ['timeZone'], undefined, options)]);
  const clock = wallClock(instant.value, zone);
  if (clock === undefined || clock.year === 0 || clock.month === 0 || clock.day === 0) {
    return fail([createIssue('invalid_now', ['now'], undefined, options)]);
  }
  return ok({ year: clock.year, month: clock.month, day: clock.day });
}
