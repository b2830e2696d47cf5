// Wall clocks and calendar days in a named time zone, without reading the clock or the machine's
// zone. Shared by every concept that turns instants into Danish calendar days and back.

/** The zone Samspil assumes for Danish municipalities unless a caller says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

/** Zone names are accepted in any letter case, so a hostile caller could mint endless variants: the cache is capped. */
const MAX_CACHED_ZONES = 64;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  const cached = formatters.get(timeZone);
  if (cached !== undefined) return cached;
  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formatters.size >= MAX_CACHED_ZONES) formatters.clear();
    formatters.set(timeZone, formatter);
    return formatter;
  } catch {
    return undefined;
  }
}

/** True when `timeZone` is a zone name (1–64 characters) the runtime knows. */
export function isKnownTimeZone(timeZone: unknown): timeZone is string {
  return typeof timeZone === 'string' && timeZone.length > 0 && timeZone.length <= 64 && formatterFor(timeZone) !== undefined;
}

/** The date and time a wall clock in a zone shows; a part the runtime leaves out reads 0. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** What a wall clock in `timeZone` shows at an instant; undefined for an unknown zone or an invalid instant. */
export function wallClock(instant: Date | number, timeZone: string): WallClock | undefined {
  const formatter = formatterFor(timeZone);
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (formatter === undefined || !Number.isFinite(ms)) return undefined;
  try {
    const parts: Record<string, number> = {};
    for (const part of formatter.formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
    return {
      year: parts.year ?? 0,
      month: parts.month ?? 0,
      day: parts.day ?? 0,
      hour: parts.hour ?? 0,
      minute: parts.minute ?? 0,
      second: parts.second ?? 0,
    };
  } catch {
    return undefined;
  }
}

/** Milliseconds the zone's wall clock is ahead of UTC at instant `ms` (whole seconds); undefined for an unknown zone. */
export function zoneOffsetMs(ms: number, timeZone: string): number | undefined {
  const clock = wallClock(ms, timeZone);
  if (clock === undefined) return undefined;
  const wall = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

const pad = (value: number, length = 2): string => String(Math.abs(value)).padStart(length, '0');

/** The calendar date (`YYYY-MM-DD`) an instant falls on in a zone. */
export function calendarDateIn(instant: Date, timeZone: string): string | undefined {
  const clock = wallClock(instant, timeZone);
  return clock === undefined ? undefined : `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}

/**
 * The instant a wall-clock time in a zone stands for: the UTC reading minus the zone's offset,
 * refined once so a date on which the offset changes (summer time) still lands right.
 * Undefined for an unknown zone.
 */
function zonedMs(wallAsUtc: number, timeZone: string): number | undefined {
  const first = zoneOffsetMs(wallAsUtc, timeZone);
  if (first === undefined) return undefined;
  const second = zoneOffsetMs(wallAsUtc - first, timeZone);
  return wallAsUtc - (second ?? first);
}

/**
 * The instant a calendar day (`YYYY-MM-DD`) begins in `timeZone`; `dayOffset` 1 gives the next
 * day's start. So a consent "until 31 March" holds until the end of 31 March in Denmark, whatever
 * the server's zone. An unknown zone falls back to UTC midnight.
 */
export function dayStartMs(date: string, timeZone: string, dayOffset = 0): number {
  const guess = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + dayOffset);
  return zonedMs(guess, timeZone) ?? guess;
}

/**
 * The ISO 8601 instant, with the zone's offset, of a wall-clock date and time in a zone; e.g.
 * `2026-07-01` at `10:00` in Copenhagen is `2026-07-01T10:00:00+02:00`.
 */
export function zonedDateTime(date: string, time: string, timeZone: string): string | undefined {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  if ([year, month, day, hour, minute].some((value) => value === undefined || !Number.isInteger(value))) return undefined;
  const guess = Date.UTC(year as number, (month as number) - 1, day as number, hour as number, minute as number);
  const at = zonedMs(guess, timeZone);
  if (at === undefined) return undefined;
  const offset = Math.round((guess - at) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${time}:00${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
