import * as z from '../common/schema/index.js';
import { Extensions, Id, IsoDate, IsoDateTime, LanguageTag, ShortText } from '../common/schemas.js';
import { ConversationAnswer } from './conversation-guide.schema.js';
import { reportSessionRules } from './internal/session-rules.js';

/**
 * Where a conversation stands. `stopped` is a respected outcome, not a failure: the person may
 * end the conversation at any time. `completed` means the closing was reached and recorded.
 */
export const ConversationSessionStatus = z.enum(['in-progress', 'paused', 'stopped', 'completed']);
export type ConversationSessionStatus = z.infer<typeof ConversationSessionStatus>;

/** A note written during the conversation, ideally in the family's own words. */
export const ConversationNote = z.string().check(z.minLength(1), z.maxLength(4_000));
export type ConversationNote = z.infer<typeof ConversationNote>;

/** The interpreter taking part: language, how they take part and, when known, who they are. */
export const ConversationInterpreter = z.strictObject({
  language: LanguageTag,
  mode: z.enum(['in-person', 'phone', 'video']),
  actorId: z.optional(Id),
});
export type ConversationInterpreter = z.infer<typeof ConversationInterpreter>;

/** One answer in the session's log. The log only grows; the first answer other than `not-now` counts. */
export const ConversationAnswerRecord = z.strictObject({
  stepId: Id,
  answer: ConversationAnswer,
  at: IsoDateTime,
  note: z.optional(ConversationNote),
});
export type ConversationAnswerRecord = z.infer<typeof ConversationAnswerRecord>;

/** A pause; `resumedAt` is missing while the conversation is still paused. */
export const ConversationPause = z.strictObject({
  at: IsoDateTime,
  resumedAt: z.optional(IsoDateTime),
});
export type ConversationPause = z.infer<typeof ConversationPause>;

/**
 * Where a referral goes: an actor sector id such as `gp` or `rehabilitation-centre`, a known
 * actor, and/or a short description.
 */
export const ConversationReferralTarget = z
  .strictObject({
    sector: z.optional(Id),
    actorId: z.optional(Id),
    description: z.optional(ShortText),
  })
  .check(
    z.refine((target) => target.sector !== undefined || target.actorId !== undefined || target.description !== undefined, {
      params: { code: 'required' },
    }),
  );
export type ConversationReferralTarget = z.infer<typeof ConversationReferralTarget>;

/** What the closing of the conversation agreed: follow-up and the referral offer. */
export const ConversationClosing = z.strictObject({
  followUpAgreed: z.optional(z.boolean()),
  followUpDate: z.optional(IsoDate),
  referralOffered: z.boolean(),
  referralAccepted: z.optional(z.boolean()),
  referralTo: z.optional(ConversationReferralTarget),
});
export type ConversationClosing = z.infer<typeof ConversationClosing>;

/**
 * The record of one conversation held with a guide: who took part, the answers in the order
 * they were given, pauses, and how it ended. It holds no prose of the guide, only step ids, so
 * it stays readable when a guide is translated.
 *
 * @example
 * ConversationSession.safeParse({ ...session, status: 'stopped' }).success // no stoppedAt
 * //=> false
 */
export const ConversationSession = z
  .strictObject({
    id: Id,
    guideId: Id,
    guideVersion: z.int().check(z.minimum(1), z.maximum(1_000_000)),
    familyId: Id,
    personIds: z.array(Id).check(z.minLength(1), z.maxLength(30)),
    conductedByActorId: Id,
    interpreter: z.optional(ConversationInterpreter),
    startedAt: IsoDateTime,
    status: ConversationSessionStatus,
    answers: z.array(ConversationAnswerRecord).check(z.maxLength(2_000)),
    pauses: z.array(ConversationPause).check(z.maxLength(200)),
    stoppedAt: z.optional(IsoDateTime),
    stopReason: z.optional(ConversationNote),
    completedAt: z.optional(IsoDateTime),
    closing: ConversationClosing,
    extensions: z.optional(Extensions),
  })
  .check(
    z.superRefine((session, ctx) =>
      reportSessionRules(session, (code, path, params) => {
        ctx.issues.push({ code: 'custom', params: { ...params, code }, path, input: session });
      }),
    ),
  );
export type ConversationSession = z.infer<typeof ConversationSession>;
