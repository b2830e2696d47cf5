import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDateIn, dayStartMs, DEFAULT_TIME_ZONE, isKnownTimeZone, wallClock, zonedDateTime, zoneOffsetMs } from './time-zone.js';

describe('time-zone helpers', () => {
  it('knows real zone names and nothing else', () => {
    expect(isKnownTimeZone(DEFAULT_TIME_ZONE)).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    for (const zone of ['', 'Mars/Olympus', 'x'.repeat(65), 42, undefined, null]) expect(isKnownTimeZone(zone)).toBe(false);
  });

  it('reads the Danish calendar day of an instant, across midnight and summer time', () => {
    expect(calendarDateIn(new Date('2026-03-01T23:30:00Z'), DEFAULT_TIME_ZONE)).toBe('2026-03-02');
    expect(calendarDateIn(new Date('2026-07-01T21:59:59Z'), DEFAULT_TIME_ZONE)).toBe('2026-07-01');
    expect(calendarDateIn(new Date('2026-07-01T22:00:00Z'), DEFAULT_TIME_ZONE)).toBe('2026-07-02');
    expect(calendarDateIn(new Date(Number.NaN), DEFAULT_TIME_ZONE)).toBeUndefined();
    expect(calendarDateIn(new Date(0), 'Mars/Olympus')).toBeUndefined();
  });

  it('gives the wall clock and the offset', () => {
    expect(wallClock(Date.parse('2026-07-01T08:00:00Z'), DEFAULT_TIME_ZONE)).toEqual({ year: 2026, month: 7, day: 1, hour: 10, minute: 0, second: 0 });
    expect(zoneOffsetMs(Date.parse('2026-01-15T12:00:00Z'), DEFAULT_TIME_ZONE)).toBe(3_600_000);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), DEFAULT_TIME_ZONE)).toBe(7_200_000);
  });

  it('finds when a Danish day starts, also on the days summer time begins and ends', () => {
    expect(new Date(dayStartMs('2026-03-01', DEFAULT_TIME_ZONE)).toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(new Date(dayStartMs('2026-03-29', DEFAULT_TIME_ZONE, 1)).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(new Date(dayStartMs('2026-10-25', DEFAULT_TIME_ZONE)).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(dayStartMs('2026-03-01', 'Mars/Olympus')).toBe(Date.UTC(2026, 2, 1));
  });

  it('writes a wall-clock time in a zone with its offset', () => {
    expect(zonedDateTime('2026-07-01', '10:00', DEFAULT_TIME_ZONE)).toBe('2026-07-01T10:00:00+02:00');
    expect(zonedDateTime('2026-01-05', '09:30', DEFAULT_TIME_ZONE)).toBe('2026-01-05T09:30:00+01:00');
    expect(zonedDateTime('2026-01-05', '09:30', 'America/St_Johns')).toBe('2026-01-05T09:30:00-03:30');
    expect(zonedDateTime('2026-01-05', 'soon', DEFAULT_TIME_ZONE)).toBeUndefined();
    expect(zonedDateTime('2026-01-05', '09:30', 'Mars/Olympus')).toBeUndefined();
  });

  it('round-trips: the day an instant falls on starts at or before it and the next day after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const day = calendarDateIn(new Date(ms), DEFAULT_TIME_ZONE) as string;
        expect(dayStartMs(day, DEFAULT_TIME_ZONE)).toBeLessThanOrEqual(ms);
        expect(dayStartMs(day, DEFAULT_TIME_ZONE, 1)).toBeGreaterThan(ms);
      }),
    );
  });
});
