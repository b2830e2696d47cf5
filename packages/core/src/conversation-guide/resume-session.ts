import * as z from 'zod/mini';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ConversationSession } from './conversation-session.schema.js';
import { guarded, issuesUnder } from './internal/guard.js';
import { loadSession, readNow } from './internal/load.js';

const ResumeSessionInput = z.strictObject({ now: z.optional(z.unknown()) });

/** Options for {@link resumeSession}. */
export type ResumeSessionOptions = LocaleOptions;

/**
 * Takes up a paused conversation again and records when the pause ended.
 *
 * @example
 * resumeSession(pausedSession, { now: '2026-03-02T10:40:00+01:00' }).value.status
 * //=> 'in-progress'
 */
export function resumeSession(session: unknown, input: unknown, options: ResumeSessionOptions = {}): Result<ConversationSession> {
  return guarded(options, () => {
    const loaded = loadSession(session, options);
    const command = parseInput(ResumeSessionInput, input, options);
    if (!loaded.ok || !command.ok) return fail([...issuesUnder(loaded, []), ...issuesUnder(command, [])]);
    const current = loaded.value;
    if (current.status === 'stopped' || current.status === 'completed') {
      return fail([createIssue('conversation_session_closed', ['session', 'status'], { status: current.status }, options)]);
    }
    if (current.status !== 'paused') {
      return fail([createIssue('conversation_session_not_paused', ['session', 'status'], { status: current.status }, options)]);
    }
    const now = readNow(command.value.now, current, options);
    if (!now.ok) return now;
    const pauses = current.pauses.map((pause, index) =>
      index === current.pauses.length - 1 ? { ...pause, resumedAt: now.value } : pause,
    );
    return ok({ ...current, status: 'in-progress', pauses });
  });
}
