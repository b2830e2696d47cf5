import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { updateActionStatus } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput } from '../../../../test/support/hostile.js';
import { meeting } from './internal/test-fixtures.js';

describe('updateActionStatus', () => {
  it('sets the status of one action and leaves the others', () => {
    const updated = expectSuccess(updateActionStatus(meeting, { actionId: 'x-1', status: 'done' }));
    expect(updated.agreements[0]?.actions.map((action) => action.status)).toEqual(['done', 'in-progress', 'done']);
    expect(meeting.agreements[0]?.actions[0]?.status).toBe('open');
  });

  it('reports an unknown action or status', () => {
    expect(issueCodes(updateActionStatus(meeting, { actionId: 'x-404', status: 'done' }))).toEqual(['network_meeting_action_not_found']);
    expect(issueCodes(updateActionStatus(meeting, { actionId: 'x-1', status: 'forgotten' }))).toEqual(['invalid_option']);
  });

  it('never throws and does not mutate', () => {
    fc.assert(fc.property(anyInput, anyInput, (m, c) => expectFailure(updateActionStatus(m, c))), { numRuns: 100 });
    fc.assert(
      fc.property(anyInput, (c) => {
        const result = updateActionStatus(meeting, c);
        if (!result.ok) expectFailure(result);
      }),
    );
    expectSuccess(updateActionStatus(deepFreeze(structuredClone(meeting)), deepFreeze({ actionId: 'x-2', status: 'dropped' })));
  });
});
