import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_TEMPLATES, createChecklist, setAnchorDate, setChecklistItemDueDate, type ChecklistInstance } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput, throwingProxy } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const template = CHECKLIST_TEMPLATES.find((entry) => entry.id === 'reception-asylum-to-housing')!;
const NOW = '2026-01-05T09:00:00+01:00';
const fresh = () => expectSuccess(createChecklist(template, { id: 'cl', familyId: 'fam', anchors: { 'residence-permit-granted': '2026-01-05' }, now: NOW }));
const due = (instance: ChecklistInstance, itemId: string) => instance.items.find((item) => item.itemId === itemId)?.dueDate;

describe('setAnchorDate', () => {
  it('computes the due dates that hang on a newly known anchor', () => {
    const before = fresh();
    expect(due(before, 'cpr-registration')).toBeUndefined();
    expect(due(before, 'move-to-municipality')).toBe('2026-03-02');
    const after = expectSuccess(setAnchorDate(before, template, { anchorId: 'arrival-in-municipality', date: '2026-02-27' }));
    expect(after.anchors).toEqual({ 'residence-permit-granted': '2026-01-05', 'arrival-in-municipality': '2026-02-27' });
    expect(due(after, 'cpr-registration')).toBe('2026-03-06');
    expect(due(after, 'pre-arrival-meeting')).toBe('2026-02-06');
    expect(due(after, 'move-to-municipality')).toBe('2026-03-02');
  });

  it('recomputes when an anchor moves, but keeps due dates set by hand', () => {
    let instance = expectSuccess(setAnchorDate(fresh(), template, { anchorId: 'arrival-in-municipality', date: '2026-02-27' }));
    instance = expectSuccess(setChecklistItemDueDate(instance, template, { itemId: 'bank-account', dueDate: '2026-03-20' }));
    instance = expectSuccess(setAnchorDate(instance, template, { anchorId: 'arrival-in-municipality', date: '2026-03-09' }));
    expect(due(instance, 'cpr-registration')).toBe('2026-03-16');
    expect(instance.items.find((item) => item.itemId === 'bank-account')).toMatchObject({ dueDate: '2026-03-20', dueDateOverridden: true });
  });

  it('removes computed due dates when the anchor is cleared', () => {
    const instance = expectSuccess(setAnchorDate(fresh(), template, { anchorId: 'residence-permit-granted', date: null }));
    expect(instance.anchors).toEqual({});
    expect(due(instance, 'move-to-municipality')).toBeUndefined();
  });

  it('refuses an anchor the template does not declare and a date that is not a day', () => {
    expect(issueCodes(setAnchorDate(fresh(), template, { anchorId: 'departure', date: '2026-01-01' }))).toEqual(['checklist_unknown_anchor']);
    expect(issueCodes(setAnchorDate(fresh(), template, { anchorId: 'arrival-in-municipality', date: '2026-02-30' }))).toEqual(['invalid_date']);
  });

  it('does not mutate its inputs', () => {
    const instance = deepFreeze(fresh());
    expectSuccess(setAnchorDate(instance, deepFreeze(structuredClone(template)), deepFreeze({ anchorId: 'arrival-in-municipality', date: '2026-02-27' })));
    expect(instance.anchors).toEqual({ 'residence-permit-granted': '2026-01-05' });
  });

  it('never throws on hostile input', () => {
    expectFailure(setAnchorDate(throwingProxy(), template, { anchorId: 'a', date: null }));
    fc.assert(
      fc.property(anyInput, anyInput, (anchorId, date) => {
        const result = setAnchorDate(fresh(), template, { anchorId, date });
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 100 },
    );
  });
});
