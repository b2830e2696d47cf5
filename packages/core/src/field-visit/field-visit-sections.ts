import type { FieldVisitSection } from './field-visit-section.schema.js';

/**
 * The sections of the field-visit form in the order they are shown: facts, wellbeing, resources,
 * the family's own words, agreements, consent and follow-up. `facts` and `consent` describe the
 * visit and the professional's duty, so they cannot be declined; every section about the family
 * can be. `requiredFor` lists the visit kinds for which a section must be filled in or declined.
 */
export const FIELD_VISIT_SECTIONS: readonly FieldVisitSection[] = [
  {
    id: 'facts',
    label: { da: 'Om besøget', en: 'About the visit' },
    hint: {
      da: 'Dato, tid og sted, hvem der besøgte, hvem fra familien der var til stede, og om der var tolk.',
      en: 'Date, time and place, who visited, who from the family was present, and whether an interpreter took part.',
    },
    fields: ['date', 'startTime', 'endTime', 'place', 'visitors', 'membersPresent', 'hostActorId', 'interpreter'],
    declinable: false,
    requiredFor: ['home', 'professional'],
    source: { source: 'dignity-2018', section: '§7.7 Field visit module (L3456-3460)' },
  },
  {
    id: 'wellbeing',
    label: { da: 'Trivsel', en: 'Wellbeing' },
    hint: {
      da: 'Hvad lagde du mærke til hos familien eller det enkelte medlem? Knyt gerne et opmærksomhedspunkt til; det er en iagttagelse, ikke en diagnose.',
      en: 'What did you notice about the family or a member? Link an attention point if it helps; it is an observation, not a diagnosis.',
    },
    fields: ['observations'],
    declinable: true,
    requiredFor: [],
    source: { source: 'dignity-2018', section: '§7.6 Observation prompts (attention points, not diagnosis)' },
  },
  {
    id: 'resources',
    label: { da: 'Ressourcer', en: 'Resources' },
    hint: {
      da: 'Hvad fungerer, og hvad henter familien styrke i? Skriv ressourcerne før bekymringerne.',
      en: 'What works, and what does the family draw strength from? Write the resources before the worries.',
    },
    fields: ['resources'],
    declinable: true,
    requiredFor: ['home'],
    source: { source: 'dignity-2018', section: '§7.2 Resource-first family profile' },
  },
  {
    id: 'own-words',
    label: { da: 'Familiens egne ord', en: "The family's own words" },
    hint: {
      da: 'Hvad fortalte familien selv, og hvad ønsker de? Brug deres egne formuleringer.',
      en: 'What did the family say, and what do they wish for? Use their own phrasing.',
    },
    fields: ['familyOwnWords'],
    declinable: true,
    requiredFor: ['home'],
    source: { source: 'cuf-2022', section: '§4 Potentials: the citizen feels heard (L127-136)' },
  },
  {
    id: 'agreements',
    label: { da: 'Aftaler', en: 'Agreements' },
    hint: {
      da: 'Hvad blev aftalt, hvem gør det, og hvornår?',
      en: 'What was agreed, who does it, and by when?',
    },
    fields: ['agreements'],
    declinable: true,
    requiredFor: [],
    source: { source: 'cuf-2022', section: '§4 CTP Tværindsats: agreement form (L347-349)' },
  },
  {
    id: 'consent',
    label: { da: 'Samtykke', en: 'Consent' },
    hint: {
      da: 'Er det forklaret for familien, hvad der deles med hvem og til hvad, og hvad det ikke bruges til?',
      en: 'Has the family had it explained what is shared with whom and why, and what it will not be used for?',
    },
    fields: ['consentExplained'],
    declinable: false,
    requiredFor: ['home', 'professional'],
    source: { source: 'cuf-2022', section: '§5 Consent (L298-301)' },
  },
  {
    id: 'follow-up',
    label: { da: 'Opfølgning', en: 'Follow-up' },
    hint: {
      da: 'Hvornår ses I igen, og hvad skal der ske inden da?',
      en: 'When will you meet again, and what should happen before then?',
    },
    fields: ['followUp'],
    declinable: true,
    requiredFor: [],
    source: { source: 'samspil', section: 'Field-visit form' },
  },
];

/** The same list as {@link FIELD_VISIT_SECTIONS}, under the name widgets use. */
export const fieldVisitSections: readonly FieldVisitSection[] = FIELD_VISIT_SECTIONS;
