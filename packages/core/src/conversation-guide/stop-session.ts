import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { ConversationNote, type ConversationSession } from './conversation-session.schema.js';
import { guarded } from './internal/guard.js';
import { loadSession } from './internal/load.js';
import { openSessionCommand } from './internal/open-session-command.js';

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
    const opened = openSessionCommand(loadSession(session, options), parseInput(StopSessionInput, input, options), options);
    if (!opened.ok) return opened;
    const { current, now, command } = opened.value;
    const { reason } = command;
    return ok({ ...current, status: 'stopped', stoppedAt: now, ...(reason === undefined ? {} : { stopReason: reason }) });
  });
}
