import * as z from '../common/schema/index.js';
import { InterpreterMode } from '../family/family.schema.js';
import { Extensions, Id, IsoDate, IsoDateTime, LanguageTag, LongText, ShortText } from '../common/schemas.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { networkMeetingMessagesDa } from './messages.da.js';

learnMessages(networkMeetingMessagesDa);

/** How a meeting is held. The middle meeting of the CTP series may be held by video. */
export const MeetingMode = z.enum(['in-person', 'video', 'phone']);
export type MeetingMode = z.infer<typeof MeetingMode>;

/**
 * The part a participant plays. `citizen` and `relative` are the family itself; every other role
 * is a professional whose access to the family's information goes through the disclosure gate.
 */
export const MeetingParticipantRole = z.enum([
  'coordinator',
  'note-taker',
  'citizen',
  'relative',
  'professional',
  'interpreter',
  'key-person',
]);
export type MeetingParticipantRole = z.infer<typeof MeetingParticipantRole>;

/** Whether a participant came, recorded once the meeting is held. */
export const MeetingAttendance = z.enum(['attended', 'absent', 'excused']);
export type MeetingAttendance = z.infer<typeof MeetingAttendance>;

/** Where a meeting stands. */
export const MeetingStatus = z.enum(['planned', 'held', 'cancelled']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** Where an action on the agreement form stands. */
export const AgreementActionStatus = z.enum(['open', 'in-progress', 'done', 'dropped']);
export type AgreementActionStatus = z.infer<typeof AgreementActionStatus>;

const Minutes = z.int().check(z.minimum(1), z.maximum(600));

/** One point on the agenda, with the time set aside for it and who leads it. */
export const AgendaItem = z.strictObject({
  id: Id,
  title: ShortText,
  minutes: z.optional(Minutes),
  ownerActorId: z.optional(Id),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/**
 * Someone taking part. A family member is referred to by `personId`, a professional by `actorId`
 * (exactly one of the two; `validateMeeting` checks which one each role needs).
 */
export const MeetingParticipant = z.strictObject({
  id: Id,
  role: MeetingParticipantRole,
  personId: z.optional(Id),
  actorId: z.optional(Id),
  required: z.boolean(),
  attendance: z.optional(MeetingAttendance),
  note: z.optional(ShortText),
}).check(
  z.superRefine((participant, ctx) => {
    const family = participant.role === 'citizen' || participant.role === 'relative';
    const hasPerson = participant.personId !== undefined;
    const hasActor = participant.actorId !== undefined;
    const fits =
      participant.role === 'citizen' ? hasPerson && !hasActor : participant.role === 'relative' ? hasPerson !== hasActor : hasActor && !hasPerson;
    if (!fits) {
      ctx.issues.push({
        code: 'custom',
        params: { code: 'network_meeting_participant_reference', role: participant.role },
        path: [family ? 'personId' : 'actorId'],
        input: participant,
      });
    }
  }),
);
export type MeetingParticipant = z.infer<typeof MeetingParticipant>;

/**
 * The preparation conversation with the family before the meeting: when, by whom, what the family
 * hopes for, and topics the family does not want raised (the pre-meeting check repeats them).
 */
export const MeetingPreparation = z.strictObject({
  heldOn: IsoDate,
  byActorId: Id,
  familyWishes: z.optional(LongText),
  topicsNotToRaise: z.array(ShortText).check(z.maxLength(50)),
  socialBurdens: z.optional(LongText),
  notes: z.optional(LongText),
});
export type MeetingPreparation = z.infer<typeof MeetingPreparation>;

/** The interpreter booked for a meeting. Video interpreting works for five participants at most (KL 2016). */
export const MeetingInterpreter = z.strictObject({
  language: LanguageTag,
  mode: InterpreterMode,
  name: z.optional(ShortText),
});
export type MeetingInterpreter = z.infer<typeof MeetingInterpreter>;

/** One action on the agreement form, owned by one professional or one family member. */
export const AgreementAction = z.strictObject({
  id: Id,
  description: z.string().check(z.minLength(1), z.maxLength(2_000)),
  ownerActorId: z.optional(Id),
  ownerPersonId: z.optional(Id),
  dueDate: IsoDate,
  status: AgreementActionStatus,
}).check(
  z.refine((action) => (action.ownerActorId === undefined) !== (action.ownerPersonId === undefined), {
    params: { code: 'network_meeting_action_owner' },
    path: ['ownerActorId'],
  }),
);
export type AgreementAction = z.infer<typeof AgreementAction>;

/** One row of the agreement form (aftaleskema): a challenge, the goal it leads to, the actions. */
export const Agreement = z.strictObject({
  id: Id,
  challenge: z.string().check(z.minLength(1), z.maxLength(2_000)),
  goal: z.string().check(z.minLength(1), z.maxLength(2_000)),
  actions: z.array(AgreementAction).check(z.maxLength(50)),
});
export type Agreement = z.infer<typeof Agreement>;

/** A decision the meeting took. */
export const MeetingDecision = z.strictObject({
  id: Id,
  text: z.string().check(z.minLength(1), z.maxLength(2_000)),
});
export type MeetingDecision = z.infer<typeof MeetingDecision>;

/** What happens after the meeting. */
export const MeetingFollowUp = z.strictObject({
  nextMeetingAt: z.optional(IsoDateTime),
  notes: z.optional(LongText),
});
export type MeetingFollowUp = z.infer<typeof MeetingFollowUp>;

/**
 * A network meeting (netværksmøde) around one family in the standard format: timing, planning,
 * purpose, agenda and roles, with the agreement form of challenges, goals and actions.
 * `citizenAbsence` records why the citizen does not take part, when that is the case.
 */
export const NetworkMeeting = z.strictObject({
  id: Id,
  familyId: Id,
  seriesId: z.optional(Id),
  templateId: z.optional(Id),
  title: ShortText,
  purpose: z.string().check(z.minLength(1), z.maxLength(4_000)),
  agenda: z.array(AgendaItem).check(z.maxLength(50)),
  scheduledAt: IsoDateTime,
  durationMinutes: Minutes,
  mode: MeetingMode,
  location: z.optional(ShortText),
  participants: z.array(MeetingParticipant).check(z.maxLength(50)),
  preparation: z.optional(MeetingPreparation),
  interpreter: z.optional(MeetingInterpreter),
  agreements: z.array(Agreement).check(z.maxLength(50)),
  decisions: z.array(MeetingDecision).check(z.maxLength(100)),
  followUp: z.optional(MeetingFollowUp),
  status: MeetingStatus,
  citizenAbsence: z.optional(z.strictObject({ reason: z.string().check(z.minLength(1), z.maxLength(2_000)) })),
  cancellationReason: z.optional(ShortText),
  minutes: z.optional(LongText),
  extensions: z.optional(Extensions),
});
export type NetworkMeeting = z.infer<typeof NetworkMeeting>;
