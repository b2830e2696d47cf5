// Calendar days of a consent period start at local midnight in the rules' time zone, so a
// consent "until 31 March" holds until the end of 31 March in Denmark, whatever the server's zone.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Milliseconds the zone's wall clock is ahead of UTC at instant `ms`. */
function zoneOffset(timeZone: string, ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The instant a calendar day (`YYYY-MM-DD`) begins in `timeZone`; `dayOffset` 1 gives the next day's start. */
export function dayStartMs(date: string, timeZone: string, dayOffset = 0): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const guess = Date.UTC(year, month - 1, day + dayOffset);
  try {
    const first = guess - zoneOffset(timeZone, guess);
    const second = guess - zoneOffset(timeZone, first);
    return second;
  } catch {
    return guess;
  }
}
