import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, ageBand, ageOf, type Person } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const child = (birth: { birthDate?: string; birthYear?: number }): Person => ({ id: 'c-1', givenName: 'Sara', role: 'child', languages: ['so'], ...birth });
const bandOn = (birthDate: string, now: string) => expectSuccess(ageBand(child({ birthDate }), { now }));

describe('ageBand', () => {
  it('places each boundary birthday in the new band', () => {
    expect(bandOn('2020-06-15', '2025-06-14')).toBe('0-4');
    expect(bandOn('2020-06-15', '2025-06-15')).toBe('5');
    expect(bandOn('2020-06-15', '2026-06-14')).toBe('5');
    expect(bandOn('2020-06-15', '2026-06-15')).toBe('6-12');
    expect(bandOn('2013-06-15', '2026-06-14')).toBe('6-12');
    expect(bandOn('2013-06-15', '2026-06-15')).toBe('13-17');
    expect(bandOn('2008-06-15', '2026-06-14')).toBe('13-17');
    expect(bandOn('2008-06-15', '2026-06-15')).toBe('18+');
    expect(bandOn('2026-06-15', '2026-06-15')).toBe('0-4');
    expect(bandOn('1950-01-01', '2026-06-15')).toBe('18+');
  });

  it('uses the youngest possible age when only the birth year is known', () => {
    expect(expectSuccess(ageBand(child({ birthYear: 2008 }), { now: '2026-06-01' }))).toBe('13-17');
    expect(expectSuccess(ageBand(child({ birthYear: 2008 }), { now: '2026-12-31' }))).toBe('18+');
    expect(expectSuccess(ageBand(child({ birthYear: 2020 }), { now: '2025-03-01' }))).toBe('0-4');
    expect(expectSuccess(ageBand(child({ birthYear: 2020 }), { now: '2026-03-01' }))).toBe('5');
  });

  it('passes on the issues of ageOf', () => {
    expect(issueCodes(ageBand(child({ birthYear: 2030 }), { now: '2026-03-01' }))).toEqual(['family_born_after_now']);
    expect(issueCodes(ageBand(child({ birthYear: 2010 }), { now: 'soon' }))).toEqual(['invalid_now']);
  });

  it('always answers the catalogue band that holds the minimum age', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2026 }), fc.boolean(), (year, exact) => {
        const person = child(exact ? { birthDate: `${year}-07-01` } : { birthYear: year });
        const band = expectSuccess(ageBand(person, { now: '2026-07-01' }));
        const { minYears } = expectSuccess(ageOf(person, { now: '2026-07-01' }));
        const entry = AGE_BANDS.find((candidate) => candidate.id === band);
        expect(entry).toBeDefined();
        expect(minYears).toBeGreaterThanOrEqual(entry!.minYears);
        if (entry!.maxYears !== null) expect(minYears).toBeLessThanOrEqual(entry!.maxYears);
      }),
    );
  });

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(child({ birthYear: 2015 }))), (person) => {
        const result = ageBand(person, { now: '2026-01-01' });
        if (!result.ok) expectFailure(result);
      }),
    );
  });

  it('does not mutate its input', () => {
    const person = deepFreeze(child({ birthDate: '2019-09-09' }));
    expect(expectSuccess(ageBand(person, deepFreeze({ now: '2026-01-01' })))).toBe('6-12');
  });
});
