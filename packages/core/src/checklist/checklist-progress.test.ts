import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklistProgress } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess } from '../../../../test/support/expect-result.js';

const withStatuses = (...statuses: string[]) =>
  deepFreeze({
    id: 'cl',
    templateId: 't',
    templateVersion: 1,
    familyId: 'fam',
    anchors: {},
    createdAt: '2026-03-01T09:00:00Z',
    items: statuses.map((status, index) => ({ itemId: `i${index}`, status, ...(status === 'done' ? { doneOn: '2026-03-01' } : {}) })),
  });

describe('checklistProgress', () => {
  it('counts by status and leaves not-relevant items out of the percentage', () => {
    expect(expectSuccess(checklistProgress(withStatuses('done', 'done', 'done', 'not-relevant', 'in-progress', 'open', 'open', 'open', 'open', 'open')))).toEqual({
      done: 3,
      notRelevant: 1,
      inProgress: 1,
      open: 5,
      total: 10,
      percent: 33,
    });
  });

  it('is 100 % when nothing relevant is left, including an empty checklist', () => {
    expect(expectSuccess(checklistProgress(withStatuses('not-relevant'))).percent).toBe(100);
    expect(expectSuccess(checklistProgress(withStatuses())).percent).toBe(100);
    expect(expectSuccess(checklistProgress(withStatuses('open'))).percent).toBe(0);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(withStatuses('done', 'open'))), (input) => {
        const result = checklistProgress(input);
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 200 },
    );
  });
});
