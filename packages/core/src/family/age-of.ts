import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { completedYears, readIsoDate } from '../common/internal/calendar-date.js';
import { calendarToday } from './internal/today.js';
import { parsePerson } from './parse-person.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { familyMessagesDa } from './messages.da.js';

learnMessages(familyMessagesDa);

/** Options for `ageOf`: the moment to measure at, the time zone, and the locale for issues. */
export interface AgeOfOptions extends LocaleOptions {
  /** The moment to measure at: a `Date`, an ISO date or date-time, or epoch milliseconds. Core never reads the clock. */
  readonly now: Date | string | number;
  /** IANA time zone used to turn an instant into a calendar day; defaults to `Europe/Copenhagen`. */
  readonly timeZone?: string;
}

/**
 * A person's age in completed years as a range. With a birth date the range is exact
 * (`minYears === maxYears`); with only a birth year it spans a birthday on 31 December
 * (`minYears`) to one on 1 January (`maxYears`). `basis` says which was used.
 */
export interface AgeRange {
  readonly minYears: number;
  readonly maxYears: number;
  readonly basis: 'birth-date' | 'birth-year';
}

/**
 * Works out how old a family member is on a given day. Many refugees' papers give only a birth
 * year, so the answer is a range rather than a guess. Someone born on 29 February turns a year
 * older on 1 March in other years.
 *
 * @example
 * ageOf({ id: 'c1', givenName: 'Sara', role: 'child', birthYear: 2015, languages: [] }, { now: '2026-06-01' })
 * //=> { ok: true, value: { minYears: 10, maxYears: 11, basis: 'birth-year' } }
 */
export function ageOf(person: unknown, options: AgeOfOptions): Result<AgeRange> {
  const locale: LocaleOptions = options ?? {};
  const parsed = parsePerson(person, locale);
  if (!parsed.ok) return parsed;
  const today = calendarToday(options?.now, options?.timeZone, locale);
  if (!today.ok) return today;
  const { birthDate, birthYear } = parsed.value;
  const born = birthDate === undefined ? undefined : readIsoDate(birthDate);
  if (born !== undefined) {
    const years = completedYears(born, today.value);
    if (years < 0) return fail([createIssue('family_born_after_now', ['birthDate'], undefined, locale)]);
    return ok({ minYears: years, maxYears: years, basis: 'birth-date' });
  }
  const year = birthYear ?? today.value.year;
  const maxYears = today.value.year - year;
  if (maxYears < 0) return fail([createIssue('family_born_after_now', ['birthYear'], undefined, locale)]);
  const lastDayOfYear = today.value.month === 12 && today.value.day === 31;
  const minYears = Math.max(0, lastDayOfYear ? maxYears : maxYears - 1);
  return ok({ minYears, maxYears, basis: 'birth-year' });
}
