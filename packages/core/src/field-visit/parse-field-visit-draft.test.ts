import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFieldVisitDraft } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { draft } from './internal/test-fixtures.js';

describe('parseFieldVisitDraft', () => {
  it('accepts a draft with nothing but id, family and kind, and fills in empty lists', () => {
    expect(expectSuccess(parseFieldVisitDraft({ id: 'v-2', familyId: 'fam-haddad', kind: 'professional' }))).toEqual({
      id: 'v-2',
      familyId: 'fam-haddad',
      kind: 'professional',
      status: 'draft',
      visitors: [],
      membersPresent: [],
      observations: [],
      resources: [],
      agreements: [],
      declinedTopics: [],
    });
  });

  it('accepts half-written items', () => {
    const half = { id: 'v-2', familyId: 'f', kind: 'home', agreements: [{ id: 'ag-1', action: 'Ring til skolen' }], observations: [{ id: 'o-1' }] };
    expect(expectSuccess(parseFieldVisitDraft(half)).agreements).toEqual([{ id: 'ag-1', action: 'Ring til skolen' }]);
  });

  it('is strict about what is there', () => {
    const result = parseFieldVisitDraft({ ...draft, date: '2026-02-30', startTime: '9:5', kind: 'phone', note: 'x' });
    expect(issueCodes(result).sort()).toEqual(['field_visit_time_invalid', 'invalid_date', 'invalid_option', 'unknown_key']);
    expect(issueCodes(parseFieldVisitDraft({ familyId: 'f', kind: 'home' }))).toEqual(['required']);
    expect(issueCodes(parseFieldVisitDraft({ ...draft, status: 'submitted' }))).toEqual(['invalid_option']);
  });

  it('round-trips, never throws and does not mutate', () => {
    expect(expectSuccess(parseFieldVisitDraft(draft))).toEqual(draft);
    fc.assert(fc.property(anyInput, (input) => expectFailure(parseFieldVisitDraft(input))));
    fc.assert(
      fc.property(corruptSomewhere(draft), (input) => {
        const result = parseFieldVisitDraft(input);
        if (!result.ok) expectFailure(result);
      }),
    );
    expectSuccess(parseFieldVisitDraft(deepFreeze(structuredClone(draft))));
  });
});
