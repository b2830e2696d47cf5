import type { StatutoryBasis } from './statutory-basis.schema.js';

/**
 * Danish provisions that allow disclosure without consent, as Samspil reads them (an
 * engineering reading, not legal advice). A kommune replaces or extends this list through the
 * `statutoryBases` option; entries with `verified: false` must be checked by its lawyers.
 */
export const STATUTORY_BASES_DK: readonly StatutoryBasis[] = [
  {
    id: 'dk-early-intervention-exchange',
    kind: 'exchange',
    citation: 'Barnets Lov (formerly Serviceloven § 49 a); verify paragraph',
    label: { da: 'Tidlig indsats: udveksling om et barn', en: 'Early intervention: exchange about a child' },
    description: {
      da: 'Socialforvaltning, skole, fritidsordning, dagtilbud og sundhedspleje kan udveksle oplysninger om et barn og dets familie, når det er nødvendigt for en tidlig forebyggende indsats.',
      en: 'Social services, school, after-school care, daycare and health visitors may exchange information about a child and its family when necessary for early preventive work.',
    },
    senderSectors: ['children-family-services', 'school', 'sfo-club', 'daycare', 'health-visitor'],
    recipientSectors: ['children-family-services', 'school', 'sfo-club', 'daycare', 'health-visitor'],
    categories: ['general', 'social', 'health', 'purely-private'],
    subjectAge: { maxYears: 17, scope: 'any-subject' },
    requiresNecessity: true,
    verified: false,
    source: { source: 'law', section: 'Barnets Lov (formerly SL § 49 a, Barnets Reform 2011)' },
  },
  {
    id: 'dk-ssp-exchange',
    kind: 'exchange',
    citation: 'Retsplejeloven § 115',
    label: { da: 'SSP: kriminalitetsforebyggende udveksling', en: 'SSP: crime-prevention exchange' },
    description: {
      da: 'Skole, socialforvaltning, psykiatri og politi kan udveksle oplysninger om børn og unge, når det er nødvendigt for at forebygge kriminalitet.',
      en: 'School, social services, psychiatry and police may exchange information about children and young people when necessary to prevent crime.',
    },
    senderSectors: ['children-family-services', 'school', 'sfo-club', 'ssp', 'police', 'child-psychiatry'],
    recipientSectors: ['children-family-services', 'school', 'sfo-club', 'ssp', 'police', 'child-psychiatry'],
    categories: ['general', 'social', 'health', 'purely-private', 'criminal'],
    subjectAge: { maxYears: 17, scope: 'any-subject' },
    purposes: ['crime-prevention'],
    requiresNecessity: true,
    verified: false,
    source: { source: 'law', section: 'Retsplejeloven § 115 (stk. 1, children and young people); verify scope' },
  },
  {
    id: 'dk-psp-exchange',
    kind: 'exchange',
    citation: 'Retsplejeloven § 115 (PSP); verify stk. and scope',
    label: { da: 'PSP: udveksling mellem psykiatri, socialforvaltning og politi', en: 'PSP: exchange between psychiatry, social services and police' },
    description: {
      da: 'Psykiatri, socialforvaltning og politi kan udveksle oplysninger om voksne, når det er nødvendigt for at forebygge kriminalitet.',
      en: 'Psychiatry, social services and police may exchange information about adults when necessary to prevent crime.',
    },
    senderSectors: ['adult-psychiatry', 'adult-services', 'police'],
    recipientSectors: ['adult-psychiatry', 'adult-services', 'police'],
    categories: ['general', 'social', 'health', 'purely-private', 'criminal'],
    subjectAge: { minYears: 18, scope: 'every-subject' },
    purposes: ['crime-prevention'],
    requiresNecessity: true,
    verified: false,
    source: { source: 'law', section: 'Retsplejeloven § 115 (PSP); verify' },
  },
  {
    id: 'dk-duty-to-notify',
    kind: 'duty-to-notify',
    citation: 'Barnets Lov § 133 (formerly Serviceloven § 153); verify paragraph',
    label: { da: 'Underretningspligt', en: 'Duty to notify' },
    description: {
      da: 'Fagpersoner skal give kommunen besked ved bekymring for et barn. Pligten går forud for tavshedspligten, og et manglende samtykke kan aldrig stoppe en underretning.',
      en: 'Professionals must tell the kommune when concerned about a child. The duty overrides confidentiality, and a missing consent never stops a notification.',
    },
    senderSectors: 'any',
    recipientSectors: ['children-family-services'],
    categories: ['general', 'social', 'health', 'ethnic-origin-religion', 'criminal', 'purely-private'],
    requiresNecessity: false,
    verified: false,
    source: { source: 'law', section: 'Barnets Lov § 133 (formerly SL § 153); verify' },
  },
];
