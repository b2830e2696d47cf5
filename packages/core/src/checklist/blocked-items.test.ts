import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_TEMPLATES, blockedItems, createChecklist, setChecklistItemStatus } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const template = CHECKLIST_TEMPLATES.find((entry) => entry.id === 'consent-collection')!;
const NOW = '2026-03-01T12:00:00Z';
const created = deepFreeze(expectSuccess(createChecklist(template, { id: 'cl', familyId: 'fam', now: NOW })));

describe('blockedItems', () => {
  it('lists what waits for what, in template order', () => {
    expect(expectSuccess(blockedItems(created, template))).toEqual([
      { itemId: 'purpose-explained', blockedBy: ['recipients-described', 'interpreter-booked'] },
      { itemId: 'refusal-explained', blockedBy: ['purpose-explained'] },
      { itemId: 'teach-back', blockedBy: ['refusal-explained'] },
      { itemId: 'decisions-recorded', blockedBy: ['teach-back', 'who-must-consent'] },
      { itemId: 'receipt-given', blockedBy: ['decisions-recorded'] },
      { itemId: 'partners-informed', blockedBy: ['decisions-recorded'] },
      { itemId: 'review-date-set', blockedBy: ['decisions-recorded'] },
    ]);
  });

  it('drops a dependency once it is done or not relevant', () => {
    let instance = expectSuccess(setChecklistItemStatus(created, template, { itemId: 'recipients-described', status: 'done', now: NOW }));
    instance = expectSuccess(setChecklistItemStatus(instance, template, { itemId: 'interpreter-booked', status: 'not-relevant', now: NOW }));
    expect(expectSuccess(blockedItems(instance, template))[0]).toEqual({ itemId: 'refusal-explained', blockedBy: ['purpose-explained'] });
  });

  it('refuses an instance of another template, and never throws', () => {
    expect(issueCodes(blockedItems(created, CHECKLIST_TEMPLATES[0]))).toEqual(['checklist_template_mismatch']);
    fc.assert(
      fc.property(anyInput, anyInput, (instance, other) => {
        const result = blockedItems(instance, other);
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 100 },
    );
  });
});
