import type { IssueCode } from '../../i18n/issue-code.js';
import type { ConversationSession } from '../conversation-session.schema.js';
import { repeatedIds } from '../../common/internal/repeated-ids.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { conversationGuideMessagesDa } from '../messages.da.js';

learnMessages(conversationGuideMessagesDa);

type Report = (code: IssueCode, path: (string | number)[], params?: Record<string, string | number>) => void;

const instant = (iso: string): number => new Date(iso).getTime();

/**
 * Consistency rules for a stored session: the status agrees with the end markers and pauses,
 * times run forwards, and closing details only appear with what they qualify.
 */
export function reportSessionRules(session: ConversationSession, report: Report): void {
  const inconsistent = (field: string, path: (string | number)[] = [field]) =>
    report('conversation_session_inconsistent', path, { field });

  for (const { index, id } of repeatedIds(session.personIds)) report('duplicate_id', ['personIds', index], { id });

  if ((session.status === 'stopped') !== (session.stoppedAt !== undefined)) inconsistent('stoppedAt');
  if (session.stopReason !== undefined && session.status !== 'stopped') inconsistent('stopReason');
  if ((session.status === 'completed') !== (session.completedAt !== undefined)) inconsistent('completedAt');

  const start = instant(session.startedAt);
  session.answers.forEach((answer, index) => {
    if (instant(answer.at) < start) report('conversation_session_time_order', ['answers', index, 'at']);
  });

  const pauses = session.pauses;
  let previousEnd = start;
  pauses.forEach((pause, index) => {
    const at = instant(pause.at);
    if (at < previousEnd) report('conversation_session_time_order', ['pauses', index, 'at']);
    if (pause.resumedAt === undefined) {
      const stillPaused = index === pauses.length - 1 && (session.status === 'paused' || session.status === 'stopped');
      if (!stillPaused) inconsistent('resumedAt', ['pauses', index, 'resumedAt']);
      previousEnd = at;
    } else {
      previousEnd = instant(pause.resumedAt);
      if (previousEnd < at) report('conversation_session_time_order', ['pauses', index, 'resumedAt']);
    }
  });
  const lastPause = pauses[pauses.length - 1];
  if (session.status === 'paused' && (lastPause === undefined || lastPause.resumedAt !== undefined)) inconsistent('pauses');

  for (const field of ['stoppedAt', 'completedAt'] as const) {
    const end = session[field];
    if (end !== undefined && instant(end) < start) report('conversation_session_time_order', [field]);
  }

  const closing = session.closing;
  if (closing.followUpDate !== undefined && closing.followUpAgreed !== true) inconsistent('followUpDate', ['closing', 'followUpDate']);
  if (!closing.referralOffered && (closing.referralAccepted !== undefined || closing.referralTo !== undefined)) {
    inconsistent('referralOffered', ['closing', 'referralOffered']);
  }
}
