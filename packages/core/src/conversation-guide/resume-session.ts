import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ConversationSession } from './conversation-session.schema.js';
import { guarded } from './internal/guard.js';
import { loadSession } from './internal/load.js';
import { openSessionCommand } from './internal/open-session-command.js';

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
    const opened = openSessionCommand(loadSession(session, options), parseInput(ResumeSessionInput, input, options), options, 'paused');
    if (!opened.ok) return opened;
    const { current, now } = opened.value;
    const pauses = current.pauses.map((pause, index) => (index === current.pauses.length - 1 ? { ...pause, resumedAt: now } : pause));
    return ok({ ...current, status: 'in-progress', pauses });
  });
}
