import type { MessageTemplate } from '../i18n/message-template.js';
import type { familyMessagesDa } from './messages.da.js';

/** English messages for issues about families and their members. */
export const familyMessagesEn = {
  family_birth_missing: 'Give a date of birth, or at least a year of birth.',
  family_birth_mismatch: 'The year of birth does not match the date of birth.',
  family_birth_date_range: 'The date of birth must fall between the years {minimum} and {maximum}.',
  family_cpr_format: 'Write the CPR number as DDMMYY-XXXX or DDMMYYXXXX.',
  family_cpr_date: 'The CPR number does not contain a date that exists.',
  family_cpr_birth_mismatch: 'The CPR number does not match the given date or year of birth.',
  family_custody_not_child: 'Custody is recorded on children only.',
  family_unaccompanied_not_child: 'Only a child can be recorded as an unaccompanied minor.',
  family_unknown_custody_holder: 'The custody holder "{id}" is not a member of the family.',
  family_custody_holder_is_child: '"{id}" is recorded as a child and cannot hold custody.',
  family_born_after_now: 'The date of birth is after the given time.',
  family_invalid_time_zone: 'The time zone is not known.',
  family_not_a_child: '"{id}" is not recorded as a child in the family.',
} satisfies Record<keyof typeof familyMessagesDa, MessageTemplate>;
