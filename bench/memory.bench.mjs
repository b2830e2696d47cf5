// How much heap 10,000 families take when a portal keeps them in memory with what core builds
// around them: each family's record (6 members), 3 consents, an attention-point register with
// 6 points, and 2 checklist instances (reception and health assessment), all created through
// core's own functions. Measured as the heap growth after a full garbage collection.
import {
  ATTENTION_POINT_CATALOGUE,
  CHECKLIST_TEMPLATES,
  createChecklist,
  parseConsent,
  parseFamily,
  raiseAttentionPoint,
} from '@samspil/core';

const FAMILIES = 10_000;
const MEGABYTE = 1024 * 1024;
const must = (result) => {
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.value;
};

const reception = CHECKLIST_TEMPLATES.find((template) => template.id === 'reception-asylum-to-housing');
const health = CHECKLIST_TEMPLATES.find((template) => template.id === 'health-assessment');
const anchorsFor = (template) => Object.fromEntries(template.anchors.map((anchor) => [anchor.id, '2026-01-05']));
const POINTS = [
  ['mother', 'adult-sleep-problems'],
  ['mother', 'mother-in-network'],
  ['father', 'adult-flashbacks-nightmares'],
  ['child-1', 'child-nightmares'],
  ['child-2', 'friends-and-play'],
  ['child-3', 'child-sleep-problems'],
];

function familyRecord(index) {
  const id = (member) => `f${index}-${member}`;
  const child = (member, birthDate) => ({ id: id(member), givenName: 'Barn', role: 'child', birthDate, languages: ['ar', 'da'], custodyHolderIds: [id('mother'), id('father')] });
  return {
    id: `family-${index}`,
    name: `Familien ${index}`,
    members: [
      { id: id('mother'), givenName: 'Huda', familyName: 'Darwish', role: 'parent', birthDate: '1987-05-12', languages: ['ar'], interpreterNeed: { language: 'ar', mode: 'in-person' } },
      { id: id('father'), givenName: 'Karim', familyName: 'Darwish', role: 'parent', birthDate: '1984-09-30', languages: ['ar', 'en'] },
      child('child-1', '2021-12-10'),
      child('child-2', '2016-08-20'),
      child('child-3', '2020-11-02'),
      child('child-4', '2011-02-03'),
    ],
  };
}

function consent(index, n, subjects, grantors) {
  return {
    id: `consent-${index}-${n}`,
    familyId: `family-${index}`,
    grantors,
    subjects,
    recipients: [{ kind: 'actor', actorId: `actor-${n}` }, { kind: 'authority', authorityId: 'eksempel-kommune' }],
    purposes: [{ id: 'coordination-of-support' }, { id: 'network-meeting' }],
    categories: ['general', 'social', 'health'],
    period: { start: '2026-01-20', end: '2027-01-19' },
    responses: grantors.map((personId) => ({ personId, decision: 'granted', at: '2026-01-20T10:15:00+01:00', method: 'oral' })),
    recordedByActorId: 'actor-1',
    createdAt: '2026-01-20T10:15:00+01:00',
  };
}

function buildFamily(index) {
  const family = must(parseFamily(familyRecord(index)));
  const id = (member) => `f${index}-${member}`;
  const consents = [
    must(parseConsent(consent(index, 1, [id('mother')], [id('mother')]))),
    must(parseConsent(consent(index, 2, [id('father')], [id('father')]))),
    must(parseConsent(consent(index, 3, [id('child-1'), id('child-2'), id('child-3')], [id('mother'), id('father')]))),
  ];
  let register = { points: [] };
  for (const [member, code] of POINTS) {
    register = must(
      raiseAttentionPoint(
        register,
        { familyId: family.id, subject: { kind: 'member', personId: id(member) }, code, observerActorId: 'actor-1', observedOn: '2026-03-05', note: 'Observeret ved hjemmebesøg.' },
        { now: '2026-03-05T12:00:00+01:00', catalogue: ATTENTION_POINT_CATALOGUE },
      ),
    );
  }
  const checklists = [reception, health].map((template, n) =>
    must(createChecklist(template, { id: `checklist-${index}-${n}`, familyId: family.id, anchors: anchorsFor(template), now: '2026-01-05' })),
  );
  return { family, consents, register, checklists };
}

export default async function run() {
  if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc (pnpm bench does)');
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const families = [];
  for (let index = 0; index < FAMILIES; index += 1) families.push(buildFamily(index));
  globalThis.gc();
  const after = process.memoryUsage().heapUsed;
  const items = families.reduce((sum, entry) => sum + entry.checklists.reduce((n, list) => n + list.items.length, 0), 0);
  return [
    {
      name: `heap for 10,000 families (6 members, 3 consents, 6 attention points, 2 checklists = ${Math.round(items / FAMILIES)} items each)`,
      value: (after - before) / MEGABYTE,
      unit: 'MB',
      target: 150,
      better: 'lower',
    },
  ];
}
