import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { ConsentCoverageQuery } from './consent-coverage.schema.js';
import { Consent } from './consent.schema.js';
import type { DataCategory } from './data-category.js';
import { parseUnder } from './internal/parse-under.js';
import { profileOfActor, recipientMatches, type RecipientProfile } from './internal/recipient-profile.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { consentMessagesDa } from './messages.da.js';

learnMessages(consentMessagesDa);

/** Options for `consentCovers`: only the language of issues. */
export type ConsentCoversOptions = LocaleOptions;

/** What a consent's wording leaves out: one code per gap, each with a message in core's catalogues. */
export type ConsentCoverageReason =
  | 'consent_recipient_not_covered'
  | 'consent_purpose_excluded'
  | 'consent_purpose_not_covered'
  | 'consent_category_not_covered'
  | 'consent_subject_not_covered';

/** Whether a consent's wording covers a disclosure, and what falls outside it. */
export interface ConsentCoverage {
  readonly covers: boolean;
  readonly reasons: readonly ConsentCoverageReason[];
  readonly uncoveredCategories: readonly DataCategory[];
  readonly uncoveredSubjects: readonly string[];
}

/**
 * Checks whether a consent's wording covers a disclosure: it names the recipient (directly or
 * by organisation, authority or sector), names the purpose without excluding it, and covers every
 * category and every person asked about. It says nothing about time, answers or withdrawal: use
 * `checkConsentValidity` for that (the disclosure gate checks both).
 *
 * @example
 * consentCovers(consent, { recipient: { actorId: 'school-teacher' }, purpose: 'schooling-daycare', categories: ['health'], subjects: ['child-1'] })
 * //=> { ok: true, value: { covers: false, reasons: ['consent_category_not_covered'], uncoveredCategories: ['health'], uncoveredSubjects: [] } }
 */
export function consentCovers(consent: unknown, query: unknown, options: ConsentCoversOptions = {}): Result<ConsentCoverage> {
  const parsedConsent = parseUnder(Consent, consent, 'consent', options);
  if (!parsedConsent.ok) return parsedConsent;
  const parsedQuery = parseUnder(ConsentCoverageQuery, query, 'query', options);
  if (!parsedQuery.ok) return parsedQuery;
  const record = parsedConsent.value;
  const { recipient, purpose, categories, subjects } = parsedQuery.value;
  const profile: RecipientProfile = 'actorId' in recipient ? recipient : profileOfActor(recipient);
  const reasons: ConsentCoverageReason[] = [];
  if (!record.recipients.some((entry) => recipientMatches(entry, profile))) reasons.push('consent_recipient_not_covered');
  if ((record.exclusions ?? []).some((exclusion) => exclusion.kind === 'purpose' && exclusion.purposeId === purpose)) reasons.push('consent_purpose_excluded');
  else if (!record.purposes.some((entry) => entry.id === purpose)) reasons.push('consent_purpose_not_covered');
  const uncoveredCategories = [...new Set(categories)].filter((category) => !record.categories.includes(category));
  if (uncoveredCategories.length > 0) reasons.push('consent_category_not_covered');
  const uncoveredSubjects = [...new Set(subjects)].filter((subject) => !record.subjects.includes(subject));
  if (uncoveredSubjects.length > 0) reasons.push('consent_subject_not_covered');
  return ok({ covers: reasons.length === 0, reasons, uncoveredCategories, uncoveredSubjects });
}
