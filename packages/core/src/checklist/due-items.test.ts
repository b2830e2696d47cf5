import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueItems, type ChecklistInstance } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const instance: ChecklistInstance = deepFreeze({
  id: 'cl',
  templateId: 't',
  templateVersion: 1,
  familyId: 'fam',
  anchors: {},
  createdAt: '2026-03-01T09:00:00+01:00',
  items: [
    { itemId: 'late', status: 'open', dueDate: '2026-03-01' },
    { itemId: 'today', status: 'in-progress', dueDate: '2026-03-02' },
    { itemId: 'last-day', status: 'open', dueDate: '2026-03-09' },
    { itemId: 'later', status: 'open', dueDate: '2026-03-10' },
    { itemId: 'soon-done', status: 'done', dueDate: '2026-03-03', doneOn: '2026-03-01' },
    { itemId: 'soon-set-aside', status: 'not-relevant', dueDate: '2026-03-03' },
    { itemId: 'undated', status: 'open' },
    { itemId: 'early', status: 'open', dueDate: '2026-03-04' },
  ],
});

describe('dueItems', () => {
  it('lists open and in-progress items due from today to the horizon, earliest first', () => {
    const ids = (withinDays: number) => expectSuccess(dueItems(instance, { now: '2026-03-02T08:00:00+01:00', withinDays })).map((item) => item.itemId);
    expect(ids(7)).toEqual(['today', 'early', 'last-day']);
    expect(ids(0)).toEqual(['today']);
  });

  it('uses the day of a Date in local time', () => {
    expect(expectSuccess(dueItems(instance, { now: new Date(2026, 2, 2, 12), withinDays: 1 })).map((item) => item.itemId)).toEqual(['today']);
  });

  it('refuses a negative or fractional window and a missing now', () => {
    expect(issueCodes(dueItems(instance, { now: '2026-03-02', withinDays: -1 }))).toEqual(['too_small']);
    expect(issueCodes(dueItems(instance, { now: '2026-03-02', withinDays: 1.5 }))).toEqual(['invalid_type']);
    expect(issueCodes(dueItems(instance, { now: null, withinDays: 1 }))).toEqual(['invalid_now']);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(anyInput, anyInput, anyInput, (checklist, now, withinDays) => {
        const result = dueItems(checklist, { now, withinDays });
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(corruptSomewhere(instance), (checklist) => {
        const result = dueItems(checklist, { now: '2026-03-02', withinDays: 7 });
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 150 },
    );
  });
});
