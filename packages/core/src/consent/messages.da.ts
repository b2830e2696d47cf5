import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about consents. Codes are prefixed with the concept. */
export const consentMessagesDa = {
  consent_reference_required: 'Angiv en reference: dokumentets nummer ved skriftligt samtykke, samtykkets id ved digitalt samtykke.',
  consent_response_not_grantor: 'Personen "{id}" står ikke på listen over dem, der skal give samtykke.',
  consent_withdrawal_not_grantor: 'Samtykket kan kun trækkes tilbage af en af dem, der gav det, eller af den, oplysningerne handler om.',
  consent_exclusion_conflict: 'Formålet "{id}" står både som tilladt og som udelukket.',
  consent_already_withdrawn: 'Samtykket er allerede trukket tilbage. Registrér et nyt samtykke i stedet.',
  consent_invalid_time_zone: 'Tidszonen "{timeZone}" kendes ikke.',
  consent_age_order: 'Alderen for eget samtykke kan ikke være højere end myndighedsalderen.',
  consent_not_yet_valid: 'Samtykket gælder endnu ikke.',
  consent_expired: 'Samtykkets periode er udløbet.',
  consent_withdrawn: 'Samtykket er trukket tilbage.',
  consent_refused: 'Mindst én person har sagt nej til samtykket.',
  consent_missing_grantors: 'Ikke alle, der skal give samtykke, har givet det endnu.',
  consent_subject_not_in_family: 'Samtykket handler om en person, som ikke er med i familien.',
  consent_family_mismatch: 'Samtykket hører til en anden familie.',
  consent_no_custody_holder: 'Der er ikke registreret nogen med forældremyndighed for barnet, så det kan ikke afgøres, hvem der skal give samtykke.',
  consent_recipient_not_covered: 'Modtageren er ikke nævnt i samtykket.',
  consent_purpose_not_covered: 'Formålet er ikke nævnt i samtykket.',
  consent_purpose_excluded: 'Samtykket må udtrykkeligt ikke bruges til dette formål.',
  consent_category_not_covered: 'Samtykket dækker ikke alle de ønskede typer af oplysninger.',
  consent_subject_not_covered: 'Samtykket dækker ikke alle de personer, oplysningerne handler om.',
} satisfies MessageCatalogue;
