import * as z from '../common/schema/index.js';
import { Extensions, Id, LocalizedLongText, LocalizedText } from '../common/schemas.js';
import { SourceReference } from '../common/source-reference.js';
import { reportGuideRules } from './internal/guide-rules.js';

/**
 * What can be recorded for a step: `yes`/`no` (a plain answer or a permission), `not-now` (come
 * back to it later, or never), `declined` (the person chose not to answer) and `answered` (the
 * question was talked about, or the information was given).
 */
export const ConversationAnswer = z.enum(['yes', 'no', 'not-now', 'declined', 'answered']);
export type ConversationAnswer = z.infer<typeof ConversationAnswer>;

/**
 * What a step is: `info` (the professional explains something), `question`, `permission` (asking
 * whether a sensitive area may be talked about at all), and the two closing steps that record a
 * follow-up agreement and a referral offer.
 */
export const ConversationStepKind = z.enum(['info', 'question', 'permission', 'closing-follow-up', 'closing-referral']);
export type ConversationStepKind = z.infer<typeof ConversationStepKind>;

/** The three parts of a conversation, in this order. */
export const ConversationPhaseKind = z.enum(['opening', 'exploration', 'closing']);
export type ConversationPhaseKind = z.infer<typeof ConversationPhaseKind>;

/**
 * One thing the professional says or asks. `dependsOn` names earlier permission steps: a `no`
 * or `declined` there skips this step. `guidance` tells the professional how to ask and what to
 * watch for; it is not read aloud.
 */
export const ConversationStep = z.strictObject({
  id: Id,
  kind: ConversationStepKind,
  prompt: LocalizedLongText,
  guidance: z.optional(LocalizedLongText),
  dependsOn: z.optional(z.array(Id).check(z.maxLength(10))),
  answers: z.array(ConversationAnswer).check(z.minLength(1), z.maxLength(5)),
  allowNotes: z.optional(z.boolean()),
});
export type ConversationStep = z.infer<typeof ConversationStep>;

/** A part of the conversation with its steps in the order they are usually taken. */
export const ConversationPhase = z.strictObject({
  id: Id,
  kind: ConversationPhaseKind,
  title: LocalizedText,
  steps: z.array(ConversationStep).check(z.minLength(1), z.maxLength(50)),
});
export type ConversationPhase = z.infer<typeof ConversationPhase>;

/**
 * A conversation guide (the actioncard, *handlekort*): phases of steps that support a
 * professional in a first, careful conversation. Validation checks unique ids, that every
 * `dependsOn` points to an earlier permission step (so there are no cycles), that phases run
 * opening → exploration → closing, and that the closing phase has exactly one follow-up step and
 * one referral-offer step that nothing can skip.
 *
 * @example
 * ConversationGuide.safeParse(DEFAULT_CONVERSATION_GUIDE).success
 * //=> true
 */
export const ConversationGuide = z
  .strictObject({
    id: Id,
    version: z.int().check(z.minimum(1), z.maximum(1_000_000)),
    title: LocalizedText,
    description: LocalizedLongText,
    source: SourceReference,
    phases: z.array(ConversationPhase).check(z.minLength(1), z.maxLength(20)),
    extensions: z.optional(Extensions),
  })
  .check(
    z.superRefine((guide, ctx) =>
      reportGuideRules(guide, (code, path, params) => {
        ctx.issues.push({ code: 'custom', params: { ...params, code }, path, input: guide });
      }),
    ),
  );
export type ConversationGuide = z.infer<typeof ConversationGuide>;
