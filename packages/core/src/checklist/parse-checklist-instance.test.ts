import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChecklistInstance } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const valid = deepFreeze({
  id: 'cl',
  templateId: 'reception-asylum-to-housing',
  templateVersion: 1,
  familyId: 'fam',
  anchors: { 'arrival-in-municipality': '2026-03-02' },
  createdAt: '2026-03-01T09:00:00+01:00',
  items: [
    { itemId: 'a', status: 'done', doneOn: '2026-03-02', ownerActorId: 'actor-1', note: 'Klaret på borgerservice' },
    { itemId: 'b', status: 'open', dueDate: '2026-03-09', dueDateOverridden: true },
  ],
});

describe('parseChecklistInstance', () => {
  it('accepts a valid instance and round-trips it', () => {
    expect(expectSuccess(parseChecklistInstance(valid))).toEqual(valid);
  });

  it('requires a completion date exactly on done items', () => {
    const items = [{ itemId: 'a', status: 'done' }, { itemId: 'b', status: 'open', doneOn: '2026-03-02' }];
    expect(issueCodes(parseChecklistInstance({ ...valid, items }))).toEqual(['checklist_done_on_mismatch', 'checklist_done_on_mismatch']);
  });

  it('refuses duplicate items, an override without a date and bad anchor dates', () => {
    expect(issueCodes(parseChecklistInstance({ ...valid, items: [valid.items[1], valid.items[1]] }))).toEqual(['duplicate_id']);
    expect(issueCodes(parseChecklistInstance({ ...valid, items: [{ itemId: 'b', status: 'open', dueDateOverridden: true }] }))).toEqual(['required']);
    expect(issueCodes(parseChecklistInstance({ ...valid, anchors: { arrival: '2026-13-01' } }))).toEqual(['invalid_date']);
    expect(issueCodes(parseChecklistInstance({ ...valid, anchors: { 'arrival date': '2026-01-01' } }))).toEqual(['invalid_value']);
  });

  it('never throws and gives well-formed issues', () => {
    expectFailure(parseChecklistInstance(throwingProxy()));
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(valid)), (input) => {
        const result = parseChecklistInstance(input);
        if (result.ok) expect(result.value).toEqual(input);
        else expectFailure(result);
      }),
      { numRuns: 300 },
    );
  });
});
