import { type CalendarDate, isRealDate } from '../../common/internal/calendar-date.js';

// The Danish personal identification number (CPR): DDMMYY followed by a four-digit serial, with
// or without a hyphen. The first serial digit and the two-digit year together give the century
// (CPR-kontorets table):
//   serial digit 0–3        → 1900–1999
//   serial digit 4 or 9     → 2000–2036 when YY ≤ 36, otherwise 1937–1999
//   serial digit 5, 6, 7, 8 → 2000–2057 when YY ≤ 57, otherwise 1858–1899
// The modulus-11 check is NOT a validity rule: numbers issued since 2007 may fail it.

const CPR_SHAPE = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/;
const MODULUS_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

export type DecodedCpr =
  | { readonly kind: 'format' }
  | { readonly kind: 'date' }
  | { readonly kind: 'ok'; readonly digits: string; readonly birth: CalendarDate };

export function centuryOf(serialDigit: number, twoDigitYear: number): number {
  if (serialDigit <= 3) return 1900;
  if (serialDigit === 4 || serialDigit === 9) return twoDigitYear <= 36 ? 2000 : 1900;
  return twoDigitYear <= 57 ? 2000 : 1800;
}

export function decodeCpr(value: string): DecodedCpr {
  const match = CPR_SHAPE.exec(value);
  if (match === null) return { kind: 'format' };
  const [, dd = '', mm = '', yy = '', serial = ''] = match;
  const day = Number(dd);
  const month = Number(mm);
  const twoDigitYear = Number(yy);
  const year = centuryOf(Number(serial[0]), twoDigitYear) + twoDigitYear;
  if (!isRealDate(year, month, day)) return { kind: 'date' };
  return { kind: 'ok', digits: `${dd}${mm}${yy}${serial}`, birth: { year, month, day } };
}

/** The old modulus-11 control: information only, never a reason to reject a number. */
export function passesModulus11(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < MODULUS_WEIGHTS.length; index += 1) {
    sum += Number(digits[index]) * (MODULUS_WEIGHTS[index] ?? 0);
  }
  return sum % 11 === 0;
}
