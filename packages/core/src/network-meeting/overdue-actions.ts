import { differenceInCalendarDays, parseISO } from 'date-fns';
import { toInstant } from '../common/to-instant.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { calendarDateIn, DEFAULT_TIME_ZONE, isKnownTimeZone } from '../common/internal/time-zone.js';
import type { AgreementAction } from './network-meeting.schema.js';
import { parseNetworkMeeting } from './parse-network-meeting.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { networkMeetingMessagesDa } from './messages.da.js';

learnMessages(networkMeetingMessagesDa);

/** An action past its due date, with the agreement it belongs to. */
export interface OverdueAction {
  readonly agreementId: string;
  readonly action: AgreementAction;
  readonly daysOverdue: number;
}

/** Options for {@link overdueActions}. */
export interface OverdueActionsOptions extends LocaleOptions {
  /** The current instant (core never reads the clock). */
  readonly now: unknown;
  /** The zone whose calendar date counts as today; `Europe/Copenhagen` unless given. */
  readonly timeZone?: string;
}

/**
 * Lists the open or in-progress actions on a meeting's agreement form whose due date has passed
 * (today in the given zone is after the due date), most overdue first.
 *
 * @example
 * overdueActions(meeting, { now: '2026-03-05T09:00:00+01:00' }).value.map((item) => [item.action.id, item.daysOverdue])
 * //=> [['x1', 4]]
 */
export function overdueActions(meeting: unknown, options: OverdueActionsOptions): Result<OverdueAction[]> {
  const parsed = parseNetworkMeeting(meeting, options);
  if (!parsed.ok) return parsed;
  const now = toInstant(options?.now, options);
  if (!now.ok) return now;
  const timeZone = options?.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isKnownTimeZone(timeZone)) {
    return fail([createIssue('network_meeting_time_zone_unknown', ['options', 'timeZone'], { timeZone: String(timeZone).slice(0, 64) }, options)]);
  }
  const today = calendarDateIn(now.value, timeZone);
  if (today === undefined) return fail([createIssue('invalid_now', ['now'], undefined, options)]);
  const overdue: OverdueAction[] = [];
  for (const agreement of parsed.value.agreements) {
    for (const action of agreement.actions) {
      if (action.status !== 'open' && action.status !== 'in-progress') continue;
      const days = differenceInCalendarDays(parseISO(today), parseISO(action.dueDate));
      if (days > 0) overdue.push({ agreementId: agreement.id, action, daysOverdue: days });
    }
  }
  return ok(overdue.sort((a, b) => b.daysOverdue - a.daysOverdue));
}
