import { issuesUnder } from '../../common/internal/issues-under.js';
import { parseInput } from '../../common/parse-input.js';
import { toInstant } from '../../common/to-instant.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { ConversationGuide } from '../conversation-guide.schema.js';
import { ConversationSession } from '../conversation-session.schema.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { conversationGuideMessagesDa } from '../messages.da.js';

learnMessages(conversationGuideMessagesDa);

const instant = (iso: string): number => new Date(iso).getTime();

/** Validates a session argument; issues carry a `session` path prefix. */
export function loadSession(sessionInput: unknown, options: LocaleOptions): Result<ConversationSession> {
  const session = parseInput(ConversationSession, sessionInput, options);
  return session.ok ? session : fail(issuesUnder(session, ['session']));
}

/**
 * Validates a session and the guide it was held with, and checks they belong together (same
 * guide id and version). Issues carry `session`/`guide` path prefixes.
 */
export function loadSessionAndGuide(
  sessionInput: unknown,
  guideInput: unknown,
  options: LocaleOptions,
): Result<{ session: ConversationSession; guide: ConversationGuide }> {
  const session = loadSession(sessionInput, options);
  const guide = parseInput(ConversationGuide, guideInput, options);
  if (!session.ok || !guide.ok) return fail([...issuesUnder(session, []), ...issuesUnder(guide, ['guide'])]);
  if (guide.value.id !== session.value.guideId || guide.value.version !== session.value.guideVersion) {
    const params = {
      sessionGuideId: session.value.guideId,
      sessionGuideVersion: session.value.guideVersion,
      guideId: guide.value.id,
      guideVersion: guide.value.version,
    };
    return fail([createIssue('conversation_session_guide_mismatch', ['guide', 'id'], params, options)]);
  }
  return ok({ session: session.value, guide: guide.value });
}

/** The latest moment the session already records. */
export function latestInstant(session: ConversationSession): number {
  const times = [
    session.startedAt,
    ...session.answers.map((answer) => answer.at),
    ...session.pauses.flatMap((pause) => (pause.resumedAt === undefined ? [pause.at] : [pause.at, pause.resumedAt])),
    ...(session.stoppedAt === undefined ? [] : [session.stoppedAt]),
    ...(session.completedAt === undefined ? [] : [session.completedAt]),
  ];
  return times.reduce((latest, iso) => Math.max(latest, instant(iso)), Number.NEGATIVE_INFINITY);
}

/**
 * Reads `now` as an ISO instant a record can hold (years 0000–9999), optionally checking it does
 * not lie before what the session already records.
 */
export function readNow(now: unknown, session: ConversationSession | undefined, options: LocaleOptions): Result<string> {
  const date = toInstant(now, options);
  if (!date.ok) return date;
  const iso = date.value.toISOString();
  if (!/^\d{4}-/.test(iso)) return fail([createIssue('invalid_now', ['now'], undefined, options)]);
  if (session !== undefined && date.value.getTime() < latestInstant(session)) {
    return fail([createIssue('conversation_session_time_order', ['now'], undefined, options)]);
  }
  return ok(iso);
}
