import { issuesUnder } from '../../common/internal/issues-under.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import type { ConversationSession } from '../conversation-session.schema.js';
import { readNow } from './load.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { conversationGuideMessagesDa } from '../messages.da.js';

learnMessages(conversationGuideMessagesDa);

/** The status a command needs beyond "not closed", and the issue that says it is not so. */
const REQUIRED_STATUS = {
  'in-progress': 'conversation_session_not_in_progress',
  paused: 'conversation_session_not_paused',
} as const;

/** What every status change opens with: the loaded session (or session and guide), the parsed command and its `now`. */
export interface OpenSessionCommand<L, C> {
  readonly loaded: L;
  readonly current: ConversationSession;
  readonly command: C;
  readonly now: string;
}

/**
 * The shared opening of pause, resume, stop and complete: the loaded session (and guide) and the
 * command are reported together; a completed or stopped conversation refuses any change; a
 * command that needs a particular status says so next; only then is `now` read (it may not lie
 * before what the session records). The order of these checks is what callers have always seen.
 */
export function openSessionCommand<L extends ConversationSession | { readonly session: ConversationSession }, C extends { readonly now?: unknown }>(
  loaded: Result<L>,
  command: Result<C>,
  options: LocaleOptions,
  requiredStatus?: keyof typeof REQUIRED_STATUS,
): Result<OpenSessionCommand<L, C>> {
  if (!loaded.ok || !command.ok) return fail([...issuesUnder(loaded, []), ...issuesUnder(command, [])]);
  const value: ConversationSession | { readonly session: ConversationSession } = loaded.value;
  const current = 'session' in value ? value.session : value;
  if (current.status === 'stopped' || current.status === 'completed') {
    return fail([createIssue('conversation_session_closed', ['session', 'status'], { status: current.status }, options)]);
  }
  if (requiredStatus !== undefined && current.status !== requiredStatus) {
    return fail([createIssue(REQUIRED_STATUS[requiredStatus], ['session', 'status'], { status: current.status }, options)]);
  }
  const now = readNow(command.value.now, current, options);
  if (!now.ok) return now;
  return ok({ loaded: loaded.value, current, command: command.value, now: now.value });
}
