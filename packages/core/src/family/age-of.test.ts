import { differenceInYears } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOf, type Person } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const child = (birth: { birthDate?: string; birthYear?: number }): Person => ({ id: 'c-1', givenName: 'Omar', role: 'child', languages: ['ar'], ...birth });
const age = (birth: { birthDate?: string; birthYear?: number }, now: Date | string | number, timeZone?: string) =>
  expectSuccess(ageOf(child(birth), timeZone === undefined ? { now } : { now, timeZone }));

describe('ageOf', () => {
  it('is exact with a birth date, and the birthday counts from its first minute', () => {
    expect(age({ birthDate: '2008-06-15' }, '2026-06-14')).toEqual({ minYears: 17, maxYears: 17, basis: 'birth-date' });
    expect(age({ birthDate: '2008-06-15' }, '2026-06-15')).toEqual({ minYears: 18, maxYears: 18, basis: 'birth-date' });
    expect(age({ birthDate: '2026-06-15' }, '2026-06-15')).toEqual({ minYears: 0, maxYears: 0, basis: 'birth-date' });
  });

  it('lets someone born on 29 February turn a year older on 1 March', () => {
    expect(age({ birthDate: '2008-02-29' }, '2026-02-28').minYears).toBe(17);
    expect(age({ birthDate: '2008-02-29' }, '2026-03-01').minYears).toBe(18);
    expect(age({ birthDate: '2008-02-29' }, '2028-02-29').minYears).toBe(20);
  });

  it('gives a range spanning the possible birthdays when only the year is known', () => {
    expect(age({ birthYear: 2008 }, '2026-01-01')).toEqual({ minYears: 17, maxYears: 18, basis: 'birth-year' });
    expect(age({ birthYear: 2008 }, '2026-12-30')).toEqual({ minYears: 17, maxYears: 18, basis: 'birth-year' });
    expect(age({ birthYear: 2008 }, '2026-12-31')).toEqual({ minYears: 18, maxYears: 18, basis: 'birth-year' });
    expect(age({ birthYear: 2026 }, '2026-03-01')).toEqual({ minYears: 0, maxYears: 0, basis: 'birth-year' });
  });

  it('prefers the birth date when both are given', () => {
    expect(age({ birthDate: '2010-12-31', birthYear: 2010 }, '2026-06-01')).toEqual({ minYears: 15, maxYears: 15, basis: 'birth-date' });
  });

  it('counts days in Danish time unless told otherwise', () => {
    // 22:30 UTC on 14 June is 00:30 on 15 June in Copenhagen (summer time).
    expect(age({ birthDate: '2008-06-15' }, '2026-06-14T22:30:00Z').minYears).toBe(18);
    expect(age({ birthDate: '2008-06-15' }, '2026-06-14T22:30:00Z', 'UTC').minYears).toBe(17);
    expect(age({ birthDate: '2008-06-15' }, new Date('2026-06-15T12:00:00+02:00')).minYears).toBe(18);
    expect(age({ birthDate: '2008-06-15' }, Date.parse('2026-06-14T12:00:00Z')).minYears).toBe(17);
  });

  it('refuses a birth after "now"', () => {
    expect(issueCodes(ageOf(child({ birthDate: '2026-06-16' }), { now: '2026-06-15' }))).toEqual(['family_born_after_now']);
    const result = ageOf(child({ birthYear: 2027 }), { now: '2026-06-15', locale: 'en' });
    expectFailure(result);
    expect(result.issues[0]).toMatchObject({ code: 'family_born_after_now', path: ['birthYear'], message: 'The date of birth is after the given time.' });
  });

  it('requires a valid "now" and time zone', () => {
    const person = child({ birthYear: 2010 });
    expect(issueCodes(ageOf(person, { now: 'yesterday' }))).toEqual(['invalid_now']);
    expect(issueCodes(ageOf(person, { now: '2026-02-30' }))).toEqual(['invalid_now']);
    expect(issueCodes(ageOf(person, { now: Number.NaN }))).toEqual(['invalid_now']);
    expect(issueCodes(ageOf(person, undefined as unknown as { now: string }))).toEqual(['invalid_now']);
    expect(issueCodes(ageOf(person, { now: '2026-06-01T10:00:00Z', timeZone: 'Mars/Olympus_Mons' }))).toEqual(['family_invalid_time_zone']);
    expect(issueCodes(ageOf(person, { now: '2026-06-01T10:00:00Z', timeZone: 3 as unknown as string }))).toEqual(['family_invalid_time_zone']);
  });

  it('validates the person first', () => {
    expect(issueCodes(ageOf({ id: 'x', givenName: 'X', role: 'child', languages: [] }, { now: '2026-01-01' }))).toEqual(['family_birth_missing']);
  });

  it('agrees with date-fns on exact ages', () => {
    const day = fc.date({ min: new Date(1930, 0, 1), max: new Date(2090, 11, 31), noInvalidDate: true });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [birth, now] = a <= b ? [a, b] : [b, a];
        const iso = (date: Date) =>
          `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
        const local = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());
        expect(age({ birthDate: iso(birth) }, iso(now)).minYears).toBe(differenceInYears(local(now), local(birth)));
      }),
    );
  });

  it('always brackets the exact age with the birth-year range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2030 }), fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 30_000 }), (year, dayOfYear, daysLater) => {
        const birth = new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
        const now = new Date(Date.UTC(year, 0, 1 + dayOfYear + daysLater)).toISOString().slice(0, 10);
        const exact = age({ birthDate: birth }, now).minYears;
        const range = age({ birthYear: Number(birth.slice(0, 4)) }, now);
        expect(range.minYears).toBeLessThanOrEqual(exact);
        expect(range.maxYears).toBeGreaterThanOrEqual(exact);
        expect(range.maxYears - range.minYears).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('never throws on hostile people or times', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(child({ birthDate: '2015-04-02' }))), anyInput, (person, now) => {
        const result = ageOf(person, { now: now as string });
        if (!result.ok) expectFailure(result);
      }),
    );
  });

  it('does not mutate the person or the options', () => {
    const person = deepFreeze(child({ birthYear: 2015 }));
    const options = deepFreeze({ now: '2026-06-01', locale: 'en' });
    expectSuccess(ageOf(person, options));
    expect(person).toEqual(child({ birthYear: 2015 }));
  });
});
