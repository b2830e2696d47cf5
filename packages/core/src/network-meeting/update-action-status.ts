import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import { Id } from '../common/schemas.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { AgreementActionStatus, type NetworkMeeting } from './network-meeting.schema.js';
import { parseNetworkMeeting } from './parse-network-meeting.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { networkMeetingMessagesDa } from './messages.da.js';

learnMessages(networkMeetingMessagesDa);

/** Which action changes status, and to what. */
export const AgreementActionStatusChange = z.strictObject({
  actionId: Id,
  status: AgreementActionStatus,
});
export type AgreementActionStatusChange = z.infer<typeof AgreementActionStatusChange>;

/** Options for {@link updateActionStatus}. */
export type UpdateActionStatusOptions = LocaleOptions;

/**
 * Sets the status of one action on a meeting's agreement form, found by id across all agreements.
 * Answers a new meeting; the input is untouched.
 *
 * @example
 * updateActionStatus(meeting, { actionId: 'x1', status: 'done' }).value.agreements[0].actions[0].status
 * //=> 'done'
 */
export function updateActionStatus(
  meeting: unknown,
  change: unknown,
  options: UpdateActionStatusOptions = {},
): Result<NetworkMeeting> {
  const parsedMeeting = parseNetworkMeeting(meeting, options);
  if (!parsedMeeting.ok) return parsedMeeting;
  const parsedChange = parseInput(AgreementActionStatusChange, change, options);
  if (!parsedChange.ok) return fail(parsedChange.issues.map((issue) => ({ ...issue, path: ['change', ...issue.path] })));
  const { actionId, status } = parsedChange.value;
  const found = parsedMeeting.value.agreements.some((agreement) => agreement.actions.some((action) => action.id === actionId));
  if (!found) return fail([createIssue('network_meeting_action_not_found', ['change', 'actionId'], { id: actionId }, options)]);
  return ok({
    ...parsedMeeting.value,
    agreements: parsedMeeting.value.agreements.map((agreement) => ({
      ...agreement,
      actions: agreement.actions.map((action) => (action.id === actionId ? { ...action, status } : action)),
    })),
  });
}
