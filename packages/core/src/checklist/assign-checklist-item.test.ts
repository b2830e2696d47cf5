import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_TEMPLATES, assignChecklistItem, createChecklist, itemsForOwner } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const fresh = () => expectSuccess(createChecklist(CHECKLIST_TEMPLATES[5], { id: 'cl', familyId: 'fam', now: '2026-03-01T12:00:00Z' }));

describe('assignChecklistItem', () => {
  it('assigns and unassigns an actor', () => {
    const assigned = expectSuccess(assignChecklistItem(fresh(), { itemId: 'minutes-sent', actorId: 'actor-7' }));
    expect(expectSuccess(itemsForOwner(assigned, 'actor-7'))).toEqual([{ itemId: 'minutes-sent', status: 'open', ownerActorId: 'actor-7' }]);
    const unassigned = expectSuccess(assignChecklistItem(assigned, { itemId: 'minutes-sent', actorId: null }));
    expect(expectSuccess(itemsForOwner(unassigned, 'actor-7'))).toEqual([]);
  });

  it('refuses an unknown item and a malformed actor id', () => {
    expect(issueCodes(assignChecklistItem(fresh(), { itemId: 'ghost', actorId: 'a' }))).toEqual(['checklist_unknown_item']);
    expect(issueCodes(assignChecklistItem(fresh(), { itemId: 'minutes-sent', actorId: 'not an id' }))).toEqual(['invalid_format']);
  });

  it('does not mutate its input and never throws', () => {
    const instance = deepFreeze(fresh());
    expectSuccess(assignChecklistItem(instance, deepFreeze({ itemId: 'minutes-sent', actorId: 'a' })));
    expectFailure(assignChecklistItem(throwingProxy(), { itemId: 'a', actorId: 'b' }));
    fc.assert(
      fc.property(anyInput, anyInput, (itemId, actorId) => {
        const result = assignChecklistItem(instance, { itemId, actorId });
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(corruptSomewhere(fresh()), (corrupted) => {
        const result = assignChecklistItem(corrupted, { itemId: 'minutes-sent', actorId: 'a' });
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 100 },
    );
  });
});
