import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, completedYears, daysInMonth, formatIsoDate, readIsoDate } from './calendar-date.js';

describe('calendar-date helpers', () => {
  it('reads only dates that exist', () => {
    expect(readIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const text of ['2025-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-4-01', '2026/04/01', '']) expect(readIsoDate(text)).toBeUndefined();
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 13)).toBe(0);
  });

  it('agrees with Date on every day and round-trips through formatIsoDate', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(9999, 11, 31) / 86_400_000 }), (day) => {
        const text = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const date = readIsoDate(text);
        expect(date).toBeDefined();
        expect(formatIsoDate(date as NonNullable<typeof date>)).toBe(text);
      }),
    );
  });

  it('counts completed years, with 29 February birthdays on 1 March', () => {
    const birth = { year: 2012, month: 2, day: 29 };
    expect(completedYears(birth, { year: 2030, month: 2, day: 28 })).toBe(17);
    expect(completedYears(birth, { year: 2030, month: 3, day: 1 })).toBe(18);
    expect(compareDates(birth, { year: 2012, month: 3, day: 1 })).toBeLessThan(0);
  });
});
