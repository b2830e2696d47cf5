// Disclosure ledger: appending 10,000 entries one by one, and verifying a 10,000-record ledger
// (every hash recomputed). Medians over a few runs; no targets were set for these.
import { appendDisclosure, createLedger, verifyLedger } from '@samspil/core';

const COUNT = 10_000;
const RUNS = 5;
const start = Date.UTC(2026, 0, 1, 8);

const entry = (n) => ({
  id: `d-${n}`,
  at: new Date(start + n * 60_000).toISOString(),
  fromActorId: 'cw-1',
  toActorId: n % 2 === 0 ? 'school-1' : 'gp-1',
  familyId: 'fam-1',
  subjectIds: ['child-1', 'parent-1'],
  categories: n % 3 === 0 ? ['general', 'health'] : ['general'],
  purpose: 'school-start',
  basis: { kind: 'consent', consentId: 'c-1' },
});
const entries = Array.from({ length: COUNT }, (_, n) => entry(n));

function appendAll() {
  let ledger = createLedger().value;
  for (const next of entries) {
    const result = appendDisclosure(ledger, next);
    if (!result.ok) throw new Error(result.issues[0]?.message);
    ledger = result.value;
  }
  return ledger;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(fn) {
  const samples = [];
  let last;
  for (let run = 0; run < RUNS; run += 1) {
    const began = performance.now();
    last = fn();
    samples.push(performance.now() - began);
  }
  return { ms: median(samples), last };
}

export default async function run() {
  const append = time(appendAll);
  // Verify a ledger as a portal would after loading it from storage.
  const stored = JSON.parse(JSON.stringify(append.last));
  const verify = time(() => verifyLedger(stored));
  if (!verify.last.ok || !verify.last.value.intact) throw new Error('benchmark ledger did not verify');
  return [
    { name: 'ledger: append 10,000 disclosures', value: Math.round(append.ms * 10) / 10, unit: 'ms', target: null, better: 'lower' },
    { name: 'ledger: verify 10,000 records', value: Math.round(verify.ms * 10) / 10, unit: 'ms', target: null, better: 'lower' },
  ];
}
