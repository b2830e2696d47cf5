import type { ConsentPurposeEntry } from './consent-purpose-entry.schema.js';

/**
 * Purposes a consent (or a disclosure request) can name. A consent lists purpose ids from here
 * (or a kommune's own), and the disclosure gate matches the request's purpose against them, so a
 * consent is always for something specific.
 */
export const CONSENT_PURPOSES: readonly ConsentPurposeEntry[] = [
  {
    id: 'coordination-of-support',
    label: { da: 'Koordinering af støtte', en: 'Coordination of support' },
    description: {
      da: 'At de fagpersoner, der hjælper familien, kan aftale indsatsen med hinanden, så familien ikke selv skal bære beskeder frem og tilbage.',
      en: 'Letting the professionals who help the family agree on their work together, so the family need not carry messages between them.',
    },
    source: { source: 'cuf-2022', section: '§5 consent; §3 the citizen as messenger' },
  },
  {
    id: 'network-meeting',
    label: { da: 'Netværksmøde', en: 'Network meeting' },
    description: {
      da: 'At forberede og holde et møde, hvor familien og dens fagpersoner taler sammen om mål og næste skridt.',
      en: 'Preparing and holding a meeting where the family and its professionals talk about goals and next steps.',
    },
    source: { source: 'cuf-2022', section: '§4 network meetings in a standard format' },
  },
  {
    id: 'treatment',
    label: { da: 'Behandling', en: 'Treatment' },
    description: {
      da: 'Behandling, fx for traumer, og dialog mellem behandler og kommunens sagsbehandler om forløbet.',
      en: "Treatment, for example for trauma, and dialogue between the therapist and the kommune's caseworker about it.",
    },
    source: { source: 'cuf-2022', section: '§5 dialogue from treatment start' },
  },
  {
    id: 'employment',
    label: { da: 'Beskæftigelse', en: 'Employment' },
    description: {
      da: 'Jobcentrets arbejde med job, uddannelse og praktik, tilpasset hvad personen kan klare.',
      en: "The job centre's work on jobs, education and placements, fitted to what the person can manage.",
    },
    source: { source: 'kl-2016', section: '§2.5 employment and education' },
  },
  {
    id: 'schooling-daycare',
    label: { da: 'Skole og dagtilbud', en: 'School and daycare' },
    description: {
      da: 'Barnets trivsel og læring i skole, fritidsordning eller dagtilbud, og samarbejdet med forældrene om det.',
      en: "The child's well-being and learning at school, after-school care or daycare, and working with the parents on it.",
    },
    source: { source: 'lg-insight-2018', section: '§7 consent before a school referral' },
  },
  {
    id: 'housing',
    label: { da: 'Bolig', en: 'Housing' },
    description: {
      da: 'At finde, flytte ind i og blive boende i en bolig, sammen med boligorganisationen.',
      en: 'Finding, moving into and keeping a home, together with the housing organisation.',
    },
    source: { source: 'kl-2016', section: '§2.3 housing placement' },
  },
  {
    id: 'health-assessment',
    label: { da: 'Helbredsvurdering', en: 'Health assessment' },
    description: {
      da: 'Den helbredsvurdering, kommunen tilbyder efter ankomst, herunder hvad lægen får at vide på forhånd.',
      en: 'The health assessment the kommune offers after arrival, including what the doctor is told beforehand.',
    },
    source: { source: 'kl-2016', section: '§5 municipality to GP' },
  },
  {
    id: 'rehabilitation',
    label: { da: 'Rehabilitering', en: 'Rehabilitation' },
    description: {
      da: 'Et rehabiliteringsforløb for traumatiserede flygtninge og kontakten mellem forløbets parter.',
      en: 'A rehabilitation programme for traumatised refugees and contact between those involved in it.',
    },
    source: { source: 'kl-2016', section: '§5 voluntary acceptance of rehabilitation' },
  },
  {
    id: 'volunteer-contact',
    label: { da: 'Kontakt fra frivillig', en: 'Contact from a volunteer' },
    description: {
      da: 'At en frivillig fra civilsamfundet må kontakte familien for at hjælpe i den første tid.',
      en: 'Letting a civil-society volunteer contact the family to help in the first period.',
    },
    source: { source: 'kl-2016', section: '§5 consent to volunteer contact' },
  },
  {
    id: 'asylum-handover',
    label: { da: 'Overlevering fra asylcenter', en: 'Handover from the asylum centre' },
    description: {
      da: 'At viden fra asylcentret om et barns situation går videre til den kommune, familien flytter til.',
      en: "Passing what the asylum centre knows about a child's situation on to the kommune the family moves to.",
    },
    source: { source: 'lg-insight-2018', section: '§7 parental consent for asylum-centre knowledge' },
  },
  {
    id: 'early-support',
    label: { da: 'Tidlig forebyggende indsats', en: 'Early preventive support' },
    description: {
      da: 'Forebyggende arbejde for et barn, før problemerne vokser, på tværs af skole, dagtilbud, sundhedspleje og socialforvaltning.',
      en: 'Preventive work for a child before problems grow, across school, daycare, health visiting and social services.',
    },
    source: { source: 'law', section: 'Barnets Lov (formerly Serviceloven § 49 a); verify paragraph' },
  },
  {
    id: 'crime-prevention',
    label: { da: 'Kriminalitetsforebyggelse', en: 'Crime prevention' },
    description: {
      da: 'Forebyggelse af kriminalitet i samarbejdet mellem skole, socialforvaltning og politi (SSP).',
      en: 'Preventing crime through the cooperation of school, social services and police (SSP).',
    },
    source: { source: 'law', section: 'Retsplejeloven § 115' },
  },
  {
    id: 'notification-of-concern',
    label: { da: 'Underretning', en: 'Notification of concern' },
    description: {
      da: 'At give kommunen besked, når der er grund til at tro, at et barn har brug for særlig støtte.',
      en: 'Telling the kommune when there is reason to believe a child needs special support.',
    },
    source: { source: 'law', section: 'Barnets Lov § 133 (formerly Serviceloven § 153); verify paragraph' },
  },
];
