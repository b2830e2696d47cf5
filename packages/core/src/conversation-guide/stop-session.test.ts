import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerStep, completeSession, nextStep, parseConversationSession, pauseSession, stopSession } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput } from '../../../../test/support/hostile.js';
import { at, G, inProgress } from './internal/test-fixtures.js';

describe('stopSession', () => {
  it('stops a conversation in progress, keeping what was said, with or without a reason', () => {
    const answered = expectSuccess(answerStep(inProgress(), G, { stepId: 'opening.introduction', answer: 'answered', now: at(1) }));
    const stopped = expectSuccess(stopSession(answered, { now: at(2) }));
    expect(stopped).toEqual({ ...answered, status: 'stopped', stoppedAt: at(2) });
    const withReason = expectSuccess(stopSession(answered, { now: at(2), reason: 'Mor blev træt og ville gerne hjem.' }));
    expect(withReason.stopReason).toBe('Mor blev træt og ville gerne hjem.');
    expect(expectSuccess(nextStep(stopped, G))).toBeNull();
    expect(expectSuccess(parseConversationSession(withReason))).toEqual(withReason);
  });

  it('stops a paused conversation', () => {
    const paused = expectSuccess(pauseSession(inProgress(), { now: at(1) }));
    const stopped = expectSuccess(stopSession(paused, { now: at(3) }));
    expect(stopped.status).toBe('stopped');
    expect(expectSuccess(parseConversationSession(stopped))).toEqual(stopped);
  });

  it('cannot stop twice or after completion', () => {
    const stopped = expectSuccess(stopSession(inProgress(), { now: at(1) }));
    expect(issueCodes(stopSession(stopped, { now: at(2) }))).toEqual(['conversation_session_closed']);
    let session = inProgress();
    session = expectSuccess(answerStep(session, G, { stepId: 'closing.follow-up', answer: 'yes', now: at(1) }));
    session = expectSuccess(answerStep(session, G, { stepId: 'closing.referral', answer: 'answered', now: at(2) }));
    const done = expectSuccess(completeSession(session, G, { now: at(3) }));
    expect(issueCodes(stopSession(done, { now: at(4) }))).toEqual(['conversation_session_closed']);
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(anyInput, anyInput, (session, data) => expectFailure(stopSession(session, data))));
    fc.assert(
      fc.property(anyInput, (reason) => {
        const result = stopSession(inProgress(), { now: at(1), reason });
        if (result.ok) expect(typeof result.value.stopReason === 'string' || result.value.stopReason === undefined).toBe(true);
        else expectFailure(result);
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const session = deepFreeze(inProgress());
    expectSuccess(stopSession(session, deepFreeze({ now: at(1), reason: 'Ønskede at stoppe.' })));
    expect(session.status).toBe('in-progress');
    expect(session.stoppedAt).toBeUndefined();
  });
});
