import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about disclosures. Codes are prefixed with the concept. */
export const disclosureMessagesDa = {
  disclosure_no_basis: 'Der er intet grundlag for at videregive denne oplysning.',
  disclosure_unknown_actor: 'Aktøren "{id}" kendes ikke.',
  disclosure_unknown_subject: 'Personen "{id}" er ikke med i familien.',
  disclosure_family_mismatch: 'Forespørgslen gælder en anden familie end de oplysninger, der er givet.',
  disclosure_consent_withdrawn: 'Samtykket er trukket tilbage og kan ikke længere bruges.',
  disclosure_consent_expired: 'Samtykkets periode er udløbet.',
  disclosure_consent_not_yet_valid: 'Samtykket gælder endnu ikke.',
  disclosure_consent_refused: 'Der er sagt nej til samtykket.',
  disclosure_consent_incomplete: 'Samtykket mangler fra en eller flere, der skal give det.',
  disclosure_purpose_excluded: 'Samtykket må ikke bruges til dette formål.',
  disclosure_purpose_not_consented: 'Samtykket nævner ikke dette formål.',
  disclosure_necessity_required: 'Lovhjemlen kræver en begrundelse for, at videregivelsen er nødvendig.',
  disclosure_age_outside_basis: 'Det er ikke sikkert, at personens alder ligger inden for lovhjemlens aldersgrænser.',
  disclosure_consent_family_mismatch: 'Samtykket hører til en anden familie end den, der er givet.',
  disclosure_prepared_options: 'Regler og lovhjemler skal gives, når oplysningerne forberedes, ikke ved hver afgørelse.',
} satisfies MessageCatalogue;
