import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Result } from '../result/result.js';
import { ConversationGuide } from './conversation-guide.schema.js';
import { guarded } from './internal/guard.js';

/** Options for {@link parseConversationGuide}. */
export type ParseConversationGuideOptions = LocaleOptions;

/**
 * Validates a conversation guide, such as one a plugin contributes, before it is used to hold a
 * conversation: its shape, unique ids, permission dependencies that point backwards, and a
 * closing phase with a follow-up and a referral-offer step.
 *
 * @example
 * parseConversationGuide({ ...DEFAULT_CONVERSATION_GUIDE, phases: [] }).ok
 * //=> false
 */
export function parseConversationGuide(input: unknown, options: ParseConversationGuideOptions = {}): Result<ConversationGuide> {
  return guarded(options, () => parseInput(ConversationGuide, input, options));
}
