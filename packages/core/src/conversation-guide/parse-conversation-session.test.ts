import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConversationSession, answerStep, parseConversationSession, pauseSession, startSession } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { at, G } from './internal/test-fixtures.js';

const session = (): ConversationSession => {
  const started = expectSuccess(
    startSession(G, { id: 's-1', familyId: 'f-1', personIds: ['p-1'], actorId: 'a-1', interpreter: { language: 'fa-AF', mode: 'phone' }, now: at(0) }),
  );
  const answered = expectSuccess(answerStep(started, G, { stepId: 'closing.anything-else', answer: 'answered', note: 'Vil gerne have hjælp til boligen.', now: at(1) }));
  return expectSuccess(pauseSession(answered, { now: at(2) }));
};

const issuesOf = (input: unknown) => {
  const result = parseConversationSession(input);
  expectFailure(result);
  return result.issues.map(({ code, path }) => ({ code, path }));
};

describe('parseConversationSession', () => {
  it('round-trips a stored session', () => {
    const stored = JSON.parse(JSON.stringify(session()));
    expect(expectSuccess(parseConversationSession(stored))).toEqual(session());
  });

  it('checks that the record agrees with itself', () => {
    expect(issuesOf({ ...session(), status: 'in-progress' })).toEqual([
      { code: 'conversation_session_inconsistent', path: ['pauses', 0, 'resumedAt'] },
    ]);
    expect(issuesOf({ ...session(), status: 'stopped' })).toEqual([{ code: 'conversation_session_inconsistent', path: ['stoppedAt'] }]);
    expect(issuesOf({ ...session(), stopReason: 'x' })).toEqual([{ code: 'conversation_session_inconsistent', path: ['stopReason'] }]);
    expect(issuesOf({ ...session(), completedAt: at(9) })).toEqual([{ code: 'conversation_session_inconsistent', path: ['completedAt'] }]);
    expect(issuesOf({ ...session(), pauses: [] })).toEqual([{ code: 'conversation_session_inconsistent', path: ['pauses'] }]);
    expect(issuesOf({ ...session(), startedAt: at(5) })).toEqual(
      expect.arrayContaining([{ code: 'conversation_session_time_order', path: ['answers', 0, 'at'] }]),
    );
    expect(issuesOf({ ...session(), closing: { referralOffered: false, referralAccepted: true } })).toEqual([
      { code: 'conversation_session_inconsistent', path: ['closing', 'referralOffered'] },
    ]);
    expect(issuesOf({ ...session(), closing: { referralOffered: false, followUpDate: '2026-04-01' } })).toEqual([
      { code: 'conversation_session_inconsistent', path: ['closing', 'followUpDate'] },
    ]);
    expect(issuesOf({ ...session(), personIds: ['p-1', 'p-1'] })).toEqual([{ code: 'duplicate_id', path: ['personIds', 1] }]);
  });

  it('never throws on hostile input', () => {
    expect(issuesOf(throwingProxy())).toEqual([{ code: 'unreadable_input', path: [] }]);
    fc.assert(fc.property(anyInput, (input) => expectFailure(parseConversationSession(input))));
    fc.assert(
      fc.property(corruptSomewhere(session()), (input) => {
        const result = parseConversationSession(input);
        if (result.ok) expect(parseConversationSession(result.value)).toEqual(result);
        else expectFailure(result);
      }),
    );
  });

  it('does not mutate its input', () => {
    const frozen = deepFreeze(session());
    expectSuccess(parseConversationSession(frozen));
    expect(frozen).toEqual(session());
  });
});
