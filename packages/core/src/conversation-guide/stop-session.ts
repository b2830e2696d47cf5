import * as z from 'zod/mini';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { ConversationNote, type ConversationSession } from './conversation-session.schema.js';
import { guarded, issuesUnder } from './internal/guard.js';
import { loadSession, readNow } from './internal/load.js';

const StopSessionInput = z.strictObject({ now: z.optional(z.unknown()), reason: z.optional(ConversationNote) });

/** Options for {@link stopSession}. */
export type StopSessionOptions = LocaleOptions;

/**
 * Ends a conversation before its closing, because the person wants to stop or the professional
 * judges it best. Stopping is a respected outcome: it is possible from progress or pause, needs
 * no reason, and keeps every answer given so far. A reason, if written, is kept with the record.
 *
 * @example
 * stopSession(session, { now: '2026-03-02T10:30:00+01:00' }).value.status
 * //=> 'stopped'
 */
export function stopSession(session: unknown, input: unknown, options: StopSessionOptions = {}): Result<ConversationSession> {
  return guarded(options, () => {
    const loaded = loadSession(session, options);
    const command = parseInput(StopSessionInput, input, options);
    if (!loaded.ok || !command.ok) return fail([...issuesUnder(loaded, []), ...issuesUnder(command, [])]);
    const current = loaded.value;
    if (current.status === 'stopped' || current.status === 'completed') {
      return fail([createIssue('conversation_session_closed', ['session', 'status'], { status: current.status }, options)]);
    }
    const now = readNow(command.value.now, current, options);
    if (!now.ok) return now;
    const { reason } = command.value;
    return ok({ ...current, status: 'stopped', stoppedAt: now.value, ...(reason === undefined ? {} : { stopReason: reason }) });
  });
}
