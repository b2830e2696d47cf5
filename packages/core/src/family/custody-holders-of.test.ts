import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { custodyHoldersOf, type Family } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const family = (): Family => ({
  id: 'fam-tesfaye',
  name: 'Familien Tesfaye',
  members: [
    { id: 'p-mother', givenName: 'Selam', role: 'parent', birthYear: 1990, languages: ['ti'] },
    { id: 'p-father', givenName: 'Dawit', role: 'parent', birthYear: 1986, languages: ['ti', 'en'] },
    { id: 'c-1', givenName: 'Mekdes', role: 'child', birthYear: 2012, languages: ['ti', 'da'], custodyHolderIds: ['p-father', 'p-mother'] },
    { id: 'c-2', givenName: 'Yonas', role: 'child', birthYear: 2008, languages: ['ti'], unaccompaniedMinor: true, custodyActorIds: ['actor-guardian'] },
  ],
});

describe('custodyHoldersOf', () => {
  it('answers the members holding custody, in family order', () => {
    expect(expectSuccess(custodyHoldersOf(family(), 'c-1')).map((holder) => holder.id)).toEqual(['p-mother', 'p-father']);
  });

  it('answers an empty list when custody lies outside the family', () => {
    expect(expectSuccess(custodyHoldersOf(family(), 'c-2'))).toEqual([]);
  });

  it('reports an unknown child and a member who is not a child', () => {
    const unknown = custodyHoldersOf(family(), 'c-9', { locale: 'en' });
    expectFailure(unknown);
    expect(unknown.issues[0]).toMatchObject({ code: 'unknown_reference', path: ['childId'], params: { id: 'c-9' } });
    const adult = custodyHoldersOf(family(), 'p-mother');
    expectFailure(adult);
    expect(adult.issues[0]).toMatchObject({ code: 'family_not_a_child', message: '"p-mother" er ikke registreret som barn i familien.' });
    expect(issueCodes(custodyHoldersOf(family(), 42))).toEqual(['invalid_type']);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(family())), anyInput, (input, childId) => {
        const result = custodyHoldersOf(input, childId);
        if (!result.ok) expectFailure(result);
      }),
    );
  });

  it('does not mutate the family', () => {
    const input = deepFreeze(family());
    expectSuccess(custodyHoldersOf(input, 'c-1'));
    expect(input).toEqual(family());
  });
});
