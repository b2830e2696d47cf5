import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ConversationSession } from './conversation-session.schema.js';
import { guarded } from './internal/guard.js';
import { loadSessionAndGuide } from './internal/load.js';
import { openSessionCommand } from './internal/open-session-command.js';
import { stepStates } from './internal/step-states.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { conversationGuideMessagesDa } from './messages.da.js';

learnMessages(conversationGuideMessagesDa);

const CompleteSessionInput = z.strictObject({ now: z.optional(z.unknown()) });

/** Options for {@link completeSession}. */
export type CompleteSessionOptions = LocaleOptions;

/**
 * Marks a conversation in progress as completed. It requires the closing to be on record: the
 * follow-up step and the referral-offer step must have a final answer. Steps left open or
 * deferred elsewhere do not block completion; they stay visible in {@link sessionProgress}.
 *
 * @example
 * completeSession(session, DEFAULT_CONVERSATION_GUIDE, { now: '2026-03-02T11:00:00+01:00' }).value.status
 * //=> 'completed'
 */
export function completeSession(
  session: unknown,
  guide: unknown,
  input: unknown,
  options: CompleteSessionOptions = {},
): Result<ConversationSession> {
  return guarded(options, () => {
    const loaded = loadSessionAndGuide(session, guide, options);
    const command = parseInput(CompleteSessionInput, input, options);
    const opened = openSessionCommand(loaded, command, options, 'in-progress');
    if (!opened.ok) return opened;
    const { current, now, loaded: { guide: currentGuide } } = opened.value;
    const missing = stepStates(currentGuide, current).filter(
      ({ step, state }) => (step.kind === 'closing-follow-up' || step.kind === 'closing-referral') && state.status !== 'done',
    );
    if (missing.length > 0) {
      return fail(
        missing.map(({ step }) => createIssue('conversation_session_closing_incomplete', ['session', 'answers'], { stepId: step.id }, options)),
      );
    }
    return ok({ ...current, status: 'completed', completedAt: now });
  });
}
