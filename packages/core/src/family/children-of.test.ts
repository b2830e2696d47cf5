import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childrenOf, type Family } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const family = (): Family => ({
  id: 'fam-ali',
  name: 'Familien Ali',
  members: [
    { id: 'p-1', givenName: 'Hodan', role: 'parent', birthYear: 1988, languages: ['so'] },
    { id: 'c-1', givenName: 'Ayaan', role: 'child', birthDate: '2014-02-03', languages: ['so', 'da'], custodyHolderIds: ['p-1'] },
    { id: 'r-1', givenName: 'Faadumo', role: 'other-relative', birthYear: 1960, languages: ['so'] },
    { id: 'c-2', givenName: 'Liban', role: 'child', birthYear: 2019, languages: ['so'], custodyHolderIds: ['p-1'] },
  ],
});

describe('childrenOf', () => {
  it('lists the children in the family order', () => {
    expect(expectSuccess(childrenOf(family())).map((child) => child.id)).toEqual(['c-1', 'c-2']);
  });

  it('answers an empty list for a household without children', () => {
    expect(expectSuccess(childrenOf({ ...family(), members: [family().members[0]!] }))).toEqual([]);
  });

  it('reports an invalid family instead of guessing', () => {
    expect(issueCodes(childrenOf({ ...family(), members: 'all' }, { locale: 'en' }))).toEqual(['invalid_type']);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(family())), (input) => {
        const result = childrenOf(input);
        if (!result.ok) expectFailure(result);
        else expect(result.value.every((member) => member.role === 'child')).toBe(true);
      }),
    );
  });

  it('does not mutate the family', () => {
    const input = deepFreeze(family());
    expect(expectSuccess(childrenOf(input))[0]).not.toBe(input.members[1]);
    expect(input).toEqual(family());
  });
});
