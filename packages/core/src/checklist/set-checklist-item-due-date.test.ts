import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_TEMPLATES, createChecklist, parseChecklistInstance, setChecklistItemDueDate } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const template = CHECKLIST_TEMPLATES.find((entry) => entry.id === 'reception-asylum-to-housing')!;
const fresh = () =>
  expectSuccess(createChecklist(template, { id: 'cl', familyId: 'fam', anchors: { 'arrival-in-municipality': '2026-03-02' }, now: '2026-03-01T12:00:00Z' }));

describe('setChecklistItemDueDate', () => {
  it('overrides a due date and goes back to the rule on null', () => {
    const overridden = expectSuccess(setChecklistItemDueDate(fresh(), template, { itemId: 'cpr-registration', dueDate: '2026-03-20' }));
    expect(overridden.items.find((item) => item.itemId === 'cpr-registration')).toEqual({ itemId: 'cpr-registration', status: 'open', dueDate: '2026-03-20', dueDateOverridden: true });
    const reset = expectSuccess(setChecklistItemDueDate(overridden, template, { itemId: 'cpr-registration', dueDate: null }));
    expect(reset.items.find((item) => item.itemId === 'cpr-registration')).toEqual({ itemId: 'cpr-registration', status: 'open', dueDate: '2026-03-09' });
  });

  it('lets an item without a deadline get a date by hand', () => {
    const instance = expectSuccess(setChecklistItemDueDate(fresh(), template, { itemId: 'language-school', dueDate: '2026-04-15' }));
    expectSuccess(parseChecklistInstance(instance));
    const reset = expectSuccess(setChecklistItemDueDate(instance, template, { itemId: 'language-school', dueDate: null }));
    expect(reset.items.find((item) => item.itemId === 'language-school')).toEqual({ itemId: 'language-school', status: 'open' });
  });

  it('refuses an unknown item and a date that is not a day', () => {
    expect(issueCodes(setChecklistItemDueDate(fresh(), template, { itemId: 'ghost', dueDate: '2026-04-15' }))).toEqual(['checklist_unknown_item']);
    expect(issueCodes(setChecklistItemDueDate(fresh(), template, { itemId: 'cpr-registration', dueDate: 'soon' }))).toEqual(['invalid_date']);
  });

  it('does not mutate its inputs and never throws', () => {
    const instance = deepFreeze(fresh());
    expectSuccess(setChecklistItemDueDate(instance, deepFreeze(structuredClone(template)), { itemId: 'cpr-registration', dueDate: '2026-03-20' }));
    fc.assert(
      fc.property(anyInput, (dueDate) => {
        const result = setChecklistItemDueDate(instance, template, { itemId: 'cpr-registration', dueDate });
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 100 },
    );
  });
});
