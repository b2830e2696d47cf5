import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Result } from '../result/result.js';
import { ConversationSession } from './conversation-session.schema.js';
import { guarded } from './internal/guard.js';

/** Options for {@link parseConversationSession}. */
export type ParseConversationSessionOptions = LocaleOptions;

/**
 * Validates a stored conversation record, for example one read back from a portal's store: its
 * shape, that its status agrees with its pauses and end time, and that its times run forwards.
 *
 * @example
 * parseConversationSession({ id: 's1' }).ok
 * //=> false
 */
export function parseConversationSession(
  input: unknown,
  options: ParseConversationSessionOptions = {},
): Result<ConversationSession> {
  return guarded(options, () => parseInput(ConversationSession, input, options));
}
