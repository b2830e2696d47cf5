import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about network meetings. Codes are prefixed with the concept. */
export const networkMeetingMessagesDa = {
  network_meeting_coordinator_count: (p) =>
    p.count === 0 ? 'Mødet skal have en tovholder.' : `Mødet skal have præcis én tovholder, men har ${p.count}.`,
  network_meeting_note_taker_missing: 'Mødet skal have en referent.',
  network_meeting_citizen_missing: 'Borgeren deltager ikke. Deltag borgeren, eller skriv hvorfor borgeren ikke er med.',
  network_meeting_video_interpreting_limit:
    'Videotolkning fungerer for højst {maximum} deltagere, men mødet har {count}. Vælg fremmødetolk eller telefontolk, eller færre deltagere.',
  network_meeting_interpreter_missing: 'Et familiemedlem ({personId}) har brug for tolk på {language}, men mødet har ingen tolk.',
  network_meeting_interpreter_language_mismatch:
    'Et familiemedlem ({personId}) har brug for tolk på {language}, men tolken er bestilt på {interpreterLanguage}.',
  network_meeting_participant_reference:
    'En deltager skal henvise til enten et familiemedlem eller en aktør, som passer til rollen "{role}".',
  network_meeting_action_owner: 'En handling skal have præcis én ansvarlig: en aktør eller et familiemedlem.',
  network_meeting_agenda_over_time: 'Dagsordenen fylder {minutes} minutter, men mødet varer kun {durationMinutes} minutter.',
  network_meeting_preparation_after_meeting: 'Den forberedende samtale ligger efter mødet.',
  network_meeting_follow_up_before_meeting: 'Næste møde ligger før dette møde.',
  network_meeting_template_unknown: 'Der findes ingen mødeskabelon med id "{id}".',
  network_meeting_time_zone_unknown: 'Tidszonen "{timeZone}" kendes ikke.',
  network_meeting_time_invalid: 'Skriv et klokkeslæt som TT:MM, fx 09:30.',
  network_meeting_agreement_not_found: 'Der findes ingen aftale med id "{id}" i mødet.',
  network_meeting_action_not_found: 'Der findes ingen handling med id "{id}" i mødet.',
  network_meeting_person_not_in_family: 'Personen "{id}" hører ikke til familien.',
  network_meeting_actor_unknown: 'Aktøren "{id}" findes ikke.',
  network_meeting_family_mismatch: 'Familien "{familyId}" er ikke den familie, mødet handler om.',
} satisfies MessageCatalogue;
