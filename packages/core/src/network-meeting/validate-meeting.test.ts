import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NetworkMeeting, validateMeeting } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { actors, family, meeting } from './internal/test-fixtures.js';

const withParticipants = (participants: NetworkMeeting['participants'], extra: Partial<NetworkMeeting> = {}): NetworkMeeting => ({
  ...meeting,
  participants,
  ...extra,
});
const participant = (id: string) => {
  const found = meeting.participants.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`fixture has no participant ${id}`);
  return found;
};
const coordinator = participant('pt-coord');
const noteTaker = participant('pt-notes');
const citizen = participant('pt-citizen');
const relative = participant('pt-relative');
const gp = participant('pt-gp');
const interpreter = participant('pt-interp');

describe('validateMeeting', () => {
  it('accepts a meeting in the standard format', () => {
    expect(expectSuccess(validateMeeting(meeting, { family, actors }))).toEqual(meeting);
  });

  it('needs exactly one coordinator', () => {
    const none = validateMeeting(withParticipants([noteTaker, citizen]));
    expect(issueCodes(none)).toEqual(['network_meeting_coordinator_count']);
    expectFailure(none);
    expect(none.issues[0]?.message).toBe('Mødet skal have en tovholder.');
    const two = validateMeeting(withParticipants([coordinator, { ...coordinator, id: 'pt-coord-2', actorId: 'a-gp' }, noteTaker, citizen]));
    expectFailure(two);
    expect(two.issues[0]).toMatchObject({ code: 'network_meeting_coordinator_count', params: { count: 2 } });
    expect(two.issues[0]?.message).toBe('Mødet skal have præcis én tovholder, men har 2.');
  });

  it('needs a note-taker who is not absent', () => {
    expect(issueCodes(validateMeeting(withParticipants([coordinator, citizen])))).toEqual(['network_meeting_note_taker_missing']);
    expect(issueCodes(validateMeeting(withParticipants([coordinator, { ...noteTaker, attendance: 'absent' }, citizen])))).toEqual([
      'network_meeting_note_taker_missing',
    ]);
  });

  it('needs the citizen to take part, unless the meeting records why not', () => {
    expect(issueCodes(validateMeeting(withParticipants([coordinator, noteTaker, relative])))).toEqual(['network_meeting_citizen_missing']);
    expect(issueCodes(validateMeeting(withParticipants([coordinator, noteTaker, { ...citizen, attendance: 'excused' }], { status: 'held' })))).toEqual([
      'network_meeting_citizen_missing',
    ]);
    expectSuccess(
      validateMeeting(withParticipants([coordinator, noteTaker, relative], { citizenAbsence: { reason: 'Rana er indlagt; hun har bedt Samir deltage.' } })),
    );
  });

  it('flags video interpreting with more than five participants (KL 2016)', () => {
    const extra = ['a', 'b', 'c'].map((suffix) => ({ id: `pt-extra-${suffix}`, role: 'professional' as const, actorId: `a-extra-${suffix}`, required: false }));
    const six = withParticipants([coordinator, noteTaker, citizen, relative, gp, interpreter, { ...extra[0]! }], {
      interpreter: { language: 'ar', mode: 'video' },
    });
    const result = validateMeeting(six);
    expectFailure(result);
    expect(result.issues).toMatchObject([{ code: 'network_meeting_video_interpreting_limit', path: ['interpreter', 'mode'], params: { count: 6, maximum: 5 } }]);
    // Five people plus the interpreter is fine; so is the same group with an in-person interpreter.
    expectSuccess(validateMeeting(withParticipants([coordinator, noteTaker, citizen, relative, gp, interpreter], { interpreter: { language: 'ar', mode: 'video' } })));
    expectSuccess(validateMeeting({ ...six, interpreter: { language: 'ar', mode: 'in-person' } }));
    // Absent participants do not count.
    expectSuccess(validateMeeting({ ...six, participants: six.participants.map((p) => (p.id === 'pt-extra-a' ? { ...p, attendance: 'absent' as const } : p)) }));
  });

  it('needs an interpreter in the right language when a member taking part needs one', () => {
    const without = withParticipants([coordinator, noteTaker, citizen, relative, gp], { interpreter: undefined });
    const missing = validateMeeting(without, { family });
    expectFailure(missing);
    expect(missing.issues).toMatchObject([{ code: 'network_meeting_interpreter_missing', params: { personId: 'p-mother', language: 'ar' } }]);
    // An interpreter booked but not among the participants is not enough.
    expect(issueCodes(validateMeeting({ ...without, interpreter: { language: 'ar', mode: 'phone' } }, { family }))).toEqual([
      'network_meeting_interpreter_missing',
    ]);
    expect(issueCodes(validateMeeting({ ...meeting, interpreter: { language: 'fa', mode: 'in-person' } }, { family }))).toEqual([
      'network_meeting_interpreter_language_mismatch',
    ]);
    expectSuccess(validateMeeting({ ...meeting, interpreter: { language: 'ar-SY', mode: 'in-person' } }, { family }));
    // Without the family the need is unknown, so nothing is reported.
    expectSuccess(validateMeeting(without));
    // The father needs no interpreter; a meeting with only him taking part needs none.
    expectSuccess(
      validateMeeting(withParticipants([coordinator, noteTaker, relative, gp], { interpreter: undefined, citizenAbsence: { reason: 'Syg' } }), { family }),
    );
  });

  it('accepts a bilingual professional instead of an interpreter when the member accepts that', () => {
    const accepting = {
      ...family,
      members: family.members.map((member) =>
        member.interpreterNeed === undefined ? member : { ...member, interpreterNeed: { ...member.interpreterNeed, bilingualStaffAccepted: true } },
      ),
    };
    const bilingual = actors.map((actor) => (actor.id === 'a-gp' ? { ...actor, languages: ['da', 'ar'] } : actor));
    const without = withParticipants([coordinator, noteTaker, citizen, gp], { interpreter: undefined });
    expectSuccess(validateMeeting(without, { family: accepting, actors: bilingual }));
    expect(issueCodes(validateMeeting(without, { family, actors: bilingual }))).toEqual(['network_meeting_interpreter_missing']);
    expect(issueCodes(validateMeeting(without, { family: accepting, actors }))).toEqual(['network_meeting_interpreter_missing']);
  });

  it('checks timing, ids and references', () => {
    const result = validateMeeting(
      {
        ...meeting,
        durationMinutes: 20,
        preparation: { ...meeting.preparation!, heldOn: '2026-03-03' },
        followUp: { nextMeetingAt: '2026-03-01T10:00:00+01:00' },
        decisions: [
          { id: 'd-1', text: 'a' },
          { id: 'd-1', text: 'b' },
        ],
        participants: [...meeting.participants, { id: 'pt-x', role: 'professional', actorId: 'a-unknown', required: false }],
        agreements: [{ ...meeting.agreements[0]!, actions: [{ id: 'x-9', description: 'Ring', ownerPersonId: 'p-stranger', dueDate: '2026-03-09', status: 'open' }] }],
      },
      { family, actors },
    );
    expect(issueCodes(result).sort()).toEqual(
      [
        'duplicate_id',
        'network_meeting_agenda_over_time',
        'network_meeting_preparation_after_meeting',
        'network_meeting_follow_up_before_meeting',
        'network_meeting_person_not_in_family',
        'network_meeting_actor_unknown',
      ].sort(),
    );
    expect(issueCodes(validateMeeting(meeting, { family: { ...family, id: 'fam-other' } }))).toEqual(['network_meeting_family_mismatch']);
  });

  it('checks only shape and references for a cancelled meeting', () => {
    expectSuccess(validateMeeting(withParticipants([], { status: 'cancelled', cancellationReason: 'Familien bad om at flytte mødet' })));
  });

  it('reports a broken family option under options', () => {
    const result = validateMeeting(meeting, { family: { id: 'x' } });
    expectFailure(result);
    expect(result.issues[0]?.path.slice(0, 2)).toEqual(['options', 'family']);
  });

  it('never throws on arbitrary or corrupted input', () => {
    fc.assert(fc.property(anyInput, (input) => expectFailure(validateMeeting(input, { family }))));
    fc.assert(
      fc.property(corruptSomewhere(meeting), anyInput, (input, hostileFamily) => {
        const result = validateMeeting(input, { family: hostileFamily });
        if (!result.ok) expectFailure(result);
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const frozen = deepFreeze(structuredClone(meeting));
    expectSuccess(validateMeeting(frozen, { family: deepFreeze(structuredClone(family)), actors: deepFreeze(structuredClone(actors)) }));
  });
});
