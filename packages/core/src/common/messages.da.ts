import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues any schema can report. */
export const commonMessagesDa = {
  required: 'Feltet skal udfyldes.',
  invalid_type: 'Værdien har en forkert type (forventede {expected}).',
  too_short: (p) => (p.minimum === 1 ? 'Feltet må ikke være tomt.' : `Skriv mindst ${p.minimum} tegn.`),
  too_long: 'Skriv højst {maximum} tegn.',
  too_small: 'Værdien skal være mindst {minimum}.',
  too_big: 'Værdien må højst være {maximum}.',
  too_few: (p) => (p.minimum === 1 ? 'Der skal være mindst ét element.' : `Der skal være mindst ${p.minimum} elementer.`),
  too_many: 'Der må højst være {maximum} elementer.',
  invalid_format: 'Værdien har ikke det forventede format ({format}).',
  invalid_date: 'Skriv en gyldig dato som ÅÅÅÅ-MM-DD.',
  invalid_datetime: 'Skriv et gyldigt tidspunkt (ISO 8601 med tidszone).',
  invalid_option: 'Vælg en af de tilladte værdier.',
  unknown_key: 'Feltet "{key}" kendes ikke.',
  invalid_union: 'Værdien passer ikke til nogen af de tilladte former.',
  invalid_value: 'Værdien er ikke gyldig.',
  duplicate_id: 'Id "{id}" bruges mere end én gang.',
  unknown_reference: 'Der henvises til "{id}", som ikke findes.',
  unreadable_input: 'Inddata kunne ikke læses.',
  invalid_now: 'Tidspunktet "nu" mangler eller er ugyldigt.',
  date_order: 'Slutdatoen ligger før startdatoen.',
} satisfies MessageCatalogue;
