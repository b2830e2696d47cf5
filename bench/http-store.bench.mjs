// HTTP store: 1,000 changes queued while the local REST server is offline, then replayed in
// order when it is back (issue 4: ≤ 3 s). Also the memory store's put and get throughput.
// Medians over a few runs, against the built package and the real node:http test server.
import { createHttpStore, createMemoryQueueStorage, createMemoryStore } from '@samspil/core';
import { startRestStoreServer } from '../test/support/rest-store-server.mjs';

const CHANGES = 1_000;
const RECORDS = 100; // 10 edits per record, each against the version the previous one will make
const RUNS = 5;
const MEMORY_OPS = 10_000;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const draft = (record, edit) => ({
  id: `visit-${record}`,
  familyId: 'fam-1',
  edit,
  notes: `Udkast ${edit}: familien fortæller om hverdagen, skolen og ønsket om tolk. `.repeat(8),
});

async function replayRun(server, run) {
  let key = 0;
  const store = createHttpStore({
    baseUrl: server.url,
    queue: createMemoryQueueStorage(),
    retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
    sleep: async () => undefined,
    idempotencyKey: () => `r${run}-k${(key += 1)}`,
  }).value;
  const collection = `bench-${run}`;
  server.setOffline(true);
  for (let n = 0; n < CHANGES; n += 1) {
    const record = n % RECORDS;
    const edit = Math.floor(n / RECORDS);
    const result = await store.put(collection, draft(record, edit), { expectedVersion: edit });
    if (!result.ok || !result.value.queued) throw new Error('expected the change to be queued');
  }
  server.setOffline(false);
  server.resetCounters();
  const began = performance.now();
  const flushed = await store.flush();
  const ms = performance.now() - began;
  if (!flushed.ok || flushed.value.replayed !== CHANGES || server.appliedWrites !== CHANGES) throw new Error('replay incomplete');
  return ms;
}

async function memoryRun() {
  const store = createMemoryStore({ now: () => new Date('2026-03-01T10:00:00Z') }).value;
  const value = draft(0, 0);
  const began = performance.now();
  for (let n = 0; n < MEMORY_OPS; n += 1) await store.put('drafts', { ...value, id: `d-${n}` });
  for (let n = 0; n < MEMORY_OPS; n += 1) await store.get('drafts', `d-${n}`);
  return (2 * MEMORY_OPS) / ((performance.now() - began) / 1000);
}

export default async function run() {
  const server = await startRestStoreServer();
  const replay = [];
  try {
    for (let r = 0; r < RUNS; r += 1) replay.push(await replayRun(server, r));
  } finally {
    await server.close();
  }
  const memory = [];
  for (let r = 0; r < RUNS; r += 1) memory.push(await memoryRun());
  return [
    { name: 'http store: replay 1,000 queued changes (local server)', value: Math.round(median(replay)), unit: 'ms', target: 3000, better: 'lower' },
    { name: 'memory store: put + get of a 1 kB draft', value: Math.round(median(memory)), unit: 'ops/s', target: null, better: 'higher' },
  ];
}
