import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ConversationSession } from './conversation-session.schema.js';
import { guarded } from './internal/guard.js';
import { loadSession } from './internal/load.js';
import { openSessionCommand } from './internal/open-session-command.js';

const PauseSessionInput = z.strictObject({ now: z.optional(z.unknown()) });
const MAX_PAUSES = 200;

/** Options for {@link pauseSession}. */
export type PauseSessionOptions = LocaleOptions;

/**
 * Pauses a conversation, for example when the person needs a break or becomes upset. A pause is
 * always possible until the conversation has been completed or stopped; pausing a paused
 * conversation changes nothing.
 *
 * @example
 * pauseSession(session, { now: '2026-03-02T10:25:00+01:00' }).value.status
 * //=> 'paused'
 */
export function pauseSession(session: unknown, input: unknown, options: PauseSessionOptions = {}): Result<ConversationSession> {
  return guarded(options, () => {
    const opened = openSessionCommand(loadSession(session, options), parseInput(PauseSessionInput, input, options), options);
    if (!opened.ok) return opened;
    const { current, now } = opened.value;
    if (current.status === 'paused') return ok(current);
    if (current.pauses.length >= MAX_PAUSES) {
      return fail([createIssue('too_many', ['session', 'pauses'], { maximum: MAX_PAUSES }, options)]);
    }
    return ok({ ...current, status: 'paused', pauses: [...current.pauses, { at: now }] });
  });
}
