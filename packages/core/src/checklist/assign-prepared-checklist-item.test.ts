import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_TEMPLATES,
  assignChecklistItem,
  assignPreparedChecklistItem,
  createChecklist,
  prepareChecklist,
} from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput, throwingProxy } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const template = CHECKLIST_TEMPLATES.find((entry) => entry.id === 'reception-asylum-to-housing')!;
const NOW = '2026-02-03T10:00:00+01:00';
const instance = expectSuccess(
  createChecklist(template, { id: 'cl-1', familyId: 'fam-1', anchors: { 'arrival-in-municipality': '2026-02-02' }, now: NOW }),
);

describe('assignPreparedChecklistItem', () => {
  it('assigns and unassigns, answering with new handles like assignChecklistItem', () => {
    const handle = expectSuccess(prepareChecklist(instance, template));
    const assigned = expectSuccess(assignPreparedChecklistItem(handle, { itemId: 'cpr-registration', actorId: 'actor-17' }));
    expect(assigned.instance).toEqual(expectSuccess(assignChecklistItem(instance, { itemId: 'cpr-registration', actorId: 'actor-17' })));
    expect(handle.instance.items.some((item) => item.ownerActorId !== undefined)).toBe(false);
    const removed = expectSuccess(assignPreparedChecklistItem(assigned, { itemId: 'cpr-registration', actorId: null }));
    expect(removed.instance).toEqual(instance);
    expect(Object.isFrozen(removed.instance.items)).toBe(true);
  });

  it('reports the same issue codes', () => {
    const handle = expectSuccess(prepareChecklist(instance, template));
    expect(issueCodes(assignPreparedChecklistItem(handle, { itemId: 'nope', actorId: 'a' }))).toEqual(['checklist_unknown_item']);
    expect(issueCodes(assignPreparedChecklistItem(handle, { itemId: '', actorId: 'a' }))).toEqual(
      issueCodes(assignChecklistItem(instance, { itemId: '', actorId: 'a' })),
    );
    expect(issueCodes(assignPreparedChecklistItem({ ...handle }, { itemId: 'cpr-registration', actorId: 'a' }))).toEqual(['invalid_type']);
  });

  it('does not mutate its inputs and never throws', () => {
    const handle = expectSuccess(prepareChecklist(instance, template));
    expectSuccess(assignPreparedChecklistItem(handle, deepFreeze({ itemId: 'cpr-registration', actorId: 'a' })));
    expect(handle.instance).toEqual(instance);
    expectFailure(assignPreparedChecklistItem(throwingProxy(), { itemId: 'x', actorId: 'a' }));
    expectFailure(assignPreparedChecklistItem(handle, throwingProxy() as never));
    fc.assert(
      fc.property(anyInput, anyInput, (itemId, actorId) => {
        const result = assignPreparedChecklistItem(handle, { itemId, actorId });
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 150 },
    );
  });
});
