import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about conversation guides. Codes are prefixed with the concept. */
export const conversationGuideMessagesDa = {
  conversation_guide_dependency_not_permission: 'Trinnet "{stepId}" kan kun afhænge af et tilladelsestrin, men "{dependsOn}" er ikke et.',
  conversation_guide_dependency_order: 'Tilladelsestrinnet "{dependsOn}" skal komme før trinnet "{stepId}", som afhænger af det.',
  conversation_guide_dependency_cycle: 'Trinnet "{stepId}" afhænger (via andre trin) af sig selv.',
  conversation_guide_phase_order: 'Faserne skal stå i rækkefølgen indledning, udforskning, afrunding.',
  conversation_guide_closing_last: 'Guiden skal slutte med præcis én afrundingsfase.',
  conversation_guide_closing_step_missing: 'Afrundingsfasen mangler et trin af typen "{kind}".',
  conversation_guide_closing_step_repeated: 'Afrundingsfasen må kun have ét trin af typen "{kind}".',
  conversation_guide_closing_step_misplaced: 'Trin af typen "{kind}" hører hjemme i afrundingsfasen.',
  conversation_guide_closing_step_conditional: 'Trinnet "{stepId}" hører til afrundingen og må ikke afhænge af en tilladelse.',
  conversation_guide_answer_repeated: 'Svaret "{answer}" står mere end én gang.',
  conversation_guide_permission_answers: 'Et tilladelsestrin skal kunne besvares med "ja" og "nej" og kan ikke besvares med "besvaret".',
  conversation_guide_decline_missing: 'Personen skal altid kunne sige fra: tilføj svaret "declined" til trinnet "{stepId}".',
  conversation_guide_no_final_answer: 'Trinnet "{stepId}" skal kunne besvares med andet end "ikke nu".',
  conversation_guide_duplicate: 'Samtaleguiden "{id}" version {version} findes allerede.',
  conversation_session_inconsistent: 'Samtalens oplysninger hænger ikke sammen ({field}).',
  conversation_session_guide_mismatch: 'Samtalen hører til guiden "{sessionGuideId}" version {sessionGuideVersion}, ikke "{guideId}" version {guideVersion}.',
  conversation_session_not_in_progress: (p) =>
    p.status === 'paused'
      ? 'Samtalen er sat på pause. Genoptag den, før der registreres svar.'
      : 'Samtalen er ikke i gang, så der kan ikke registreres mere i den.',
  conversation_session_closed: 'Samtalen er afsluttet eller stoppet og kan ikke ændres.',
  conversation_session_not_paused: 'Samtalen er ikke sat på pause.',
  conversation_session_time_order: 'Tidspunktet ligger før det, der allerede er registreret i samtalen.',
  conversation_session_step_skipped: 'Trinnet "{stepId}" springes over, fordi der blev sagt nej ved "{permissionStepId}".',
  conversation_session_step_blocked: 'Trinnet "{stepId}" venter på et ja ved "{permissionStepId}".',
  conversation_session_step_already_answered: 'Trinnet "{stepId}" er allerede besvaret.',
  conversation_session_answer_not_allowed: 'Svaret "{answer}" kan ikke bruges ved trinnet "{stepId}".',
  conversation_session_note_not_allowed: 'Der kan ikke skrives noter ved trinnet "{stepId}".',
  conversation_session_closing_detail_misplaced: '"{field}" kan kun registreres ved det afrundende trin, der handler om det, og kun med et passende svar.',
  conversation_session_closing_incomplete: 'Samtalen kan først afsluttes, når trinnet "{stepId}" er besvaret.',
} satisfies MessageCatalogue;
