import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFieldVisitDraft } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput } from '../../../../test/support/hostile.js';

describe('createFieldVisitDraft', () => {
  it('starts an empty draft stamped with now', () => {
    expect(expectSuccess(createFieldVisitDraft({ id: 'v-1', familyId: 'fam-haddad', kind: 'home', now: '2026-03-02T10:00:00+01:00' }))).toEqual({
      id: 'v-1',
      familyId: 'fam-haddad',
      kind: 'home',
      status: 'draft',
      createdAt: '2026-03-02T09:00:00.000Z',
      visitors: [],
      membersPresent: [],
      observations: [],
      resources: [],
      agreements: [],
      declinedTopics: [],
    });
  });

  it('needs an id, a family, a kind and a valid now', () => {
    expect(issueCodes(createFieldVisitDraft({ id: 'v-1', familyId: 'f', kind: 'home', now: 'soon' }))).toEqual(['invalid_now']);
    expect(issueCodes(createFieldVisitDraft({ familyId: 'f', kind: 'visit', now: 0 })).sort()).toEqual(['invalid_option', 'required']);
  });

  it('never throws and does not mutate', () => {
    fc.assert(fc.property(anyInput, (input) => expectFailure(createFieldVisitDraft(input))));
    expectSuccess(createFieldVisitDraft(deepFreeze({ id: 'v-1', familyId: 'f', kind: 'professional', now: 0 })));
  });
});
