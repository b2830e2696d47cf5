// Dashboard query over many families' checklists: due and overdue items for 10,000 families ×
// 40 items. Reports the median of repeated runs for each way in (prepared handle, trusted array,
// full validation) and the one-off cost of preparing. Build core first: `npx rollup -c rollup.config.mjs`.
import { dueAndOverdueAcrossFamilies, prepareChecklistInstances } from '@samspil/core';

const FAMILIES = 10_000;
const ITEMS = 40;
const NOW = '2026-03-02T09:00:00+01:00';
const STATUSES = ['open', 'open', 'in-progress', 'done', 'not-relevant'];

// A seeded generator keeps every run on the same data.
function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Due dates spread from 60 days before to 60 days after the benchmark's today (2 March 2026).
function isoDay(offsetDays) {
  return new Date(Date.UTC(2026, 2, 2 + offsetDays)).toISOString().slice(0, 10);
}

function makeInstances() {
  const random = mulberry32(2026);
  const instances = [];
  for (let f = 0; f < FAMILIES; f += 1) {
    const items = [];
    for (let i = 0; i < ITEMS; i += 1) {
      const status = STATUSES[Math.floor(random() * STATUSES.length)];
      const item = { itemId: `item-${i}`, status };
      if (random() < 0.85) item.dueDate = isoDay(Math.floor(random() * 120) - 60);
      if (status === 'done') item.doneOn = '2026-02-20';
      if (random() < 0.5) item.ownerActorId = `actor-${Math.floor(random() * 300)}`;
      items.push(item);
    }
    instances.push({
      id: `checklist-${f}`,
      templateId: 'reception-asylum-to-housing',
      templateVersion: 1,
      familyId: `family-${f}`,
      anchors: { 'arrival-in-municipality': '2026-01-05' },
      items,
      createdAt: '2026-01-05T09:00:00+01:00',
    });
  }
  return instances;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(runs, body) {
  body(); // warm-up
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    body();
    samples.push(performance.now() - start);
  }
  return Math.round(median(samples) * 10) / 10;
}

export default async function run() {
  const instances = makeInstances();
  const options = { now: NOW, withinDays: 14 };
  // The generated data is valid, so preparing succeeds; `.value` is the handle.
  const prepared = prepareChecklistInstances(instances);
  const label = `${FAMILIES.toLocaleString('en')} families × ${ITEMS} items`;
  return [
    {
      name: `checklists: due + overdue, prepared handle (${label})`,
      value: time(15, () => dueAndOverdueAcrossFamilies(prepared.value, options)),
      unit: 'ms',
      target: 200,
      better: 'lower',
    },
    {
      name: `checklists: due + overdue, trusted array (${label})`,
      value: time(15, () => dueAndOverdueAcrossFamilies(instances, { ...options, trusted: true })),
      unit: 'ms',
      target: 200,
      better: 'lower',
    },
    {
      name: `checklists: due + overdue, validated on every call (${label})`,
      value: time(3, () => dueAndOverdueAcrossFamilies(instances, options)),
      unit: 'ms',
      // Informational: why dashboards should prepare once or pass `trusted: true`.
      target: null,
      better: 'lower',
    },
    {
      name: `checklists: prepareChecklistInstances, one-off (${label})`,
      value: time(3, () => prepareChecklistInstances(instances)),
      unit: 'ms',
      target: 1000,
      better: 'lower',
    },
  ];
}
