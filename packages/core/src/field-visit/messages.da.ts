import type { MessageCatalogue } from '../i18n/message-template.js';
import { sectionLabel } from './internal/section-label.js';

/** Danish messages for issues about field visits. Codes are prefixed with the concept. */
export const fieldVisitMessagesDa = {
  field_visit_time_invalid: 'Skriv et klokkeslæt som TT:MM, fx 09:30.',
  field_visit_agreement_owner: 'En aftale skal have præcis én ansvarlig: en aktør eller et familiemedlem.',
  field_visit_agreement_due_before_visit: 'Fristen {dueDate} ligger før besøget den {date}.',
  field_visit_follow_up_before_visit: 'Opfølgningen ligger før besøget.',
  field_visit_section_not_declinable: (p) => `Afsnittet "${sectionLabel(p.section, 'da')}" kan ikke fravælges; det beskriver besøget, ikke familien.`,
  field_visit_no_member_present: 'Skriv hvem fra familien der var til stede ved hjemmebesøget.',
  field_visit_section_incomplete: (p) =>
    `Afsnittet "${sectionLabel(p.section, 'da')}" er tomt. Udfyld det, eller markér at familien ikke ønskede at tale om det.`,
  field_visit_already_submitted: 'Besøget er allerede indsendt.',
  field_visit_date_in_future: 'Besøgsdatoen {date} ligger efter i dag.',
  field_visit_member_not_in_family: 'Personen "{id}" hører ikke til familien.',
  field_visit_family_mismatch: 'Familien "{familyId}" er ikke den familie, besøget handler om.',
  field_visit_attention_point_unknown: 'Opmærksomhedspunktet "{code}" findes ikke i kataloget.',
  field_visit_interpreter_missing: 'Et familiemedlem ({personId}) har brug for tolk på {language}, men der er ikke skrevet en tolk på besøget.',
  field_visit_interpreter_language_mismatch:
    'Et familiemedlem ({personId}) har brug for tolk på {language}, men tolken talte {interpreterLanguage}.',
  field_visit_time_zone_unknown: 'Tidszonen "{timeZone}" kendes ikke.',
} satisfies MessageCatalogue;
