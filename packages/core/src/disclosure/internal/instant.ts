import { daysInMonth } from '../../common/internal/calendar-date.js';

// Reads `YYYY-MM-DDTHH:MM:SS(.fraction)(Z|±HH:MM)` into epoch milliseconds without regular
// expressions or Date objects: the disclosure gate reads one per decision. NaN for anything
// else, including dates that do not exist and offsets no time zone uses.

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let index = from; index < from + count; index += 1) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

export function readInstant(text: string): number {
  const length = text.length;
  if (length < 20 || length > 35) return Number.NaN;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return Number.NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  if (day > daysInMonth(year, month)) return Number.NaN;
  let index = 19;
  let millis = 0;
  if (text.charCodeAt(index) === 46) {
    index += 1;
    const start = index;
    let scale = 100;
    while (index < length) {
      const code = text.charCodeAt(index) - 48;
      if (code < 0 || code > 9) break;
      millis += code * scale;
      scale /= 10;
      index += 1;
    }
    if (index === start || index - start > 9) return Number.NaN;
    millis = Math.floor(millis);
  }
  let offset = 0;
  const sign = text.charCodeAt(index);
  if (sign === 90) {
    if (index + 1 !== length) return Number.NaN;
  } else if (sign === 43 || sign === 45) {
    if (index + 6 !== length || text.charCodeAt(index + 3) !== 58) return Number.NaN;
    const hours = digits(text, index + 1, 2);
    const minutes = digits(text, index + 4, 2);
    if (hours < 0 || hours > 14 || (minutes !== 0 && minutes !== 15 && minutes !== 30 && minutes !== 45)) return Number.NaN;
    offset = (sign === 43 ? 1 : -1) * (hours * 60 + minutes) * 60_000;
  } else {
    return Number.NaN;
  }
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millis - offset;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
