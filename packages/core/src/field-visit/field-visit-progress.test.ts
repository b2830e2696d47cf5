import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldVisitProgress, submitFieldVisit } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { draft, submitOptions } from './internal/test-fixtures.js';

describe('fieldVisitProgress', () => {
  it('shows an empty draft section by section, with what submit still needs', () => {
    const progress = expectSuccess(fieldVisitProgress({ id: 'v', familyId: 'f', kind: 'home' }));
    expect(progress.sections.map((s) => [s.sectionId, s.state, s.required, s.missing])).toEqual([
      ['facts', 'empty', true, ['date', 'place', 'visitors', 'membersPresent']],
      ['wellbeing', 'empty', false, []],
      ['resources', 'empty', true, ['resources']],
      ['own-words', 'empty', true, ['familyOwnWords']],
      ['agreements', 'empty', false, []],
      ['consent', 'empty', true, ['consentExplained.explained']],
      ['follow-up', 'empty', false, []],
    ]);
    expect(progress).toMatchObject({ filled: 0, declined: 0, empty: 7, total: 7, complete: false });
  });

  it('shows a complete draft as filled and complete', () => {
    const progress = expectSuccess(fieldVisitProgress(draft));
    expect(progress.sections.every((s) => s.state === 'filled' && s.missing.length === 0)).toBe(true);
    expect(progress.complete).toBe(true);
    expect(expectSuccess(fieldVisitProgress(expectSuccess(submitFieldVisit(draft, submitOptions)))).complete).toBe(true);
  });

  it('shows declined sections as declined, even when something was written before', () => {
    const progress = expectSuccess(
      fieldVisitProgress({
        ...draft,
        familyOwnWords: '',
        declinedTopics: [
          { sectionId: 'own-words', at: '2026-03-02T09:30:00.000Z' },
          { sectionId: 'wellbeing', at: '2026-03-02T09:31:00.000Z' },
          { sectionId: 'resources', fieldId: 'resources.income', at: '2026-03-02T09:32:00.000Z' },
        ],
      }),
    );
    const byId = new Map(progress.sections.map((s) => [s.sectionId, s]));
    expect(byId.get('own-words')).toMatchObject({ state: 'declined', hasContent: false, missing: [] });
    expect(byId.get('wellbeing')).toMatchObject({ state: 'declined', hasContent: true });
    expect(byId.get('resources')).toMatchObject({ state: 'filled', declinedFields: ['resources.income'] });
    expect(progress).toMatchObject({ filled: 5, declined: 2, empty: 0, complete: true });
  });

  it('lists half-written items as missing', () => {
    const progress = expectSuccess(fieldVisitProgress({ ...draft, agreements: [{ id: 'ag-1', action: 'Ring' }] }));
    expect(progress.sections.find((s) => s.sectionId === 'agreements')?.missing).toEqual(['agreements.0.owner', 'agreements.0.dueDate']);
    expect(progress.complete).toBe(false);
  });

  it('never throws and does not mutate', () => {
    fc.assert(fc.property(anyInput, (input) => expectFailure(fieldVisitProgress(input))));
    fc.assert(
      fc.property(corruptSomewhere(draft), (input) => {
        const result = fieldVisitProgress(input);
        if (!result.ok) expectFailure(result);
      }),
    );
    expectSuccess(fieldVisitProgress(deepFreeze(structuredClone(draft))));
  });
});
