import { createIssue } from '../issues/create-issue.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import type { Result } from '../result/result.js';
import { Consent, ConsentWithdrawal } from './consent.schema.js';
import { parseUnder } from './internal/parse-under.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { consentMessagesDa } from './messages.da.js';

learnMessages(consentMessagesDa);

/** Options for `withdrawConsent`: only the language of issues. */
export type WithdrawConsentOptions = LocaleOptions;

/**
 * Withdraws a consent and answers with a new consent (the input is left untouched). It asks for
 * no more than giving consent did: who, when and how. Any grantor, or the person the information
 * is about, may withdraw; from `at` on the disclosure gate refuses every disclosure resting on it.
 *
 * @example
 * withdrawConsent(consent, { byPersonId: 'mother', at: '2026-04-01T08:00:00+02:00', method: 'oral' })
 * //=> { ok: true, value: { ...consent, withdrawal: { byPersonId: 'mother', at: '2026-04-01T08:00:00+02:00', method: 'oral' } } }
 */
export function withdrawConsent(consent: unknown, withdrawal: unknown, options: WithdrawConsentOptions = {}): Result<Consent> {
  const parsedConsent = parseUnder(Consent, consent, 'consent', options);
  if (!parsedConsent.ok) return parsedConsent;
  const parsedWithdrawal = parseUnder(ConsentWithdrawal, withdrawal, 'withdrawal', options);
  if (!parsedWithdrawal.ok) return parsedWithdrawal;
  const record = parsedConsent.value;
  const request = parsedWithdrawal.value;
  if (record.withdrawal !== undefined) return fail([createIssue('consent_already_withdrawn', ['consent', 'withdrawal'], undefined, options)]);
  if (!record.grantors.includes(request.byPersonId) && !record.subjects.includes(request.byPersonId)) {
    return fail([createIssue('consent_withdrawal_not_grantor', ['withdrawal', 'byPersonId'], { id: request.byPersonId }, options)]);
  }
  return parseUnder(Consent, { ...record, withdrawal: request }, 'consent', options);
}
