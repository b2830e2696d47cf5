// Shared fixtures for this concept's tests (not exported). The family is the one the
// network-meeting tests use.
import { ATTENTION_POINT_CATALOGUE } from '../../attention-point/attention-point-catalogue.js';
import type { FieldVisitDraft } from '../field-visit.schema.js';

export { actors, family } from '../../network-meeting/internal/test-fixtures.js';

/** A home-visit draft with every section written, ready to submit on or after 2 March 2026. */
export const draft: FieldVisitDraft = {
  id: 'v-1',
  familyId: 'fam-haddad',
  kind: 'home',
  status: 'draft',
  createdAt: '2026-03-02T08:00:00.000Z',
  date: '2026-03-02',
  startTime: '10:00',
  endTime: '11:15',
  place: 'Familiens hjem',
  visitors: ['a-coordinator'],
  membersPresent: ['p-mother', 'p-child'],
  interpreter: { language: 'ar', mode: 'in-person', name: 'Yousef' },
  observations: [{ id: 'o-1', personId: 'p-child', attentionPointCode: 'everyday-coping', text: 'Lina viste stolt sine tegninger frem.', level: 'observation' }],
  resources: [{ id: 'r-1', personId: 'p-mother', code: 'life-before-denmark', text: 'Rana var lærer i Aleppo.' }],
  familyOwnWords: 'Vi vil gerne have, at Lina får en god skolestart.',
  agreements: [{ id: 'ag-1', action: 'Besøg skolen sammen', ownerActorId: 'a-coordinator', dueDate: '2026-03-20' }],
  consentExplained: { explained: true, by: 'a-coordinator', notes: 'Gennemgået med tolk.' },
  declinedTopics: [],
  followUp: { date: '2026-04-06', notes: 'Næste hjemmebesøg.' },
};

export const submitOptions = { now: '2026-03-02T16:00:00+01:00', byActorId: 'a-coordinator', catalogue: ATTENTION_POINT_CATALOGUE };
