import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerStep, pauseSession, resumeSession, stopSession } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { at, completed, G, inProgress } from './internal/test-fixtures.js';

describe('pauseSession', () => {
  it('pauses a conversation in progress', () => {
    const paused = expectSuccess(pauseSession(inProgress(), { now: at(5) }));
    expect(paused.status).toBe('paused');
    expect(paused.pauses).toEqual([{ at: at(5) }]);
  });

  it('leaves a paused conversation as it is', () => {
    const paused = expectSuccess(pauseSession(inProgress(), { now: at(5) }));
    expect(expectSuccess(pauseSession(paused, { now: at(6) }))).toEqual(paused);
  });

  it('cannot pause what is completed or stopped', () => {
    const stopped = expectSuccess(stopSession(inProgress(), { now: at(5) }));
    expect(issueCodes(pauseSession(stopped, { now: at(6) }))).toEqual(['conversation_session_closed']);
    expect(issueCodes(pauseSession(completed(), { now: at(6) }))).toEqual(['conversation_session_closed']);
  });

  it('needs a now that does not go back in time', () => {
    expect(issueCodes(pauseSession(inProgress(), {}))).toEqual(['invalid_now']);
    const session = expectSuccess(answerStep(inProgress(), G, { stepId: 'opening.introduction', answer: 'answered', now: at(10) }));
    expect(issueCodes(pauseSession(session, { now: at(9) }))).toEqual(['conversation_session_time_order']);
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(anyInput, anyInput, (session, data) => expectFailure(pauseSession(session, data))));
    fc.assert(
      fc.property(corruptSomewhere(inProgress()), (session) => {
        const result = pauseSession(session, { now: at(5) });
        if (!result.ok) expectFailure(result);
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const session = deepFreeze(inProgress());
    expect(expectSuccess(pauseSession(session, deepFreeze({ now: at(5) }))).status).toBe('paused');
    expect(session.status).toBe('in-progress');
    expect(session.pauses).toEqual([]);
  });
});

describe('pause, resume and stop from every state', () => {
  const states = {
    'in-progress': inProgress,
    paused: () => expectSuccess(pauseSession(inProgress(), { now: at(5) })),
    stopped: () => expectSuccess(stopSession(inProgress(), { now: at(5) })),
    completed,
  };
  const expected = {
    pause: { 'in-progress': 'paused', paused: 'paused', stopped: 'conversation_session_closed', completed: 'conversation_session_closed' },
    resume: { 'in-progress': 'conversation_session_not_paused', paused: 'in-progress', stopped: 'conversation_session_closed', completed: 'conversation_session_closed' },
    stop: { 'in-progress': 'stopped', paused: 'stopped', stopped: 'conversation_session_closed', completed: 'conversation_session_closed' },
  } as const;
  const actions = { pause: pauseSession, resume: resumeSession, stop: stopSession };

  for (const [action, outcomes] of Object.entries(expected)) {
    for (const [state, outcome] of Object.entries(outcomes)) {
      it(`${action} from ${state} → ${outcome}`, () => {
        const result = actions[action as keyof typeof actions](states[state as keyof typeof states](), { now: at(30) });
        expect(result.ok ? result.value.status : issueCodes(result)[0]).toBe(outcome);
      });
    }
  }
});
