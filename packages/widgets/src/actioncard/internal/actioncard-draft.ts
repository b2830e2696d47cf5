import { createIssue, fail, ok, parseConversationSession } from '@samspil/core';
import type { ConversationSession, LocaleOptions, Result } from '@samspil/core';

/** What the actioncard keeps while a conversation goes on: the session and the text typed but not yet recorded. */
export interface ActioncardDraft {
  readonly session: ConversationSession | null;
  readonly typing: ActioncardTyping;
}

/** Text in the card's fields that no answer has recorded yet. */
export interface ActioncardTyping {
  readonly note: string;
  readonly followUp: string;
  readonly referralSector: string;
  readonly referralDescription: string;
  readonly stopReason: string;
}

const TYPING_KEYS = ['note', 'followUp', 'referralSector', 'referralDescription', 'stopReason'] as const;
const MAX_TYPED = 20_000;

/**
 * Reads a stored actioncard draft: the session through core's own parser, the typed text as
 * strings of at most 20,000 characters. Anything else is refused, never half-applied.
 *
 * @example
 * parseActioncardDraft({ session: null, typing: { note: 'Vil gerne tale om skolen', followUp: '', referralSector: '', referralDescription: '', stopReason: '' } }).ok
 * //=> true
 */
export function parseActioncardDraft(value: unknown, options: LocaleOptions): Result<ActioncardDraft> {
  if (value === null || typeof value !== 'object') return fail([createIssue('invalid_type', ['draft'], undefined, options)]);
  const { session, typing } = value as { session?: unknown; typing?: unknown };
  let parsedSession: ConversationSession | null = null;
  if (session !== null && session !== undefined) {
    const parsed = parseConversationSession(session, options);
    if (!parsed.ok) return fail(parsed.issues.map((found) => ({ ...found, path: ['session', ...found.path] })));
    parsedSession = parsed.value;
  }
  const texts: Record<string, string> = {};
  const source = typing !== null && typeof typing === 'object' ? (typing as Record<string, unknown>) : {};
  for (const key of TYPING_KEYS) {
    const text = source[key] ?? '';
    if (typeof text !== 'string' || text.length > MAX_TYPED) return fail([createIssue('invalid_type', ['typing', key], undefined, options)]);
    texts[key] = text;
  }
  return ok({ session: parsedSession, typing: texts as unknown as ActioncardTyping });
}
