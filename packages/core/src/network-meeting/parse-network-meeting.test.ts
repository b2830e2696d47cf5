import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetworkMeeting } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { meeting } from './internal/test-fixtures.js';

describe('parseNetworkMeeting', () => {
  it('round-trips a valid meeting', () => {
    expect(expectSuccess(parseNetworkMeeting(meeting))).toEqual(meeting);
  });

  it('needs a citizen to be a family member and a professional to be an actor', () => {
    const result = parseNetworkMeeting({
      ...meeting,
      participants: [
        { id: 'a', role: 'citizen', actorId: 'a-gp', required: true },
        { id: 'b', role: 'professional', personId: 'p-mother', required: true },
        { id: 'c', role: 'relative', personId: 'p-father', actorId: 'a-gp', required: true },
        { id: 'd', role: 'relative', actorId: 'a-cousin', required: false },
      ],
    });
    expectFailure(result);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'network_meeting_participant_reference', path: ['participants', 0, 'personId'] },
      { code: 'network_meeting_participant_reference', path: ['participants', 1, 'actorId'] },
      { code: 'network_meeting_participant_reference', path: ['participants', 2, 'personId'] },
    ]);
  });

  it('needs exactly one owner per action', () => {
    const [agreement] = meeting.agreements;
    const result = parseNetworkMeeting({
      ...meeting,
      agreements: [{ ...agreement, actions: [{ id: 'x', description: 'Ring', dueDate: '2026-03-01', status: 'open' }] }],
    });
    expect(issueCodes(result)).toEqual(['network_meeting_action_owner']);
  });

  it('reports unknown keys and unreadable input instead of dropping or throwing', () => {
    expect(issueCodes(parseNetworkMeeting({ ...meeting, secret: 1 }))).toEqual(['unknown_key']);
    expect(issueCodes(parseNetworkMeeting(throwingProxy()))).toEqual(['unreadable_input']);
  });

  it('speaks English when asked', () => {
    const result = parseNetworkMeeting({ ...meeting, participants: [{ id: 'a', role: 'citizen', required: true }] }, { locale: 'en' });
    expectFailure(result);
    expect(result.issues[0]?.message).toContain('family member or an actor');
  });

  it('never throws on arbitrary or corrupted input, and answers well-formed issues', () => {
    fc.assert(fc.property(anyInput, (input) => expectFailure(parseNetworkMeeting(input))));
    fc.assert(
      fc.property(corruptSomewhere(meeting), (input) => {
        const result = parseNetworkMeeting(input);
        if (!result.ok) expectFailure(result);
      }),
    );
  });

  it('does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(meeting));
    expect(parseNetworkMeeting(frozen).ok).toBe(true);
  });
});
