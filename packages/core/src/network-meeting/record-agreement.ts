import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import type { Result } from '../result/result.js';
import { IssueCollector } from './internal/collect.js';
import { Agreement, type NetworkMeeting } from './network-meeting.schema.js';
import { parseNetworkMeeting } from './parse-network-meeting.js';

/** Options for {@link recordAgreement}. */
export type RecordAgreementOptions = LocaleOptions;

/**
 * Records one row of the agreement form (challenge → goal → actions) on a meeting: a new id is
 * added at the end, a known id replaces that row. Answers a new meeting; the input is untouched.
 *
 * @example
 * recordAgreement(meeting, {
 *   id: 'a1', challenge: 'Søvn', goal: 'Sove hele natten',
 *   actions: [{ id: 'x1', description: 'Henvisning til egen læge', ownerActorId: 'gp', dueDate: '2026-03-01', status: 'open' }],
 * }).value.agreements.length
 * //=> 1
 */
export function recordAgreement(meeting: unknown, agreement: unknown, options: RecordAgreementOptions = {}): Result<NetworkMeeting> {
  const parsedMeeting = parseNetworkMeeting(meeting, options);
  if (!parsedMeeting.ok) return parsedMeeting;
  const parsedAgreement = parseInput(Agreement, agreement, options);
  if (!parsedAgreement.ok) return fail(parsedAgreement.issues.map((issue) => ({ ...issue, path: ['agreement', ...issue.path] })));
  const row = parsedAgreement.value;
  const existing = parsedMeeting.value.agreements.findIndex((candidate) => candidate.id === row.id);
  const agreements =
    existing === -1
      ? [...parsedMeeting.value.agreements, row]
      : parsedMeeting.value.agreements.map((candidate, index) => (index === existing ? row : candidate));

  const issues = new IssueCollector(options);
  const actionIds = new Set<string>();
  agreements.forEach((candidate, a) =>
    candidate.actions.forEach((action, i) => {
      if (actionIds.has(action.id)) issues.add('duplicate_id', ['agreements', a, 'actions', i, 'id'], { id: action.id });
      actionIds.add(action.id);
    }),
  );
  if (issues.issues.length > 0) return fail(issues.issues);
  return parseNetworkMeeting({ ...parsedMeeting.value, agreements }, options);
}
