import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Family, parseFamily, parseInput } from '@samspil/core';
import { anyInput, corruptSomewhere, pollutingObject, throwingProxy } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const haddad = (): Family => ({
  id: 'fam-haddad',
  name: 'Familien Haddad',
  members: [
    { id: 'p-mother', givenName: 'Rima', familyName: 'Haddad', role: 'parent', birthYear: 1984, languages: ['ar'], interpreterNeed: { language: 'ar', mode: 'video' } },
    { id: 'p-father', givenName: 'Samir', familyName: 'Haddad', role: 'parent', birthDate: '1979-03-14', languages: ['ar', 'en'], cpr: '140379-1234' },
    { id: 'c-1', givenName: 'Lina', role: 'child', birthDate: '2012-09-01', languages: ['ar', 'da'], custodyHolderIds: ['p-mother', 'p-father'] },
    { id: 'c-2', givenName: 'Omar', role: 'child', birthYear: 2019, languages: ['ar'], custodyHolderIds: ['p-mother'] },
    { id: 'p-grandmother', givenName: 'Huda', role: 'other-relative', birthYear: 1950, languages: ['ar'], livesInHousehold: false },
  ],
  address: { street: 'Gellerupparken 12, 3. tv.', postalCode: '8220', city: 'Brabrand' },
  municipality: { code: '751', name: 'Aarhus' },
  notes: 'Familien ønsker møder om formiddagen.',
  extensions: { 'portal.caseRef': 'X-17' },
});

const role = fc.constantFrom('parent' as const, 'child' as const, 'other-relative' as const);
const language = fc.constantFrom('ar', 'so', 'ti', 'fa-AF', 'prs', 'da', 'en', 'ur', 'ku');
const isoDate = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const validFamily: fc.Arbitrary<Family> = fc
  .uniqueArray(
    fc.record(
      {
        id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
        givenName: fc.string({ minLength: 1, maxLength: 40 }),
        role,
        birthDate: isoDate,
        languages: fc.uniqueArray(language, { maxLength: 3 }),
      },
      { requiredKeys: ['id', 'givenName', 'role', 'birthDate', 'languages'] },
    ),
    { minLength: 1, maxLength: 8, selector: (member) => member.id },
  )
  .chain((members) => {
    const adults = members.filter((member) => member.role !== 'child').map((member) => member.id);
    return fc.tuple(
      fc.constant(members),
      fc.array(fc.subarray(adults, { maxLength: Math.min(2, adults.length) }), { minLength: members.length, maxLength: members.length }),
    );
  })
  .map(([members, holders]) => ({
    id: 'fam-1',
    name: 'Familien',
    members: members.map((member, index) =>
      member.role === 'child' && (holders[index] ?? []).length > 0 ? { ...member, custodyHolderIds: holders[index] } : member,
    ),
  }));

describe('parseFamily', () => {
  it('accepts a realistic household and returns it unchanged in content', () => {
    expect(expectSuccess(parseFamily(haddad()))).toEqual(haddad());
  });

  it('requires at least one member and the family fields', () => {
    const result = parseFamily({ id: 'f', name: '', members: [] });
    expect(issueCodes(result).sort()).toEqual(['too_few', 'too_short']);
  });

  it('reports a member id used twice', () => {
    const family = haddad();
    family.members[3] = { ...family.members[3]!, id: 'c-1' };
    const result = parseFamily(family);
    expectFailure(result);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'duplicate_id', path: ['members', 3, 'id'], params: { id: 'c-1' } })]);
  });

  it('reports custody held by someone outside the family', () => {
    const family = haddad();
    family.members[2] = { ...family.members[2]!, custodyHolderIds: ['p-mother', 'p-uncle'] };
    const result = parseFamily(family, { locale: 'en' });
    expectFailure(result);
    expect(result.issues).toEqual([
      {
        code: 'family_unknown_custody_holder',
        path: ['members', 2, 'custodyHolderIds', 1],
        params: { id: 'p-uncle' },
        message: 'The custody holder "p-uncle" is not a member of the family.',
      },
    ]);
  });

  it('reports custody held by a child', () => {
    const family = haddad();
    family.members[3] = { ...family.members[3]!, custodyHolderIds: ['c-1'] };
    const result = parseFamily(family);
    expectFailure(result);
    expect(result.issues[0]).toMatchObject({ code: 'family_custody_holder_is_child', path: ['members', 3, 'custodyHolderIds', 0] });
    expect(result.issues[0]?.message).toBe('"c-1" er registreret som barn og kan ikke have forældremyndighed.');
  });

  it('reports member-level rules with the member path', () => {
    const family = haddad();
    family.members[1] = { ...family.members[1]!, cpr: '150379-1234' };
    const result = parseFamily(family);
    expect(result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'family_cpr_birth_mismatch', path: ['members', 1, 'cpr'] },
    ]);
  });

  it('rejects unknown keys instead of dropping them', () => {
    expect(issueCodes(parseFamily({ ...haddad(), housingArea: 'Gellerup' }))).toEqual(['unknown_key']);
  });

  it('checks postal and municipality codes', () => {
    const family = { ...haddad(), address: { street: 'Vej 1', postalCode: '82200', city: 'Brabrand' }, municipality: { code: '7510', name: 'Aarhus' } };
    expect(issueCodes(parseFamily(family))).toEqual(['invalid_format', 'invalid_format']);
  });

  it('treats hostile objects as unreadable or invalid without throwing', () => {
    expect(issueCodes(parseFamily(throwingProxy()))).toEqual(['unreadable_input']);
    expectFailure(parseFamily(pollutingObject()));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on arbitrary input and reports well-formed issues', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expectFailure(parseFamily(input));
      }),
    );
  });

  it('never throws when a valid family is corrupted somewhere', () => {
    fc.assert(
      fc.property(corruptSomewhere(haddad()), (input) => {
        const result = parseFamily(input);
        if (result.ok) expect(parseFamily(result.value)).toEqual(result);
        else expectFailure(result);
      }),
      { numRuns: 300 },
    );
  });

  it('answers exactly as the uncompiled schema does', () => {
    fc.assert(
      fc.property(fc.oneof(corruptSomewhere(haddad()), validFamily, anyInput), (input) => {
        expect(parseFamily(input, { locale: 'en' })).toEqual(parseInput(Family, input, { locale: 'en' }));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips generated valid families', () => {
    fc.assert(
      fc.property(validFamily, (family) => {
        expect(expectSuccess(parseFamily(family))).toEqual(family);
      }),
    );
  });

  it('does not mutate its input and returns a new object', () => {
    const input = deepFreeze(haddad());
    const value = expectSuccess(parseFamily(input));
    expect(value).not.toBe(input);
    expect(input).toEqual(haddad());
  });
});
