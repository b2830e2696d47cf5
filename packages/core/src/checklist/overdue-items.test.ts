import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_TEMPLATES, createChecklist, overdueItems, setChecklistItemStatus } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const template = CHECKLIST_TEMPLATES.find((entry) => entry.id === 'health-assessment')!;
const created = expectSuccess(
  createChecklist(template, {
    id: 'cl',
    familyId: 'fam',
    anchors: { 'integration-responsibility-start': '2026-01-31', 'assessment-appointment': '2026-03-10' },
    now: '2026-01-31T10:00:00+01:00',
  }),
);

describe('overdueItems', () => {
  it('counts an item as overdue only after its due day, relative to the now passed in', () => {
    const ids = (now: string) => expectSuccess(overdueItems(created, { now })).map((item) => item.itemId);
    expect(ids('2026-03-09')).toEqual([]);
    expect(ids('2026-03-10')).toEqual(['interpreter-booked', 'request-sent', 'reminder-call']);
    expect(ids('2026-04-30')).toEqual(['interpreter-booked', 'request-sent', 'reminder-call', 'escort-arranged']);
    expect(ids('2026-05-01')).toEqual(['interpreter-booked', 'request-sent', 'reminder-call', 'escort-arranged', 'assessment-held']);
  });

  it('leaves out items that are done or not relevant', () => {
    const settled = expectSuccess(setChecklistItemStatus(created, template, { itemId: 'reminder-call', status: 'not-relevant', now: '2026-03-12' }));
    expect(expectSuccess(overdueItems(settled, { now: '2026-03-12' })).map((item) => item.itemId)).toEqual(['interpreter-booked', 'request-sent', 'escort-arranged']);
  });

  it('refuses a now that is not a time', () => {
    expect(issueCodes(overdueItems(created, { now: 'tomorrow' }))).toEqual(['invalid_now']);
    expect(issueCodes(overdueItems(created, { now: '2026-02-30T10:00:00Z' }))).toEqual(['invalid_now']);
  });

  it('does not mutate its input and never throws', () => {
    const frozen = deepFreeze(structuredClone(created));
    expectSuccess(overdueItems(frozen, { now: '2026-05-01' }));
    fc.assert(
      fc.property(anyInput, anyInput, (checklist, now) => {
        const result = overdueItems(checklist, { now });
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 150 },
    );
  });
});
