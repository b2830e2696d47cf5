import type { ConsentRules } from './consent-rules.schema.js';

/**
 * Danish consent rules as Samspil reads them: an engineering reading, not legal advice. Items
 * with `verified: false` must be confirmed by the kommune's legal team (child-related provisions
 * moved from Serviceloven to Barnets Lov on 1 January 2024).
 */
export const CONSENT_RULES_DK: ConsentRules = {
  id: 'dk',
  label: { da: 'Danske regler for samtykke', en: 'Danish consent rules' },
  calendarTimeZone: 'Europe/Copenhagen',
  ageOfSelfConsent: {
    value: 15,
    citation: 'Region Hovedstaden guidance on consent from young people aged 15 or more',
    verified: false,
    note: {
      da: 'Gælder unge, der forstår konsekvenserne. Bekræft grænsen for den konkrete sammenhæng.',
      en: 'Applies to young people who understand the consequences. Confirm the limit for the context at hand.',
    },
  },
  youngPersonMayConsentAlone: {
    value: true,
    citation: 'Region Hovedstaden guidance on consent from young people aged 15 or more',
    verified: false,
  },
  ageOfMajority: {
    value: 18,
    citation: 'Værgemålsloven § 1 (age of majority)',
    verified: false,
  },
  jointCustodyRequiresAll: {
    value: true,
    citation: 'Forældreansvarsloven (joint custody); Region Hovedstaden guidance',
    verified: false,
  },
  consentMustBeSpecific: {
    value: true,
    citation: 'Forvaltningsloven § 28; GDPR art. 4(11) and art. 7',
    verified: true,
  },
  withdrawalTakesEffectImmediately: {
    value: true,
    citation: 'GDPR art. 7(3); Forvaltningsloven § 28',
    verified: true,
  },
};
