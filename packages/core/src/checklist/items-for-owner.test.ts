import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_TEMPLATES, createChecklist, itemsForOwner } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const instance = deepFreeze(
  expectSuccess(
    createChecklist(CHECKLIST_TEMPLATES[5], {
      id: 'cl',
      familyId: 'fam',
      now: '2026-03-01T12:00:00Z',
      owners: { 'purpose-and-agenda': 'actor-1', 'minutes-sent': 'actor-2', 'agenda-sent': 'actor-1' },
    }),
  ),
);

describe('itemsForOwner', () => {
  it('lists the items assigned to one actor in checklist order', () => {
    expect(expectSuccess(itemsForOwner(instance, 'actor-1')).map((item) => item.itemId)).toEqual(['purpose-and-agenda', 'agenda-sent']);
    expect(expectSuccess(itemsForOwner(instance, 'actor-3'))).toEqual([]);
  });

  it('refuses an actor id that is not an id, and never throws', () => {
    expect(issueCodes(itemsForOwner(instance, 42))).toEqual(['invalid_type']);
    fc.assert(
      fc.property(anyInput, anyInput, (checklist, actorId) => {
        const result = itemsForOwner(checklist, actorId);
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 100 },
    );
  });
});
