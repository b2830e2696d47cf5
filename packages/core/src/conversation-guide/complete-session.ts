import * as z from 'zod/mini';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ConversationSession } from './conversation-session.schema.js';
import { guarded, issuesUnder } from './internal/guard.js';
import { loadSessionAndGuide, readNow } from './internal/load.js';
import { stepStates } from './internal/step-states.js';

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
    if (!loaded.ok || !command.ok) return fail([...issuesUnder(loaded, []), ...issuesUnder(command, [])]);
    const { session: current, guide: currentGuide } = loaded.value;
    if (current.status === 'stopped' || current.status === 'completed') {
      return fail([createIssue('conversation_session_closed', ['session', 'status'], { status: current.status }, options)]);
    }
    if (current.status !== 'in-progress') {
      return fail([createIssue('conversation_session_not_in_progress', ['session', 'status'], { status: current.status }, options)]);
    }
    const now = readNow(command.value.now, current, options);
    if (!now.ok) return now;
    const missing = stepStates(currentGuide, current).filter(
      ({ step, state }) => (step.kind === 'closing-follow-up' || step.kind === 'closing-referral') && state.status !== 'done',
    );
    if (missing.length > 0) {
      return fail(
        missing.map(({ step }) => createIssue('conversation_session_closing_incomplete', ['session', 'answers'], { stepId: step.id }, options)),
      );
    }
    return ok({ ...current, status: 'completed', completedAt: now.value });
  });
}
