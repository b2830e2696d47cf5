// Disclosure gate throughput: decisions per second on one core, with prepared facts for a family
// of 6, 12 actors, 20 consents and 10 statutory bases, over a varied mix of requests (consent,
// same authority, statutory exchange, duty to notify, refusals with reasons).
import { evaluateDisclosure, prepareDisclosureFacts, STATUTORY_BASES_DK } from '@samspil/core';

const family = {
  id: 'fam-bench',
  name: 'Bench',
  members: [
    { id: 'p1', givenName: 'A', role: 'parent', birthYear: 1988, languages: ['ar'] },
    { id: 'p2', givenName: 'B', role: 'parent', birthDate: '1985-05-10', languages: ['ar'] },
    { id: 'c1', givenName: 'C', role: 'child', birthDate: '2016-04-02', languages: ['ar'], custodyHolderIds: ['p1', 'p2'] },
    { id: 'c2', givenName: 'D', role: 'child', birthDate: '2010-02-15', languages: ['ar'], custodyHolderIds: ['p1', 'p2'] },
    { id: 'c3', givenName: 'E', role: 'child', birthYear: 2011, languages: ['ar'], custodyHolderIds: ['p1', 'p2'] },
    { id: 'c4', givenName: 'F', role: 'child', birthDate: '2020-06-01', languages: ['ar'], custodyHolderIds: ['p1'] },
  ],
};
const authority = (id, kind = 'municipality') => ({ id, name: id, kind });
const actor = (id, sector, auth) => ({ id, kind: 'person', name: id, sector, authority: auth, roles: ['professional'], contacts: [] });
const actors = [
  actor('cw', 'children-family-services', authority('bfu')),
  actor('fc', 'children-family-services', authority('bfu')),
  actor('teacher', 'school', authority('school')),
  actor('leader', 'school', authority('school')),
  actor('daycare', 'daycare', authority('daycare')),
  actor('hv', 'health-visitor', authority('health')),
  actor('job', 'job-centre', authority('job')),
  actor('gp', 'gp', authority('gp', 'private')),
  actor('rct', 'rehabilitation-centre', authority('region', 'region')),
  actor('police', 'police', authority('police', 'state')),
  actor('adult', 'adult-services', authority('adult')),
  actor('vol', 'civil-society', authority('rc', 'civil-society')),
];
const subjectsPool = [['c1'], ['c2'], ['c1', 'c4'], ['p1'], ['p1', 'p2', 'c1'], ['c3']];
const recipients = ['teacher', 'daycare', 'hv', 'job', 'gp', 'rct', 'adult', 'vol', 'teacher', 'rct'];
const purposes = ['schooling-daycare', 'treatment', 'coordination-of-support', 'employment', 'housing'];
const allCategories = ['general', 'social', 'health', 'purely-private', 'criminal'];
const consents = Array.from({ length: 20 }, (_, i) => {
  const subjects = subjectsPool[i % subjectsPool.length];
  const grantors = [...new Set(subjects.flatMap((s) => (s.startsWith('p') ? [s] : s === 'c4' ? ['p1'] : ['p1', 'p2'])))];
  return {
    id: `consent-${i}`,
    familyId: 'fam-bench',
    grantors,
    subjects,
    recipients: [{ kind: 'actor', actorId: recipients[i % recipients.length] }],
    purposes: [{ id: purposes[i % purposes.length] }],
    categories: allCategories.slice(0, 1 + (i % 4)),
    period: { start: '2026-01-01', end: i % 7 === 6 ? '2026-02-01' : '2026-12-31' },
    exclusions: i % 5 === 0 ? [{ kind: 'text', text: 'Ikke til opholdssager.' }] : [],
    responses: grantors.filter((_, g) => i % 9 !== 8 || g === 0).map((personId) => ({ personId, decision: 'granted', at: '2026-01-02T10:00:00+01:00', method: 'oral' })),
    withdrawal: i % 11 === 10 ? { byPersonId: grantors[0], at: '2026-02-20T10:00:00+01:00', method: 'oral' } : undefined,
    recordedByActorId: 'cw',
    createdAt: '2026-01-02T10:00:00+01:00',
  };
}).map(({ withdrawal, ...rest }) => (withdrawal === undefined ? rest : { ...rest, withdrawal }));
// The four Danish bases plus six kommune-specific variants.
const statutoryBases = [
  ...STATUTORY_BASES_DK,
  ...Array.from({ length: 6 }, (_, i) => ({
    ...STATUTORY_BASES_DK[i % 2],
    id: `local-${i}`,
    senderSectors: ['children-family-services', 'ppr', 'school'],
    recipientSectors: i % 2 === 0 ? ['ppr'] : ['youth-guidance'],
  })),
];

const requests = [];
const froms = ['cw', 'teacher', 'daycare', 'hv', 'cw', 'fc'];
const tos = ['teacher', 'cw', 'fc', 'hv', 'daycare', 'rct', 'job', 'gp', 'police', 'vol', 'leader', 'adult'];
for (let i = 0; i < 512; i += 1) {
  const day = 1 + (i % 28);
  requests.push({
    fromActorId: froms[i % froms.length],
    toActorId: tos[(i * 7) % tos.length],
    subjectIds: subjectsPool[(i * 5) % subjectsPool.length],
    categories: allCategories.slice(i % 3, (i % 3) + 1 + (i % 2)),
    purpose: i % 13 === 0 ? 'early-support' : purposes[i % purposes.length],
    at: `2026-${i % 2 === 0 ? '02' : '03'}-${String(day).padStart(2, '0')}T${String(8 + (i % 9)).padStart(2, '0')}:15:00+01:00`,
    ...(i % 17 === 0 ? { action: 'notify' } : {}),
    ...(i % 4 === 0 ? { necessity: 'Nødvendigt for en tidlig indsats.' } : {}),
  });
}

export default async function run() {
  const prepared = prepareDisclosureFacts({ family, actors, consents, statutoryBases });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.issues.slice(0, 3)));
  const facts = prepared.value;
  let permitted = 0;
  // Warm up, and count the mix once.
  for (const request of requests) {
    const result = evaluateDisclosure(request, facts);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    if (result.value.permitted) permitted += 1;
  }
  for (let i = 0; i < 20; i += 1) for (const request of requests) evaluateDisclosure(request, facts);
  const rates = [];
  const rounds = 200;
  for (let sample = 0; sample < 15; sample += 1) {
    const start = process.hrtime.bigint();
    for (let round = 0; round < rounds; round += 1) for (const request of requests) evaluateDisclosure(request, facts);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push((rounds * requests.length) / seconds);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)];
  return [
    { name: 'disclosure gate decisions per second (prepared facts, varied requests)', value: Math.round(median), unit: 'decisions/s', target: 200_000, better: 'higher' },
    { name: 'share of benchmark requests permitted', value: Math.round((permitted / requests.length) * 100), unit: '%', target: null, better: 'higher' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) process.stdout.write(`${row.name}: ${row.value} ${row.unit} (target ${row.target})\n`);
}
