import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { IssueCollector } from './internal/collect.js';
import { type ActorsView, languagesMatch, readActors, readFamily, type FamilyView } from './internal/family-view.js';
import type { MeetingParticipant, NetworkMeeting } from './network-meeting.schema.js';
import { parseNetworkMeeting } from './parse-network-meeting.js';
import { VIDEO_INTERPRETING_LIMIT } from './video-interpreting-limit.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { networkMeetingMessagesDa } from './messages.da.js';

learnMessages(networkMeetingMessagesDa);

/** Options for {@link validateMeeting}. */
export interface ValidateMeetingOptions extends LocaleOptions {
  /** The family the meeting is about (a `Family` record): checks membership and interpreter needs. */
  readonly family?: unknown;
  /** The known actors (`Actor` records): checks that every referenced actor exists. */
  readonly actors?: unknown;
}

const away = (attendance: string | undefined): boolean => attendance === 'absent' || attendance === 'excused';

/**
 * Checks a network meeting against the standard format: exactly one coordinator, a note-taker,
 * the citizen taking part (or a recorded reason why not), an agenda that fits the time, video
 * interpreting only for five participants or fewer (KL 2016), and, when the family is given, an
 * interpreter in the right language for every taking-part member who needs one (or, when the
 * member accepts it and `actors` are given, a professional taking part who speaks the language). A cancelled
 * meeting is only checked for shape and references. Answers the parsed meeting when it passes.
 *
 * @example
 * validateMeeting({ ...meeting, participants: [] }).issues.map((issue) => issue.code)
 * //=> ['network_meeting_coordinator_count', 'network_meeting_note_taker_missing', 'network_meeting_citizen_missing']
 */
export function validateMeeting(meeting: unknown, options: ValidateMeetingOptions = {}): Result<NetworkMeeting> {
  const parsed = parseNetworkMeeting(meeting, options);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const issues = new IssueCollector(options);

  let family: FamilyView | undefined;
  if (options.family !== undefined) {
    const read = readFamily(options.family, ['options', 'family'], options);
    if (!read.ok) return read;
    family = read.value;
  }
  let actors: ActorsView | undefined;
  if (options.actors !== undefined) {
    const read = readActors(options.actors, ['options', 'actors'], options);
    if (!read.ok) return read;
    actors = read.value;
  }

  checkIds(value, issues);
  if (value.status !== 'cancelled') checkRoles(value, family, actors, issues);
  checkTiming(value, issues);
  if (family !== undefined) checkFamilyReferences(value, family, issues);
  if (actors !== undefined) checkActorReferences(value, new Set(actors.map((actor) => actor.id)), issues);

  return issues.issues.length > 0 ? fail(issues.issues) : ok(value);
}

function checkIds(meeting: NetworkMeeting, issues: IssueCollector): void {
  issues.uniqueIds(meeting.participants, ['participants']);
  issues.uniqueIds(meeting.agenda, ['agenda']);
  issues.uniqueIds(meeting.agreements, ['agreements']);
  issues.uniqueIds(meeting.decisions, ['decisions']);
  const actionIds = new Set<string>();
  meeting.agreements.forEach((agreement, a) =>
    agreement.actions.forEach((action, i) => {
      if (actionIds.has(action.id)) issues.add('duplicate_id', ['agreements', a, 'actions', i, 'id'], { id: action.id });
      actionIds.add(action.id);
    }),
  );
}

function checkRoles(meeting: NetworkMeeting, family: FamilyView | undefined, actors: ActorsView | undefined, issues: IssueCollector): void {
  const { participants } = meeting;
  const coordinators = participants.filter((participant) => participant.role === 'coordinator').length;
  if (coordinators !== 1) issues.add('network_meeting_coordinator_count', ['participants'], { count: coordinators });
  if (!participants.some((participant) => participant.role === 'note-taker' && !away(participant.attendance))) {
    issues.add('network_meeting_note_taker_missing', ['participants']);
  }
  const citizenTakesPart = participants.some((participant) => participant.role === 'citizen' && !away(participant.attendance));
  if (!citizenTakesPart && meeting.citizenAbsence === undefined) issues.add('network_meeting_citizen_missing', ['participants']);

  const attending = participants.filter((participant) => !away(participant.attendance));
  if (meeting.interpreter?.mode === 'video') {
    const people = new Set(
      attending
        .filter((participant) => participant.role !== 'interpreter')
        .map((participant) => participant.actorId ?? participant.personId ?? participant.id),
    );
    if (people.size > VIDEO_INTERPRETING_LIMIT.maxParticipants) {
      issues.add('network_meeting_video_interpreting_limit', ['interpreter', 'mode'], {
        count: people.size,
        maximum: VIDEO_INTERPRETING_LIMIT.maxParticipants,
      });
    }
  }

  if (family === undefined) return;
  const hasInterpreter = meeting.interpreter !== undefined && attending.some((participant) => participant.role === 'interpreter');
  const needsReported = new Set<string>();
  participants.forEach((participant, index) => {
    if (participant.personId === undefined || away(participant.attendance) || needsReported.has(participant.personId)) return;
    const need = family.members.find((member) => member.id === participant.personId)?.interpreterNeed;
    if (need === undefined) return;
    needsReported.add(participant.personId);
    if (need.bilingualStaffAccepted === true && bilingualStaffPresent(attending, actors, need.language)) return;
    if (!hasInterpreter || meeting.interpreter === undefined) {
      issues.add('network_meeting_interpreter_missing', ['participants', index], {
        personId: participant.personId,
        language: need.language,
      });
    } else if (!languagesMatch(need.language, meeting.interpreter.language)) {
      issues.add('network_meeting_interpreter_language_mismatch', ['interpreter', 'language'], {
        personId: participant.personId,
        language: need.language,
        interpreterLanguage: meeting.interpreter.language,
      });
    }
  });
}

// A member who accepts a bilingual colleague instead of an interpreter is served when a professional
// taking part speaks the language (KL 2016, L597-598).
function bilingualStaffPresent(attending: readonly MeetingParticipant[], actors: ActorsView | undefined, language: string): boolean {
  if (actors === undefined) return false;
  return attending.some((participant) => {
    if (participant.actorId === undefined || participant.role === 'citizen' || participant.role === 'relative') return false;
    const actor = actors.find((candidate) => candidate.id === participant.actorId);
    return (actor?.languages ?? []).some((spoken) => languagesMatch(language, spoken));
  });
}

function checkTiming(meeting: NetworkMeeting, issues: IssueCollector): void {
  const planned = meeting.agenda.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
  if (planned > meeting.durationMinutes) {
    issues.add('network_meeting_agenda_over_time', ['agenda'], { minutes: planned, durationMinutes: meeting.durationMinutes });
  }
  // The meeting's own calendar date, as written with its offset.
  const meetingDate = meeting.scheduledAt.slice(0, 10);
  if (meeting.preparation !== undefined && meeting.preparation.heldOn > meetingDate) {
    issues.add('network_meeting_preparation_after_meeting', ['preparation', 'heldOn']);
  }
  const next = meeting.followUp?.nextMeetingAt;
  if (next !== undefined && Date.parse(next) <= Date.parse(meeting.scheduledAt)) {
    issues.add('network_meeting_follow_up_before_meeting', ['followUp', 'nextMeetingAt']);
  }
}

function checkFamilyReferences(meeting: NetworkMeeting, family: FamilyView, issues: IssueCollector): void {
  if (family.id !== meeting.familyId) issues.add('network_meeting_family_mismatch', ['familyId'], { familyId: family.id });
  const members = new Set(family.members.map((member) => member.id));
  meeting.participants.forEach((participant, index) => {
    if (participant.personId !== undefined && !members.has(participant.personId)) {
      issues.add('network_meeting_person_not_in_family', ['participants', index, 'personId'], { id: participant.personId });
    }
  });
  meeting.agreements.forEach((agreement, a) =>
    agreement.actions.forEach((action, i) => {
      if (action.ownerPersonId !== undefined && !members.has(action.ownerPersonId)) {
        issues.add('network_meeting_person_not_in_family', ['agreements', a, 'actions', i, 'ownerPersonId'], { id: action.ownerPersonId });
      }
    }),
  );
}

function checkActorReferences(meeting: NetworkMeeting, actorIds: Set<string>, issues: IssueCollector): void {
  const check = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !actorIds.has(id)) issues.add('network_meeting_actor_unknown', path, { id });
  };
  meeting.participants.forEach((participant, index) => check(participant.actorId, ['participants', index, 'actorId']));
  meeting.agenda.forEach((item, index) => check(item.ownerActorId, ['agenda', index, 'ownerActorId']));
  meeting.agreements.forEach((agreement, a) =>
    agreement.actions.forEach((action, i) => check(action.ownerActorId, ['agreements', a, 'actions', i, 'ownerActorId'])),
  );
  check(meeting.preparation?.byActorId, ['preparation', 'byActorId']);
}
