import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pauseSession, resumeSession, stopSession } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput } from '../../../../test/support/hostile.js';
import { at, inProgress } from './internal/test-fixtures.js';

const paused = () => expectSuccess(pauseSession(inProgress(), { now: at(5) }));

describe('resumeSession', () => {
  it('takes up a paused conversation and closes the pause', () => {
    const resumed = expectSuccess(resumeSession(paused(), { now: at(15) }));
    expect(resumed.status).toBe('in-progress');
    expect(resumed.pauses).toEqual([{ at: at(5), resumedAt: at(15) }]);
    const again = expectSuccess(resumeSession(expectSuccess(pauseSession(resumed, { now: at(20) })), { now: at(21) }));
    expect(again.pauses).toEqual([
      { at: at(5), resumedAt: at(15) },
      { at: at(20), resumedAt: at(21) },
    ]);
  });

  it('says so when there is nothing to resume', () => {
    expect(issueCodes(resumeSession(inProgress(), { now: at(6) }))).toEqual(['conversation_session_not_paused']);
    const stopped = expectSuccess(stopSession(paused(), { now: at(6) }));
    expect(issueCodes(resumeSession(stopped, { now: at(7) }))).toEqual(['conversation_session_closed']);
    expect(issueCodes(resumeSession(paused(), { now: at(4) }))).toEqual(['conversation_session_time_order']);
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(anyInput, anyInput, (session, data) => expectFailure(resumeSession(session, data))));
    fc.assert(fc.property(anyInput, (data) => expectFailure(resumeSession(paused(), data))));
  });

  it('does not mutate its inputs', () => {
    const session = deepFreeze(paused());
    expectSuccess(resumeSession(session, { now: at(9) }));
    expect(session.status).toBe('paused');
    expect(session.pauses).toEqual([{ at: at(5) }]);
  });
});
