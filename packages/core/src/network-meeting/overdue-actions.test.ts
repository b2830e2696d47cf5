import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overdueActions } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { meeting } from './internal/test-fixtures.js';

describe('overdueActions', () => {
  it('lists open and in-progress actions past their due date, most overdue first', () => {
    const overdue = expectSuccess(overdueActions(meeting, { now: '2026-04-03T09:00:00+02:00' }));
    expect(overdue.map((item) => [item.agreementId, item.action.id, item.daysOverdue])).toEqual([
      ['ag-1', 'x-1', 33],
      ['ag-1', 'x-2', 2],
    ]);
  });

  it('does not count the due date itself, nor done actions', () => {
    expect(expectSuccess(overdueActions(meeting, { now: '2026-03-01T22:30:00+01:00' }))).toEqual([]);
  });

  it('reads today in Copenhagen unless another zone is given', () => {
    // 23:30 UTC on 1 March is already 2 March in Copenhagen.
    expect(expectSuccess(overdueActions(meeting, { now: '2026-03-01T23:30:00Z' })).map((item) => item.action.id)).toEqual(['x-1']);
    expect(expectSuccess(overdueActions(meeting, { now: '2026-03-01T23:30:00Z', timeZone: 'UTC' }))).toEqual([]);
  });

  it('needs a valid now and zone', () => {
    expect(issueCodes(overdueActions(meeting, { now: undefined }))).toEqual(['invalid_now']);
    expect(issueCodes(overdueActions(meeting, { now: '2026-03-01T10:00:00Z', timeZone: 'Nowhere/Land' }))).toEqual(['network_meeting_time_zone_unknown']);
  });

  it('never throws and does not mutate', () => {
    fc.assert(fc.property(anyInput, anyInput, (m, now) => expectFailure(overdueActions(m, { now }))), { numRuns: 100 });
    fc.assert(
      fc.property(corruptSomewhere(meeting), anyInput, (m, now) => {
        const result = overdueActions(m, { now });
        if (!result.ok) expectFailure(result);
      }),
    );
    expectSuccess(overdueActions(deepFreeze(structuredClone(meeting)), { now: '2026-04-03T09:00:00+02:00' }));
  });
});
