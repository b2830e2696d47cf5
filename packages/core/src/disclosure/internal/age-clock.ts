import { dayStartMs } from '../../common/internal/time-zone.js';
import { ageOf, type Person } from '../../consent/internal/peer.js';

const DAY = 86_400_000;
const dayText = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const dayOfYear = (year: number): number => Math.floor(Date.UTC(year, 0, 1) / DAY);

/**
 * When a person's age range crosses a whole-year limit. `ageOf` counts calendar days in the
 * rules' time zone, so the limit is the start of the first day on which it answers at least
 * that age; it is found once by bisection over days (the answer only grows with time), and the
 * disclosure gate then compares instants instead of computing ages per decision.
 */
export class AgeClock {
  /** True when the person's age cannot be worked out at all. */
  readonly unknown: boolean;
  private readonly person: Person;
  private readonly timeZone: string;
  private readonly birthYear: number;
  private readonly minCache = new Map<number, number>();
  private readonly maxCache = new Map<number, number>();

  constructor(person: Person, timeZone: string) {
    this.person = person;
    this.timeZone = timeZone;
    const year = person.birthDate !== undefined ? Number(person.birthDate.slice(0, 4)) : person.birthYear;
    this.birthYear = year ?? 0;
    this.unknown = year === undefined || this.probe(dayOfYear(year + 50)) === undefined;
  }

  private probe(day: number): { minYears: number; maxYears: number } | undefined {
    try {
      const result = ageOf(this.person, { now: dayText(day), timeZone: this.timeZone });
      return result.ok ? result.value : undefined;
    } catch {
      return undefined;
    }
  }

  private reaches(pick: 'minYears' | 'maxYears', years: number, day: number): boolean {
    const range = this.probe(day);
    return range !== undefined && range[pick] >= years;
  }

  /** The first instant from which the chosen end of the age range is at least `years`. */
  private firstInstant(pick: 'minYears' | 'maxYears', years: number): number {
    if (this.unknown) return Number.POSITIVE_INFINITY;
    let low = dayOfYear(this.birthYear + years - 2);
    let high = dayOfYear(this.birthYear + years + 2);
    if (this.reaches(pick, years, low)) return Number.NEGATIVE_INFINITY;
    if (!this.reaches(pick, years, high)) return Number.POSITIVE_INFINITY;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (this.reaches(pick, years, middle)) high = middle;
      else low = middle;
    }
    return dayStartMs(dayText(high), this.timeZone);
  }

  /** From this instant the person is certainly at least `years` old (minYears ≥ years). */
  certainlyFrom(years: number): number {
    let at = this.minCache.get(years);
    if (at === undefined) {
      at = this.firstInstant('minYears', years);
      this.minCache.set(years, at);
    }
    return at;
  }

  /** From this instant the person may be `years` old or more (maxYears ≥ years). */
  possiblyFrom(years: number): number {
    let at = this.maxCache.get(years);
    if (at === undefined) {
      at = this.firstInstant('maxYears', years);
      this.maxCache.set(years, at);
    }
    return at;
  }
}
