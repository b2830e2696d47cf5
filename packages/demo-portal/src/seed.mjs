// What Eksempel Kommune's portal puts in the browser's encrypted store on a first visit: the
// fictional Darwish family from core's scenario, the professionals around them, and their
// reception checklist, anchored so that some tasks are done, some due and some overdue today.
import { ACTOR_SECTORS, CHECKLIST_TEMPLATES, createChecklist } from '@samspil/core';
import { ACTORS, FAMILY } from '../../../test/scenario/follow-the-darwish-family.mjs';

const TEMPLATE_ID = 'reception-asylum-to-housing';

const isoDay = (date) => date.toISOString().slice(0, 10);

/** The seed for `today` (a Date): family, actors and one checklist instance. */
export function seedFor(today) {
  const template = CHECKLIST_TEMPLATES.find((candidate) => candidate.id === TEMPLATE_ID);
  if (template === undefined) throw new Error(`core has no ${TEMPLATE_ID} template`);
  const arrived = new Date(today.getTime() - 20 * 24 * 3600 * 1000);
  const anchors = Object.fromEntries(template.anchors.map((anchor) => [anchor.id, isoDay(arrived)]));
  const created = createChecklist(template, { id: 'checklist-darwish-reception', familyId: FAMILY.id, anchors, now: today.toISOString() });
  if (!created.ok) throw new Error(JSON.stringify(created.issues.slice(0, 3)));
  const sectorLabels = Object.fromEntries(ACTOR_SECTORS.map((sector) => [sector.id, sector.label.da]));
  return { family: FAMILY, actors: ACTORS, checklist: created.value, today: isoDay(today), sectorLabels };
}
