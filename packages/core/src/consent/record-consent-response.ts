import { createIssue } from '../issues/create-issue.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import type { Result } from '../result/result.js';
import { Consent, ConsentResponse } from './consent.schema.js';
import { parseUnder } from './internal/parse-under.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { consentMessagesDa } from './messages.da.js';

learnMessages(consentMessagesDa);

/** Options for `recordConsentResponse`: only the language of issues. */
export type RecordConsentResponseOptions = LocaleOptions;

/**
 * Adds one grantor's answer to a consent and answers with a new consent (the input is left
 * untouched). A refusal is recorded like a grant. A later answer from the same person replaces
 * the earlier one from its time on; a withdrawn consent takes no more answers (record a new one).
 *
 * @example
 * recordConsentResponse(consent, { personId: 'mother', decision: 'refused', at: '2026-03-01T10:00:00+01:00', method: 'oral' })
 * //=> { ok: true, value: { ...consent, responses: [..., { personId: 'mother', decision: 'refused', ... }] } }
 */
export function recordConsentResponse(consent: unknown, response: unknown, options: RecordConsentResponseOptions = {}): Result<Consent> {
  const parsedConsent = parseUnder(Consent, consent, 'consent', options);
  if (!parsedConsent.ok) return parsedConsent;
  const parsedResponse = parseUnder(ConsentResponse, response, 'response', options);
  if (!parsedResponse.ok) return parsedResponse;
  const record = parsedConsent.value;
  const answer = parsedResponse.value;
  if (record.withdrawal !== undefined) return fail([createIssue('consent_already_withdrawn', ['consent', 'withdrawal'], undefined, options)]);
  if (!record.grantors.includes(answer.personId)) {
    return fail([createIssue('consent_response_not_grantor', ['response', 'personId'], { id: answer.personId }, options)]);
  }
  return parseUnder(Consent, { ...record, responses: [...record.responses, answer] }, 'consent', options);
}
