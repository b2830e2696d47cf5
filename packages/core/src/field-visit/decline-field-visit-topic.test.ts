import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declineFieldVisitTopic, fieldVisitProgress } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput } from '../../../../test/support/hostile.js';
import { draft } from './internal/test-fixtures.js';

const now = '2026-03-02T10:20:00+01:00';

describe('declineFieldVisitTopic', () => {
  it('records a declined section without removing what is written', () => {
    const updated = expectSuccess(declineFieldVisitTopic(draft, { sectionId: 'wellbeing', now, note: 'Familien ville ikke i dag' }));
    expect(updated.declinedTopics).toEqual([{ sectionId: 'wellbeing', at: '2026-03-02T09:20:00.000Z', note: 'Familien ville ikke i dag' }]);
    expect(updated.observations).toEqual(draft.observations);
    expect(expectSuccess(fieldVisitProgress(updated)).sections[1]?.state).toBe('declined');
  });

  it('records a declined field and keeps one record when declined twice', () => {
    const once = expectSuccess(declineFieldVisitTopic(draft, { sectionId: 'resources', fieldId: 'income', now }));
    const twice = expectSuccess(declineFieldVisitTopic(once, { sectionId: 'resources', fieldId: 'income', now: '2026-03-02T11:00:00+01:00' }));
    expect(twice.declinedTopics).toEqual([{ sectionId: 'resources', fieldId: 'income', at: '2026-03-02T09:20:00.000Z' }]);
  });

  it('refuses to decline the facts or the consent explanation', () => {
    expect(issueCodes(declineFieldVisitTopic(draft, { sectionId: 'facts', now }))).toEqual(['field_visit_section_not_declinable']);
    expect(issueCodes(declineFieldVisitTopic(draft, { sectionId: 'nothing', now }))).toEqual(['invalid_option']);
    expect(issueCodes(declineFieldVisitTopic(draft, { sectionId: 'wellbeing', now: null }))).toEqual(['invalid_now']);
  });

  it('never throws and does not mutate', () => {
    fc.assert(fc.property(anyInput, anyInput, (visit, decline) => expectFailure(declineFieldVisitTopic(visit, decline))), { numRuns: 100 });
    fc.assert(
      fc.property(anyInput, (decline) => {
        const result = declineFieldVisitTopic(draft, decline);
        if (!result.ok) expectFailure(result);
      }),
    );
    expectSuccess(declineFieldVisitTopic(deepFreeze(structuredClone(draft)), deepFreeze({ sectionId: 'follow-up', now })));
  });
});
