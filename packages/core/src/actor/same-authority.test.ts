import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, AuthorityKind, sameAuthority } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess } from '../../../../test/support/expect-result.js';

const actor = (id: string, authority?: Actor['authority']): Actor => ({
  id,
  kind: 'person',
  name: `Person ${id}`,
  sector: 'children-family-services',
  ...(authority === undefined ? {} : { authority }),
  roles: [],
  contacts: [],
});
const familyServices = { id: 'kk-sof', name: 'Københavns Kommune, Socialforvaltningen', kind: 'municipality' } as const;
const school = { id: 'kk-buf', name: 'Københavns Kommune, Børne- og Ungdomsforvaltningen', kind: 'municipality' } as const;

describe('sameAuthority', () => {
  it('is true for two actors in the same public authority', () => {
    expect(expectSuccess(sameAuthority(actor('a', familyServices), actor('b', familyServices)))).toBe(true);
    const region = { id: 'region-h', name: 'Region Hovedstaden', kind: 'region' } as const;
    expect(expectSuccess(sameAuthority(actor('a', region), actor('b', region)))).toBe(true);
  });

  it('is false across authorities of one kommune, as schools and family services usually are', () => {
    expect(expectSuccess(sameAuthority(actor('a', familyServices), actor('b', school)))).toBe(false);
  });

  it('never counts private bodies or civil society', () => {
    const ngo = { id: 'roede-kors', name: 'Røde Kors', kind: 'civil-society' } as const;
    const clinic = { id: 'clinic', name: 'Klinik', kind: 'private' } as const;
    expect(expectSuccess(sameAuthority(actor('a', ngo), actor('b', ngo)))).toBe(false);
    expect(expectSuccess(sameAuthority(actor('a', clinic), actor('b', clinic)))).toBe(false);
  });

  it('is false when an authority is missing or its kind disagrees', () => {
    expect(expectSuccess(sameAuthority(actor('a'), actor('b')))).toBe(false);
    expect(expectSuccess(sameAuthority(actor('a', familyServices), actor('b')))).toBe(false);
    expect(expectSuccess(sameAuthority(actor('a', familyServices), actor('b', { ...familyServices, kind: 'state' })))).toBe(false);
  });

  it('is symmetric and true only for public kinds', () => {
    const authority = fc.record({ id: fc.constantFrom('x', 'y'), name: fc.constant('Myndighed'), kind: fc.constantFrom(...AuthorityKind.options) });
    fc.assert(
      fc.property(fc.option(authority, { nil: undefined }), fc.option(authority, { nil: undefined }), (x, y) => {
        const forward = expectSuccess(sameAuthority(actor('a', x), actor('b', y)));
        expect(expectSuccess(sameAuthority(actor('b', y), actor('a', x)))).toBe(forward);
        if (forward) expect(['municipality', 'region', 'state']).toContain(x?.kind);
      }),
    );
  });

  it('places issues under a and b', () => {
    const result = sameAuthority({ ...actor('a'), sector: 'moon' }, 'nobody', { locale: 'en' });
    expectFailure(result);
    expect(result.issues.map((issue) => issue.path)).toEqual([
      ['a', 'sector'],
      ['b'],
    ]);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(actor('a', familyServices))), anyInput, (a, b) => {
        const result = sameAuthority(a, b);
        if (!result.ok) expectFailure(result);
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const a = deepFreeze(actor('a', familyServices));
    const b = deepFreeze(actor('b', familyServices));
    expect(expectSuccess(sameAuthority(a, b))).toBe(true);
    expect(a).toEqual(actor('a', familyServices));
  });
});
