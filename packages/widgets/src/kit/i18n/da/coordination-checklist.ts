import type { WidgetTranslation } from '../widget-translation.js';

/** Danish terms of the coordination checklist: a module of their own, so a page with one widget loads only its words. */
export const daChecklist: WidgetTranslation['checklist'] = {
  empty: 'Der er ingen tjekliste at vise endnu.',
  readOnlyNotice: 'Tjeklisten kan kun læses.',
  progressLabel: 'Fremdrift',
  progress: (done, relevant, notRelevant) => {
    const base = `${done} af ${relevant} punkter er færdige`;
    if (notRelevant === 0) return base;
    return `${base} (${notRelevant} ${notRelevant === 1 ? 'er ikke relevant' : 'er ikke relevante'})`;
  },
  filtersLabel: 'Vis',
  filterAll: 'Alle punkter',
  filterMine: 'Mine punkter',
  filterOverdue: 'Overskredne',
  filterOpen: 'Ikke afsluttede',
  shownCount: (shown, total) => (shown === total ? `Viser alle ${total} punkter` : `Viser ${shown} af ${total} punkter`),
  noMatches: 'Ingen punkter passer til det valgte filter.',
  status: 'Status',
  statusOpen: 'Ikke startet',
  statusInProgress: 'I gang',
  statusDone: 'Færdig',
  statusNotRelevant: 'Ikke relevant',
  owner: 'Ansvarlig',
  noOwner: 'Ingen ansvarlig endnu',
  unknownOwner: (id) => `Ukendt aktør (${id})`,
  ownerOption: (name, sector) => `${name} – ${sector}`,
  expectedOwner: (who) => `Løses typisk af: ${who}`,
  noDueDate: 'Ingen frist',
  waitsFor: (titles) => `Venter på: ${titles}`,
  dependsOn: (titles) => `Bygger på: ${titles}`,
  note: 'Notat',
  guidance: 'Sådan gør du',
  phaseProgress: (settled, total) => `${settled} af ${total} afsluttet`,
  statusChanged: (title, status) => `${title}: ${status}.`,
  ownerChanged: (title, owner) => `${title}: ${owner} er nu ansvarlig.`,
  ownerRemoved: (title) => `${title}: ingen er ansvarlig nu.`,
};
