import * as z from '../common/schema/index.js';
import { issuesUnder } from '../common/internal/issues-under.js';
import { parseInput } from '../common/parse-input.js';
import { Id, IsoDate } from '../common/schemas.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import type { Issue } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { ConversationAnswer, type ConversationStep } from './conversation-guide.schema.js';
import {
  type ConversationClosing,
  ConversationNote,
  ConversationReferralTarget,
  type ConversationSession,
} from './conversation-session.schema.js';
import { guarded } from './internal/guard.js';
import { loadSessionAndGuide, readNow } from './internal/load.js';
import { stepStates } from './internal/step-states.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { conversationGuideMessagesDa } from './messages.da.js';

learnMessages(conversationGuideMessagesDa);

const AnswerStepInput = z.strictObject({
  stepId: Id,
  answer: ConversationAnswer,
  note: z.optional(ConversationNote),
  followUpDate: z.optional(IsoDate),
  referralTo: z.optional(ConversationReferralTarget),
  now: z.optional(z.unknown()),
});
type AnswerStepInput = z.infer<typeof AnswerStepInput>;

const MAX_ANSWERS = 2_000;

/** Options for {@link answerStep}. */
export type AnswerStepOptions = LocaleOptions;

/**
 * Records an answer to one step and returns the updated session. A `no` or `declined` on a
 * permission step skips every step that depends on it, directly or through other permissions;
 * `not-now` leaves the step, and whatever depends on it, waiting for another time. A step that is
 * skipped, waiting for a permission, or already answered cannot be answered. On the closing steps
 * the answer also fills in the closing record: `yes` on the follow-up step agrees a follow-up
 * (with `followUpDate` if one is set), and any final answer on the referral step records that a
 * referral was offered (`yes` accepted, `no`/`declined` not wanted, `answered` left open).
 *
 * @example
 * answerStep(session, DEFAULT_CONVERSATION_GUIDE, { stepId: 'flight.permission', answer: 'no', now: '2026-03-02T10:20:00+01:00' })
 * //=> { ok: true, value: { ...session, answers: [...session.answers, { stepId: 'flight.permission', answer: 'no', at: '2026-03-02T09:20:00.000Z' }] } }
 */
export function answerStep(
  session: unknown,
  guide: unknown,
  input: unknown,
  options: AnswerStepOptions = {},
): Result<ConversationSession> {
  return guarded(options, () => {
    const loaded = loadSessionAndGuide(session, guide, options);
    const command = parseInput(AnswerStepInput, input, options);
    if (!loaded.ok || !command.ok) return fail([...issuesUnder(loaded, []), ...issuesUnder(command, [])]);
    const { session: current, guide: currentGuide } = loaded.value;
    const { stepId, answer, note } = command.value;

    if (current.status !== 'in-progress') {
      return fail([createIssue('conversation_session_not_in_progress', ['session', 'status'], { status: current.status }, options)]);
    }
    const now = readNow(command.value.now, current, options);
    if (!now.ok) return now;

    const entry = stepStates(currentGuide, current).find((candidate) => candidate.step.id === stepId);
    if (entry === undefined) return fail([createIssue('unknown_reference', ['stepId'], { id: stepId }, options)]);
    const { step, state } = entry;
    if (state.status === 'skipped') {
      const params = { stepId, permissionStepId: state.permissionStepId };
      return fail([createIssue('conversation_session_step_skipped', ['stepId'], params, options)]);
    }
    if (state.status === 'waiting') {
      const params = { stepId, permissionStepId: state.permissionStepId };
      return fail([createIssue('conversation_session_step_blocked', ['stepId'], params, options)]);
    }
    if (state.status === 'done') {
      return fail([createIssue('conversation_session_step_already_answered', ['stepId'], { stepId }, options)]);
    }

    const issues: Issue[] = [];
    if (!step.answers.includes(answer)) {
      issues.push(createIssue('conversation_session_answer_not_allowed', ['answer'], { answer, stepId }, options));
    }
    if (note !== undefined && step.allowNotes !== true) {
      issues.push(createIssue('conversation_session_note_not_allowed', ['note'], { stepId }, options));
    }
    issues.push(...closingDetailIssues(step, command.value, options));
    if (current.answers.length >= MAX_ANSWERS) {
      issues.push(createIssue('too_many', ['session', 'answers'], { maximum: MAX_ANSWERS }, options));
    }
    if (issues.length > 0) return fail(issues);

    return ok({
      ...current,
      answers: [...current.answers, { stepId, answer, at: now.value, ...(note === undefined ? {} : { note }) }],
      closing: nextClosing(current.closing, step, command.value),
    });
  });
}

function closingDetailIssues(step: ConversationStep, input: AnswerStepInput, options: LocaleOptions): Issue[] {
  const issues: Issue[] = [];
  if (input.followUpDate !== undefined && !(step.kind === 'closing-follow-up' && input.answer === 'yes')) {
    issues.push(createIssue('conversation_session_closing_detail_misplaced', ['followUpDate'], { field: 'followUpDate' }, options));
  }
  if (input.referralTo !== undefined && !(step.kind === 'closing-referral' && input.answer !== 'not-now')) {
    issues.push(createIssue('conversation_session_closing_detail_misplaced', ['referralTo'], { field: 'referralTo' }, options));
  }
  return issues;
}

function nextClosing(closing: ConversationClosing, step: ConversationStep, input: AnswerStepInput): ConversationClosing {
  const { answer } = input;
  if (answer === 'not-now') return closing;
  if (step.kind === 'closing-follow-up') {
    if (answer === 'answered') return closing;
    const agreed = answer === 'yes';
    return {
      ...closing,
      followUpAgreed: agreed,
      ...(agreed && input.followUpDate !== undefined ? { followUpDate: input.followUpDate } : {}),
    };
  }
  if (step.kind === 'closing-referral') {
    const accepted = answer === 'yes' ? true : answer === 'no' || answer === 'declined' ? false : undefined;
    return {
      ...closing,
      referralOffered: true,
      ...(accepted === undefined ? {} : { referralAccepted: accepted }),
      ...(input.referralTo === undefined ? {} : { referralTo: input.referralTo }),
    };
  }
  return closing;
}
