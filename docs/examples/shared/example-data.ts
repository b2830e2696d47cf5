// What a portal's backend would hand the page: the family, the professionals around it and a
// home-visit draft saved earlier. The examples import it so each one shows only the wiring.
// Invented people; the shapes are core's `Family`, `Actor` and `FieldVisitDraft`.
import type { Actor, Family, FieldVisitDraft } from '@samspil/core';

export const family: Family = {
  id: 'family-darwish',
  name: 'Familien Darwish',
  members: [
    { id: 'huda', givenName: 'Huda', familyName: 'Darwish', role: 'parent', birthDate: '1987-05-12', languages: ['ar'] },
    { id: 'karim', givenName: 'Karim', familyName: 'Darwish', role: 'parent', birthDate: '1984-09-30', languages: ['ar', 'en'] },
    { id: 'lina', givenName: 'Lina', familyName: 'Darwish', role: 'child', birthDate: '2020-11-02', languages: ['ar'], custodyHolderIds: ['huda', 'karim'] },
  ],
};

const familyServices = { id: 'ek-boern-familie', name: 'Eksempel Kommune, Børn og Familie', kind: 'municipality' } as const;

export const actors: Actor[] = [
  { id: 'sara-caseworker', kind: 'person', name: 'Sara Holm', sector: 'children-family-services', authority: familyServices, roles: ['caseworker', 'coordinator'], contacts: [] },
  { id: 'mette-health-visitor', kind: 'person', name: 'Mette Dahl', sector: 'health-visitor', roles: ['professional'], contacts: [] },
];

/** A home visit written up earlier and saved by the portal: complete, ready to hand in. */
export const savedVisit: FieldVisitDraft = {
  id: 'visit-darwish-2026-03-02',
  familyId: 'family-darwish',
  kind: 'home',
  status: 'draft',
  date: '2026-03-02',
  startTime: '10:00',
  endTime: '11:00',
  place: 'Familiens hjem',
  visitors: ['sara-caseworker'],
  membersPresent: ['huda', 'lina'],
  observations: [],
  resources: [{ id: 'resource-1', personId: 'huda', text: 'Huda har fundet en kvindegruppe i boligområdet.' }],
  familyOwnWords: 'Vi vil gerne have ro, og at Lina får en god start i børnehaven.',
  agreements: [{ id: 'agreement-1', action: 'Besøg børnehaven sammen', ownerActorId: 'sara-caseworker', dueDate: '2026-03-20' }],
  consentExplained: { explained: true, by: 'sara-caseworker' },
  declinedTopics: [],
};
