import type { MessageTemplate } from '../i18n/message-template.js';
import type { consentMessagesDa } from './messages.da.js';

/** English messages for issues about consents. */
export const consentMessagesEn = {
  consent_reference_required: 'Give a reference: the document number for written consent, the consent id for digital consent.',
  consent_response_not_grantor: 'The person "{id}" is not among those whose consent is asked for.',
  consent_withdrawal_not_grantor: 'Only someone who gave the consent, or the person the information is about, can withdraw it.',
  consent_exclusion_conflict: 'The purpose "{id}" is both allowed and excluded.',
  consent_already_withdrawn: 'The consent has already been withdrawn. Record a new consent instead.',
  consent_invalid_time_zone: 'The time zone "{timeZone}" is not known.',
  consent_age_order: 'The age of self-consent cannot be above the age of majority.',
  consent_not_yet_valid: 'The consent is not in force yet.',
  consent_expired: 'The consent period has ended.',
  consent_withdrawn: 'The consent has been withdrawn.',
  consent_refused: 'At least one person has refused consent.',
  consent_missing_grantors: 'Not everyone whose consent is needed has given it yet.',
  consent_subject_not_in_family: 'The consent is about a person who is not in the family.',
  consent_family_mismatch: 'The consent belongs to another family.',
  consent_no_custody_holder: 'No custody holder is recorded for the child, so it cannot be decided whose consent is needed.',
  consent_recipient_not_covered: 'The recipient is not named in the consent.',
  consent_purpose_not_covered: 'The purpose is not named in the consent.',
  consent_purpose_excluded: 'The consent explicitly may not be used for this purpose.',
  consent_category_not_covered: 'The consent does not cover every requested kind of information.',
  consent_subject_not_covered: 'The consent does not cover every person the information is about.',
} satisfies Record<keyof typeof consentMessagesDa, MessageTemplate>;
