import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordAgreement } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { meeting } from './internal/test-fixtures.js';

const row = {
  id: 'ag-2',
  challenge: 'Sprogskolen er svær at nå',
  goal: 'Deltage i sprogskole to dage om ugen',
  actions: [{ id: 'x-10', description: 'Aftale fritagelse med jobcentret', ownerActorId: 'a-coordinator', dueDate: '2026-03-16', status: 'open' }],
};

describe('recordAgreement', () => {
  it('adds a new row to the agreement form', () => {
    const updated = expectSuccess(recordAgreement(meeting, row));
    expect(updated.agreements.map((agreement) => agreement.id)).toEqual(['ag-1', 'ag-2']);
    expect(meeting.agreements).toHaveLength(1);
  });

  it('replaces a row with the same id', () => {
    const updated = expectSuccess(recordAgreement(meeting, { ...row, id: 'ag-1' }));
    expect(updated.agreements).toHaveLength(1);
    expect(updated.agreements[0]?.goal).toBe(row.goal);
  });

  it('rejects an action without one owner and action ids used twice', () => {
    const ownerless = { ...row, actions: [{ ...row.actions[0], ownerActorId: undefined }] };
    const result = recordAgreement(meeting, ownerless);
    expectFailure(result);
    expect(result.issues[0]).toMatchObject({ code: 'network_meeting_action_owner', path: ['agreement', 'actions', 0, 'ownerActorId'] });
    expect(issueCodes(recordAgreement(meeting, { ...row, actions: [{ ...row.actions[0], id: 'x-1' }] }))).toEqual(['duplicate_id']);
  });

  it('never throws and does not mutate', () => {
    fc.assert(fc.property(anyInput, anyInput, (m, a) => expectFailure(recordAgreement(m, a))), { numRuns: 100 });
    fc.assert(
      fc.property(corruptSomewhere(row), (a) => {
        const result = recordAgreement(meeting, a);
        if (!result.ok) expectFailure(result);
      }),
    );
    expectSuccess(recordAgreement(deepFreeze(structuredClone(meeting)), deepFreeze(structuredClone(row))));
  });
});
