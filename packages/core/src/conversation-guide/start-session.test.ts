import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERSATION_GUIDE, parseConversationSession, startSession } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';

const input = { id: 'samtale-1', familyId: 'fam-1', personIds: ['p-1', 'p-2'], actorId: 'a-1', now: '2026-03-02T10:00:00+01:00' };

describe('startSession', () => {
  it('opens an in-progress record with nothing answered', () => {
    expect(expectSuccess(startSession(DEFAULT_CONVERSATION_GUIDE, input))).toEqual({
      id: 'samtale-1',
      guideId: 'samspil.flight-exile-trauma',
      guideVersion: 1,
      familyId: 'fam-1',
      personIds: ['p-1', 'p-2'],
      conductedByActorId: 'a-1',
      startedAt: '2026-03-02T09:00:00.000Z',
      status: 'in-progress',
      answers: [],
      pauses: [],
      closing: { referralOffered: false },
    });
  });

  it('records the interpreter and accepts a Date or epoch milliseconds as now', () => {
    const interpreter = { language: 'ar', mode: 'video' as const };
    const session = expectSuccess(startSession(DEFAULT_CONVERSATION_GUIDE, { ...input, interpreter, now: new Date('2026-03-02T09:00:00Z') }));
    expect(session.interpreter).toEqual(interpreter);
    expect(expectSuccess(startSession(DEFAULT_CONVERSATION_GUIDE, { ...input, now: Date.parse('2026-03-02T09:00:00Z') })).startedAt).toBe(
      '2026-03-02T09:00:00.000Z',
    );
    expect(expectSuccess(parseConversationSession(session))).toEqual(session);
  });

  it('reports bad input with paths that tell the arguments apart', () => {
    const result = startSession({ ...DEFAULT_CONVERSATION_GUIDE, phases: [] }, { ...input, personIds: [], extra: true });
    expectFailure(result);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'too_few', path: ['guide', 'phases'] },
      { code: 'too_few', path: ['personIds'] },
      { code: 'unknown_key', path: ['extra'] },
    ]);
    expect(issueCodes(startSession(DEFAULT_CONVERSATION_GUIDE, { ...input, now: undefined }))).toEqual(['invalid_now']);
    expect(issueCodes(startSession(DEFAULT_CONVERSATION_GUIDE, { ...input, now: 8.64e15 }))).toEqual(['invalid_now']);
    expect(issueCodes(startSession(DEFAULT_CONVERSATION_GUIDE, { ...input, personIds: ['p-1', 'p-1'] }))).toEqual(['duplicate_id']);
    expect(issueCodes(startSession(throwingProxy(), input))).toEqual(['unreadable_input']);
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(anyInput, anyInput, (guide, data) => expectFailure(startSession(guide, data))));
    fc.assert(
      fc.property(corruptSomewhere(input), (data) => {
        const result = startSession(DEFAULT_CONVERSATION_GUIDE, data);
        if (!result.ok) expectFailure(result);
        else expectSuccess(parseConversationSession(result.value));
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const frozen = deepFreeze(structuredClone(input));
    expectSuccess(startSession(DEFAULT_CONVERSATION_GUIDE, frozen));
    expect(frozen).toEqual(input);
  });
});
