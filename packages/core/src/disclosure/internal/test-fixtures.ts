// Shared test fixtures for consent/ and disclosure/. The build and the barrel leave out any file
// whose name contains `fixtures`, so tests can import this without it being shipped.
import type { Consent } from '../../consent/consent.schema.js';
import type { Actor, Family } from '../../consent/internal/peer.js';
import type { DisclosureRequest } from '../disclosure-request.schema.js';

/** "Now" in most tests: 1 March 2026, 10:00 Danish time. */
export const NOW = '2026-03-01T10:00:00+01:00';

/** A family of six: two parents with joint custody of three children, sole custody of one. */
export const family: Family = {
  id: 'fam-1',
  name: 'Familien Haddad',
  members: [
    { id: 'p-amal', givenName: 'Amal', role: 'parent', birthYear: 1988, languages: ['ar'] },
    { id: 'p-karim', givenName: 'Karim', role: 'parent', birthDate: '1985-05-10', languages: ['ar', 'da'] },
    // 9 years old
    { id: 'c-sara', givenName: 'Sara', role: 'child', birthDate: '2016-04-02', languages: ['ar', 'da'], custodyHolderIds: ['p-amal', 'p-karim'] },
    // certainly 16
    { id: 'c-omar', givenName: 'Omar', role: 'child', birthDate: '2010-02-15', languages: ['ar', 'da'], custodyHolderIds: ['p-amal', 'p-karim'] },
    // born 2011: 14 or 15 on 1 March 2026
    { id: 'c-yusuf', givenName: 'Yusuf', role: 'child', birthYear: 2011, languages: ['ar'], custodyHolderIds: ['p-amal', 'p-karim'] },
    // 5 years old, sole custody with the mother
    { id: 'c-lina', givenName: 'Lina', role: 'child', birthDate: '2020-06-01', languages: ['ar'], custodyHolderIds: ['p-amal'] },
  ],
};

/** An unaccompanied minor whose temporary custody holder is an actor. */
export const unaccompaniedFamily: Family = {
  id: 'fam-2',
  name: 'Ahmad',
  members: [
    { id: 'u-ahmad', givenName: 'Ahmad', role: 'child', birthDate: '2013-09-01', languages: ['ps'], unaccompaniedMinor: true, custodyActorIds: ['a-guardian'] },
  ],
};

const municipality = (id: string, name: string) => ({ id, name, kind: 'municipality' as const });

export const actors: Actor[] = [
  { id: 'a-caseworker', kind: 'person', name: 'Sagsbehandler', sector: 'children-family-services', authority: municipality('kbh-bfu', 'Børne- og familieforvaltningen'), roles: ['caseworker'], contacts: [] },
  { id: 'a-consultant', kind: 'person', name: 'Familiekonsulent', sector: 'children-family-services', authority: municipality('kbh-bfu', 'Børne- og familieforvaltningen'), roles: ['professional'], contacts: [] },
  { id: 'a-teacher', kind: 'person', name: 'Lærer', sector: 'school', authority: municipality('kbh-school', 'Skoleforvaltningen'), organisationId: 'o-school', roles: ['professional'], contacts: [] },
  { id: 'a-school-leader', kind: 'person', name: 'Skoleleder', sector: 'school', authority: municipality('kbh-school', 'Skoleforvaltningen'), organisationId: 'o-school', roles: ['manager'], contacts: [] },
  { id: 'a-daycare', kind: 'person', name: 'Pædagog', sector: 'daycare', authority: municipality('kbh-daycare', 'Dagtilbud'), roles: ['professional'], contacts: [] },
  { id: 'a-health-visitor', kind: 'person', name: 'Sundhedsplejerske', sector: 'health-visitor', authority: municipality('kbh-health', 'Sundhedsplejen'), roles: ['professional'], contacts: [] },
  { id: 'a-jobcentre', kind: 'person', name: 'Jobkonsulent', sector: 'job-centre', authority: municipality('kbh-job', 'Jobcenter'), roles: ['caseworker'], contacts: [] },
  { id: 'a-gp', kind: 'person', name: 'Praktiserende læge', sector: 'gp', authority: { id: 'gp-clinic', name: 'Lægehuset', kind: 'private' }, roles: ['professional'], contacts: [] },
  { id: 'a-rct', kind: 'organisation', name: 'Rehabiliteringscenter', sector: 'rehabilitation-centre', authority: { id: 'region-h', name: 'Region Hovedstaden', kind: 'region' }, roles: ['professional'], contacts: [] },
  { id: 'a-police', kind: 'person', name: 'SSP-betjent', sector: 'police', authority: { id: 'police-kbh', name: 'Københavns Politi', kind: 'state' }, roles: ['professional'], contacts: [] },
  { id: 'a-volunteer', kind: 'person', name: 'Frivillig', sector: 'civil-society', authority: { id: 'red-cross', name: 'Røde Kors', kind: 'civil-society' }, roles: ['volunteer'], contacts: [] },
  { id: 'a-volunteer-2', kind: 'person', name: 'Frivillig 2', sector: 'civil-society', authority: { id: 'red-cross', name: 'Røde Kors', kind: 'civil-society' }, roles: ['volunteer'], contacts: [] },
];

/** Both parents consent to the school hearing about Sara's general, social and health matters. */
export const schoolConsent: Consent = {
  id: 'cons-school',
  familyId: 'fam-1',
  grantors: ['p-amal', 'p-karim'],
  subjects: ['c-sara'],
  recipients: [{ kind: 'actor', actorId: 'a-teacher' }],
  purposes: [{ id: 'schooling-daycare' }],
  categories: ['general', 'social', 'health'],
  period: { start: '2026-01-01', end: '2026-12-31' },
  exclusions: [
    { kind: 'purpose', purposeId: 'crime-prevention' },
    { kind: 'text', text: 'Ikke til brug i sager om ophold.' },
  ],
  responses: [
    { personId: 'p-amal', decision: 'granted', at: '2026-01-05T10:00:00+01:00', method: 'written', reference: 'doc-17', interpreter: { language: 'ar', interpreterName: 'Tolk A', mode: 'in-person', teachBack: 'Skolen må høre om Saras trivsel og helbred.' } },
    { personId: 'p-karim', decision: 'granted', at: '2026-01-05T10:05:00+01:00', method: 'digital', reference: 'ds-2026-0001' },
  ],
  partnersInformed: [{ actorId: 'a-teacher', at: '2026-01-06T09:00:00+01:00' }],
  recordedByActorId: 'a-caseworker',
  createdAt: '2026-01-05T10:10:00+01:00',
};

/** Omar (16) consents himself to the rehabilitation centre hearing about his health. */
export const omarConsent: Consent = {
  id: 'cons-omar',
  familyId: 'fam-1',
  grantors: ['c-omar'],
  subjects: ['c-omar'],
  recipients: [{ kind: 'actor', actorId: 'a-rct' }],
  purposes: [{ id: 'treatment' }],
  categories: ['health'],
  period: { start: '2026-02-01' },
  responses: [{ personId: 'c-omar', decision: 'granted', at: '2026-02-01T12:00:00+01:00', method: 'oral' }],
  recordedByActorId: 'a-caseworker',
  createdAt: '2026-02-01T12:00:00+01:00',
};

/** A well-formed request: the teacher asks nothing yet; tests change fields. */
export const request: DisclosureRequest = {
  fromActorId: 'a-caseworker',
  toActorId: 'a-teacher',
  subjectIds: ['c-sara'],
  categories: ['social'],
  purpose: 'schooling-daycare',
  at: NOW,
};

export const facts = { family, actors, consents: [schoolConsent, omarConsent] };
