import { toInstant } from '../../common/to-instant.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { type CalendarDate, readIsoDate } from './calendar.js';

/** Ages are counted in Danish calendar days unless a caller says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

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
  const zone = timeZone === undefined ? DEFAULT_TIME_ZONE : timeZone;
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) {
    return fail([createIssue('family_invalid_time_zone', ['timeZone'], undefined, options)]);
  }
  try {
    let year = 0;
    let month = 0;
    let day = 0;
    for (const part of formatterFor(zone).formatToParts(instant.value)) {
      if (part.type === 'year') year = Number(part.value);
      else if (part.type === 'month') month = Number(part.value);
      else if (part.type === 'day') day = Number(part.value);
    }
    if (year === 0 || month === 0 || day === 0) return fail([createIssue('invalid_now', ['now'], undefined, options)]);
    return ok({ year, month, day });
  } catch {
    return fail([createIssue('family_invalid_time_zone', ['timeZone'], undefined, options)]);
  }
}
