import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerStep, completeSession, nextStep, parseConversationSession, pauseSession } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput } from '../../../../test/support/hostile.js';
import { at, closingRecorded, G, inProgress } from './internal/test-fixtures.js';

describe('completeSession', () => {
  it('completes once the follow-up and the referral offer are recorded', () => {
    const done = expectSuccess(completeSession(closingRecorded(), G, { now: at(3) }));
    expect(done.status).toBe('completed');
    expect(done.completedAt).toBe(at(3));
    expect(done.closing).toEqual({ followUpAgreed: true, followUpDate: '2026-03-16', referralOffered: true, referralAccepted: false });
    expect(expectSuccess(nextStep(done, G))).toBeNull();
    expect(expectSuccess(parseConversationSession(done))).toEqual(done);
  });

  it('requires the closing steps', () => {
    const result = completeSession(inProgress(), G, { now: at(3) });
    expectFailure(result);
    expect(result.issues.map((issue) => issue.params)).toEqual([{ stepId: 'closing.follow-up' }, { stepId: 'closing.referral' }]);
    const onlyFollowUp = expectSuccess(answerStep(inProgress(), G, { stepId: 'closing.follow-up', answer: 'no', now: at(1) }));
    expect(issueCodes(completeSession(onlyFollowUp, G, { now: at(3) }))).toEqual(['conversation_session_closing_incomplete']);
  });

  it('completes only a conversation in progress', () => {
    const paused = expectSuccess(pauseSession(closingRecorded(), { now: at(3) }));
    expect(issueCodes(completeSession(paused, G, { now: at(4) }))).toEqual(['conversation_session_not_in_progress']);
    const done = expectSuccess(completeSession(closingRecorded(), G, { now: at(3) }));
    expect(issueCodes(completeSession(done, G, { now: at(4) }))).toEqual(['conversation_session_closed']);
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(anyInput, anyInput, anyInput, (session, guide, data) => expectFailure(completeSession(session, guide, data))));
    fc.assert(fc.property(anyInput, (data) => expectFailure(completeSession(closingRecorded(), G, data))));
  });

  it('does not mutate its inputs', () => {
    const session = deepFreeze(closingRecorded());
    expectSuccess(completeSession(session, G, deepFreeze({ now: at(3) })));
    expect(session.status).toBe('in-progress');
  });
});
