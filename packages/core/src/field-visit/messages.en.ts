import type { MessageTemplate } from '../i18n/message-template.js';
import { sectionLabel } from './internal/section-label.js';
import type { fieldVisitMessagesDa } from './messages.da.js';

/** English messages for issues about field visits. */
export const fieldVisitMessagesEn = {
  field_visit_time_invalid: 'Write a time as HH:MM, e.g. 09:30.',
  field_visit_agreement_owner: 'An agreement needs exactly one owner: an actor or a family member.',
  field_visit_agreement_due_before_visit: 'The due date {dueDate} is before the visit on {date}.',
  field_visit_follow_up_before_visit: 'The follow-up is set before the visit.',
  field_visit_section_not_declinable: (p) => `The section "${sectionLabel(p.section, 'en')}" cannot be declined; it describes the visit, not the family.`,
  field_visit_no_member_present: 'Record who from the family was present at the home visit.',
  field_visit_section_incomplete: (p) =>
    `The section "${sectionLabel(p.section, 'en')}" is empty. Fill it in, or mark that the family did not want to talk about it.`,
  field_visit_already_submitted: 'The visit has already been submitted.',
  field_visit_date_in_future: 'The visit date {date} is after today.',
  field_visit_member_not_in_family: 'The person "{id}" does not belong to the family.',
  field_visit_family_mismatch: 'The family "{familyId}" is not the family the visit is about.',
  field_visit_attention_point_unknown: 'The attention point "{code}" is not in the catalogue.',
  field_visit_interpreter_missing: 'A family member ({personId}) needs an interpreter for {language}, but no interpreter is recorded for the visit.',
  field_visit_interpreter_language_mismatch:
    'A family member ({personId}) needs an interpreter for {language}, but the interpreter spoke {interpreterLanguage}.',
  field_visit_time_zone_unknown: 'The time zone "{timeZone}" is not known.',
} satisfies Record<keyof typeof fieldVisitMessagesDa, MessageTemplate>;
