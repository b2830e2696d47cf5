// Shared fixtures for this concept's tests (not exported): the Haddad family, the actors around
// them and one consent. Names are invented.
import type { NetworkMeeting } from '../network-meeting.schema.js';

export const family = {
  id: 'fam-haddad',
  name: 'Familien Haddad',
  members: [
    { id: 'p-mother', givenName: 'Rana', role: 'parent', birthYear: 1986, languages: ['ar'], interpreterNeed: { language: 'ar', mode: 'in-person' } },
    { id: 'p-father', givenName: 'Samir', role: 'parent', birthYear: 1982, languages: ['ar', 'en'] },
    { id: 'p-child', givenName: 'Lina', role: 'child', birthYear: 2017, languages: ['ar', 'da'], custodyHolderIds: ['p-mother', 'p-father'] },
  ],
};

const kommune = { id: 'kbh', name: 'Eksempel Kommune', kind: 'municipality' };

export const actors = [
  { id: 'a-coordinator', kind: 'person', name: 'Mette Tovholder', sector: 'integration-team', authority: kommune, roles: ['coordinator', 'caseworker'], contacts: [] },
  { id: 'a-notes', kind: 'person', name: 'Jonas Referent', sector: 'integration-team', authority: kommune, roles: ['note-taker'], contacts: [] },
  { id: 'a-gp', kind: 'person', name: 'Læge Holm', sector: 'gp', authority: { id: 'gp-holm', name: 'Lægehuset Holm', kind: 'private' }, roles: ['professional'], contacts: [] },
  { id: 'a-teacher', kind: 'person', name: 'Lærer Ida', sector: 'school', authority: { id: 'kbh-school', name: 'Eksempel Skole', kind: 'municipality' }, roles: ['professional'], contacts: [] },
  { id: 'a-interpreter', kind: 'person', name: 'Tolk Yousef', sector: 'interpreter-service', authority: { id: 'tolkeservice', name: 'Tolkeservice', kind: 'private' }, roles: ['interpreter'], contacts: [] },
];

export const consents = [
  {
    id: 'c-gp',
    familyId: 'fam-haddad',
    grantors: ['p-mother'],
    subjects: ['p-mother'],
    recipients: [{ kind: 'actor', actorId: 'a-gp' }],
    purposes: [{ id: 'network-meeting' }],
    categories: ['general', 'health'],
    period: { start: '2026-01-01', end: '2026-12-31' },
    responses: [{ personId: 'p-mother', decision: 'granted', at: '2026-01-10T10:00:00+01:00', method: 'oral' }],
    recordedByActorId: 'a-coordinator',
    createdAt: '2026-01-10T10:00:00+01:00',
  },
];

/** A planned meeting that passes every rule with the family above. */
export const meeting: NetworkMeeting = {
  id: 'm-1',
  familyId: 'fam-haddad',
  title: 'Netværksmøde om Rana',
  purpose: 'En fælles plan for behandling og job.',
  agenda: [
    { id: 'welcome', title: 'Velkomst', minutes: 10, ownerActorId: 'a-coordinator' },
    { id: 'own-words', title: 'Ranas egne ord', minutes: 20 },
  ],
  scheduledAt: '2026-03-02T10:00:00+01:00',
  durationMinutes: 60,
  mode: 'in-person',
  participants: [
    { id: 'pt-coord', role: 'coordinator', actorId: 'a-coordinator', required: true },
    { id: 'pt-notes', role: 'note-taker', actorId: 'a-notes', required: true },
    { id: 'pt-citizen', role: 'citizen', personId: 'p-mother', required: true },
    { id: 'pt-relative', role: 'relative', personId: 'p-father', required: false },
    { id: 'pt-gp', role: 'professional', actorId: 'a-gp', required: false },
    { id: 'pt-interp', role: 'interpreter', actorId: 'a-interpreter', required: true },
  ],
  preparation: {
    heldOn: '2026-02-23',
    byActorId: 'a-coordinator',
    familyWishes: 'Rana vil gerne tale om søvn og sprogskole.',
    topicsNotToRaise: ['Flugten'],
  },
  interpreter: { language: 'ar', mode: 'in-person', name: 'Yousef' },
  agreements: [
    {
      id: 'ag-1',
      challenge: 'Søvnbesvær',
      goal: 'Sove bedre',
      actions: [
        { id: 'x-1', description: 'Tale med egen læge om søvn', ownerActorId: 'a-gp', dueDate: '2026-03-01', status: 'open' },
        { id: 'x-2', description: 'Finde en aftenaktivitet', ownerPersonId: 'p-mother', dueDate: '2026-04-01', status: 'in-progress' },
        { id: 'x-3', description: 'Sende henvisning', ownerActorId: 'a-coordinator', dueDate: '2026-02-01', status: 'done' },
      ],
    },
  ],
  decisions: [{ id: 'd-1', text: 'Næste møde om seks uger.' }],
  status: 'planned',
};
