import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_TEMPLATES,
  createChecklist,
  prepareChecklist,
  setChecklistItemStatus,
  setPreparedChecklistItemStatus,
  type ChecklistInstance,
  type PreparedChecklist,
} from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput, throwingProxy } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const template = CHECKLIST_TEMPLATES.find((entry) => entry.id === 'reception-asylum-to-housing')!;
const NOW = '2026-02-03T10:00:00+01:00';
const instance = expectSuccess(
  createChecklist(template, { id: 'cl-1', familyId: 'fam-1', anchors: { 'arrival-in-municipality': '2026-02-02' }, now: NOW }),
);
const ids = instance.items.map((item) => item.itemId);
const statuses = ['open', 'in-progress', 'done', 'not-relevant'] as const;

describe('setPreparedChecklistItemStatus', () => {
  it('answers with a new handle whose instance has the change, sharing unchanged items', () => {
    const before = expectSuccess(prepareChecklist(instance, template));
    const after = expectSuccess(setPreparedChecklistItemStatus(before, { itemId: 'allocation-received', status: 'done', now: NOW }));
    expect(after).not.toBe(before);
    expect(after.instance.items.find((item) => item.itemId === 'allocation-received')).toMatchObject({ status: 'done', doneOn: '2026-02-03' });
    expect(before.instance.items.find((item) => item.itemId === 'allocation-received')?.status).toBe('open');
    const changed = after.instance.items.filter((item, index) => item !== before.instance.items[index]);
    expect(changed.map((item) => item.itemId)).toEqual(['allocation-received']);
    expect(Object.isFrozen(after)).toBe(true);
    expect(Object.isFrozen(after.instance)).toBe(true);
    expect(Object.isFrozen(after.instance.items)).toBe(true);
  });

  it('refuses with the same issue codes as setChecklistItemStatus', () => {
    const handle = expectSuccess(prepareChecklist(instance, template));
    const options = { itemId: 'bank-account', status: 'done', now: NOW };
    expect(setPreparedChecklistItemStatus(handle, options)).toEqual(setChecklistItemStatus(instance, template, options));
    expect(issueCodes(setPreparedChecklistItemStatus(handle, { itemId: 'nope', status: 'done', now: NOW }))).toEqual(['checklist_unknown_item']);
    const wrong = { itemId: 'bank-account', status: 'finished', now: 'later' };
    expect(issueCodes(setPreparedChecklistItemStatus(handle, wrong))).toEqual(issueCodes(setChecklistItemStatus(instance, template, wrong)));
    expect(issueCodes(setPreparedChecklistItemStatus(handle, wrong))).toEqual(['invalid_option', 'invalid_now']);
  });

  it('refuses anything but a genuine handle', () => {
    const handle = expectSuccess(prepareChecklist(instance, template));
    const options = { itemId: 'allocation-received', status: 'done', now: NOW };
    expect(issueCodes(setPreparedChecklistItemStatus({ ...handle }, options))).toEqual(['invalid_type']);
    expect(issueCodes(setPreparedChecklistItemStatus(instance, options))).toEqual(['invalid_type']);
  });

  it('agrees with setChecklistItemStatus over any sequence of changes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ itemId: fc.constantFrom(...ids), status: fc.constantFrom(...statuses) }), { maxLength: 25 }),
        (changes) => {
          let plain: ChecklistInstance = instance;
          let prepared: PreparedChecklist = expectSuccess(prepareChecklist(instance, template));
          for (const change of changes) {
            const expected = setChecklistItemStatus(plain, template, { ...change, now: NOW });
            const actual = setPreparedChecklistItemStatus(prepared, { ...change, now: NOW });
            expect(actual.ok).toBe(expected.ok);
            if (expected.ok && actual.ok) {
              expect(actual.value.instance).toEqual(expected.value);
              plain = expected.value;
              prepared = actual.value;
            } else if (!expected.ok && !actual.ok) {
              expect(actual.issues).toEqual(expected.issues);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('does not mutate its inputs and never throws', () => {
    const handle = expectSuccess(prepareChecklist(instance, template));
    const snapshot = structuredClone(handle.instance);
    expectSuccess(setPreparedChecklistItemStatus(handle, deepFreeze({ itemId: 'allocation-received', status: 'done', now: NOW })));
    expect(handle.instance).toEqual(snapshot);
    expectFailure(setPreparedChecklistItemStatus(throwingProxy(), { itemId: 'x', status: 'done', now: NOW }));
    expectFailure(setPreparedChecklistItemStatus(handle, throwingProxy() as never));
    fc.assert(
      fc.property(anyInput, anyInput, anyInput, (itemId, status, now) => {
        const result = setPreparedChecklistItemStatus(handle, { itemId, status, now });
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 150 },
    );
  });
});
