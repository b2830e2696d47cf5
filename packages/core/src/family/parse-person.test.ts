import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInput, parsePerson, Person } from '@samspil/core';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const lina = (): Person => ({
  id: 'c-lina',
  givenName: 'Lina',
  familyName: 'Haddad',
  role: 'child',
  birthDate: '2012-09-01',
  birthYear: 2012,
  languages: ['ar', 'da'],
  interpreterNeed: { language: 'ar', mode: 'phone', bilingualStaffAccepted: true, notes: 'Foretrækker kvindelig tolk.' },
  custodyHolderIds: ['p-mother', 'p-father'],
  cpr: '010912-4118',
});

const codesAndPaths = (input: unknown) => {
  const result = parsePerson(input);
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
};

describe('parsePerson', () => {
  it('accepts a member with all fields', () => {
    expect(expectSuccess(parsePerson(lina()))).toEqual(lina());
  });

  it('accepts only a birth year, as many refugees have', () => {
    const { birthDate: _date, cpr: _cpr, ...rest } = lina();
    expect(expectSuccess(parsePerson(rest)).birthYear).toBe(2012);
  });

  it('requires a birth date or a birth year', () => {
    const { birthDate: _date, birthYear: _year, cpr: _cpr, ...rest } = lina();
    expect(codesAndPaths(rest)).toEqual([{ code: 'family_birth_missing', path: ['birthDate'] }]);
  });

  it('requires birth date and birth year to agree', () => {
    const result = parsePerson({ ...lina(), birthYear: 2013, cpr: undefined }, { locale: 'en' });
    expectFailure(result);
    expect(result.issues.map((issue) => issue.code)).toContain('family_birth_mismatch');
    expect(result.issues.find((issue) => issue.code === 'family_birth_mismatch')?.message).toBe(
      'The year of birth does not match the date of birth.',
    );
  });

  it('keeps birth dates within a plausible range', () => {
    const { cpr: _cpr, birthYear: _year, ...rest } = lina();
    expect(codesAndPaths({ ...rest, birthDate: '1899-12-31' })).toEqual([{ code: 'family_birth_date_range', path: ['birthDate'] }]);
    expect(issueCodes(parsePerson({ ...rest, birthDate: undefined, birthYear: 1899 }))).toEqual(['too_small']);
    expect(issueCodes(parsePerson({ ...rest, birthDate: undefined, birthYear: 2012.5 }))).toEqual(['invalid_type']);
  });

  it('rejects dates that do not exist', () => {
    expect(issueCodes(parsePerson({ ...lina(), birthDate: '2013-02-29', birthYear: undefined, cpr: undefined }))).toEqual(['invalid_date']);
  });

  it('checks the CPR number against shape, calendar and birth date', () => {
    expect(codesAndPaths({ ...lina(), cpr: '0109124118x' })).toEqual([{ code: 'family_cpr_format', path: ['cpr'] }]);
    expect(codesAndPaths({ ...lina(), cpr: '310912-4118' })).toEqual([{ code: 'family_cpr_date', path: ['cpr'] }]);
    expect(codesAndPaths({ ...lina(), cpr: '020912-4118' })).toEqual([{ code: 'family_cpr_birth_mismatch', path: ['cpr'] }]);
    // Serial digit 0 puts "12" in 1912, which does not match a child born in 2012.
    expect(codesAndPaths({ ...lina(), cpr: '010912-0118' })).toEqual([{ code: 'family_cpr_birth_mismatch', path: ['cpr'] }]);
    expect(codesAndPaths({ ...lina(), birthDate: undefined, cpr: '010911-4118' })).toEqual([{ code: 'family_cpr_birth_mismatch', path: ['cpr'] }]);
  });

  it('never echoes the CPR number or birth data in an issue', () => {
    const result = parsePerson({ ...lina(), cpr: '020912-4118', birthYear: 2011 });
    expect(issueCodes(result).sort()).toEqual(['family_birth_mismatch', 'family_cpr_birth_mismatch']);
    expect(JSON.stringify(result)).not.toMatch(/020912|2012|2011/);
  });

  it('keeps custody and unaccompanied status to children', () => {
    const parent = { id: 'p-1', givenName: 'Rima', role: 'parent', birthYear: 1984, languages: [] };
    expect(codesAndPaths({ ...parent, custodyHolderIds: ['x'], custodyActorIds: ['a'], unaccompaniedMinor: true })).toEqual([
      { code: 'family_custody_not_child', path: ['custodyHolderIds'] },
      { code: 'family_custody_not_child', path: ['custodyActorIds'] },
      { code: 'family_unaccompanied_not_child', path: ['unaccompaniedMinor'] },
    ]);
    expect(issueCodes(parsePerson({ ...parent, unaccompaniedMinor: false }))).toEqual([]);
  });

  it('allows at most two custody holders, each once', () => {
    expect(issueCodes(parsePerson({ ...lina(), custodyHolderIds: ['a', 'b', 'c'] }))).toEqual(['too_many']);
    expect(codesAndPaths({ ...lina(), custodyHolderIds: ['a', 'a'] })).toEqual([{ code: 'duplicate_id', path: ['custodyHolderIds', 1] }]);
  });

  it('records an unaccompanied minor with a custody holder who is an actor', () => {
    const minor = { id: 'c-2', givenName: 'Yonas', role: 'child', birthYear: 2009, languages: ['ti'], unaccompaniedMinor: true, custodyActorIds: ['actor-guardian'] };
    expect(expectSuccess(parsePerson(minor))).toEqual(minor);
  });

  it('validates the interpreter need', () => {
    expect(codesAndPaths({ ...lina(), interpreterNeed: { language: 'arabic!', mode: 'carrier-pigeon' } })).toEqual([
      { code: 'invalid_format', path: ['interpreterNeed', 'language'] },
      { code: 'invalid_option', path: ['interpreterNeed', 'mode'] },
    ]);
  });

  it('speaks Danish by default', () => {
    const result = parsePerson({ ...lina(), birthDate: undefined, birthYear: undefined, cpr: undefined });
    expectFailure(result);
    expect(result.issues[0]?.message).toBe('Angiv fødselsdato eller i det mindste fødselsår.');
  });

  it('never throws and agrees with the uncompiled schema', () => {
    expect(issueCodes(parsePerson(throwingProxy()))).toEqual(['unreadable_input']);
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(lina())), (input) => {
        const result = parsePerson(input);
        if (!result.ok) expectFailure(result);
        expect(result).toEqual(parseInput(Person, input));
      }),
      { numRuns: 300 },
    );
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(lina());
    expect(expectSuccess(parsePerson(input))).not.toBe(input);
    expect(input).toEqual(lina());
  });
});
