import type { MessageTemplate } from '../i18n/message-template.js';
import type { disclosureMessagesDa } from './messages.da.js';

/** English messages for issues about disclosures. */
export const disclosureMessagesEn = {
  disclosure_no_basis: 'There is no basis for disclosing this information.',
  disclosure_unknown_actor: 'The actor "{id}" is not known.',
  disclosure_unknown_subject: 'The person "{id}" is not in the family.',
  disclosure_family_mismatch: 'The request concerns another family than the facts given.',
  disclosure_consent_withdrawn: 'The consent has been withdrawn and can no longer be used.',
  disclosure_consent_expired: 'The consent period has ended.',
  disclosure_consent_not_yet_valid: 'The consent is not in force yet.',
  disclosure_consent_refused: 'Consent has been refused.',
  disclosure_consent_incomplete: 'Consent is still missing from one or more people who must give it.',
  disclosure_purpose_excluded: 'The consent may not be used for this purpose.',
  disclosure_purpose_not_consented: 'The consent does not name this purpose.',
  disclosure_necessity_required: 'The statutory basis requires a reason why the disclosure is necessary.',
  disclosure_age_outside_basis: "It is not certain that the person's age is within the statutory basis's age limits.",
  disclosure_consent_family_mismatch: 'The consent belongs to another family than the one given.',
  disclosure_prepared_options: 'Give rules and statutory bases when preparing the facts, not with each decision.',
} satisfies Record<keyof typeof disclosureMessagesDa, MessageTemplate>;
