import type { MessageTemplate } from '../i18n/message-template.js';
import type { networkMeetingMessagesDa } from './messages.da.js';

/** English messages for issues about network meetings. */
export const networkMeetingMessagesEn = {
  network_meeting_coordinator_count: (p) =>
    p.count === 0 ? 'The meeting needs a coordinator.' : `The meeting needs exactly one coordinator but has ${p.count}.`,
  network_meeting_note_taker_missing: 'The meeting needs a note-taker.',
  network_meeting_citizen_missing: 'The citizen is not taking part. Add the citizen, or record why the citizen is not there.',
  network_meeting_video_interpreting_limit:
    'Video interpreting works for at most {maximum} participants, but the meeting has {count}. Choose an in-person or phone interpreter, or fewer participants.',
  network_meeting_interpreter_missing: 'A family member ({personId}) needs an interpreter for {language}, but the meeting has none.',
  network_meeting_interpreter_language_mismatch:
    'A family member ({personId}) needs an interpreter for {language}, but the interpreter is booked for {interpreterLanguage}.',
  network_meeting_participant_reference:
    'A participant must refer to either a family member or an actor, whichever fits the role "{role}".',
  network_meeting_action_owner: 'An action needs exactly one owner: an actor or a family member.',
  network_meeting_agenda_over_time: 'The agenda takes {minutes} minutes, but the meeting lasts only {durationMinutes} minutes.',
  network_meeting_preparation_after_meeting: 'The preparation conversation is dated after the meeting.',
  network_meeting_follow_up_before_meeting: 'The next meeting is set before this one.',
  network_meeting_template_unknown: 'There is no meeting template with id "{id}".',
  network_meeting_time_zone_unknown: 'The time zone "{timeZone}" is not known.',
  network_meeting_time_invalid: 'Write a time as HH:MM, e.g. 09:30.',
  network_meeting_agreement_not_found: 'The meeting has no agreement with id "{id}".',
  network_meeting_action_not_found: 'The meeting has no action with id "{id}".',
  network_meeting_person_not_in_family: 'The person "{id}" does not belong to the family.',
  network_meeting_actor_unknown: 'The actor "{id}" does not exist.',
  network_meeting_family_mismatch: 'The family "{familyId}" is not the family the meeting is about.',
} satisfies Record<keyof typeof networkMeetingMessagesDa, MessageTemplate>;
