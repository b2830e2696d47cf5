// Calendar arithmetic in a named time zone, without reading the clock or the machine's zone.
// Shared with field-visit/; a candidate for common/ once another concept needs it.

/** The zone Samspil assumes for Danish municipalities unless a caller says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  const cached = partsFormatters.get(timeZone);
  if (cached !== undefined) return cached;
  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
    return formatter;
  } catch {
    return undefined;
  }
}

/** True when the runtime knows the zone name. */
export function isKnownTimeZone(timeZone: unknown): timeZone is string {
  return typeof timeZone === 'string' && timeZone.length > 0 && timeZone.length <= 64 && formatterFor(timeZone) !== undefined;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, timeZone: string): WallClock | undefined {
  const formatter = formatterFor(timeZone);
  if (formatter === undefined || Number.isNaN(instant.getTime())) return undefined;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const pad = (value: number, length = 2): string => String(Math.abs(value)).padStart(length, '0');

/** The calendar date (`YYYY-MM-DD`) an instant falls on in a zone. */
export function calendarDateIn(instant: Date, timeZone: string): string | undefined {
  const clock = wallClock(instant, timeZone);
  return clock === undefined ? undefined : `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}

function offsetMinutesAt(utcMillis: number, timeZone: string): number | undefined {
  const clock = wallClock(new Date(utcMillis), timeZone);
  if (clock === undefined) return undefined;
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return Math.round((asUtc - Math.floor(utcMillis / 1000) * 1000) / 60_000);
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
  const first = offsetMinutesAt(guess, timeZone);
  if (first === undefined) return undefined;
  const offset = offsetMinutesAt(guess - first * 60_000, timeZone) ?? first;
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${time}:00${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
