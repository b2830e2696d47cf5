// Test data for this folder's tests. Not exported from the package barrel.
import { appendDisclosure } from '../append-disclosure.js';
import { createLedger } from '../create-ledger.js';
import type { DisclosureEntry, DisclosureLedger } from '../disclosure-ledger.schema.js';

const recipients = ['school-1', 'gp-1', 'daycare-1'] as const;

const start = Date.UTC(2026, 2, 2, 8, 0); // 2 March 2026, 09:00 Danish time
const sixHours = 6 * 60 * 60 * 1000;

/** Danish-time (+01:00) timestamp `n - 1` six-hour steps after 2 March 2026 09:00. */
export function sampleAt(n: number): string {
  return new Date(start + (n - 1) * sixHours + 60 * 60 * 1000).toISOString().replace(/\.\d{3}Z$/, '+01:00');
}

/** The n-th sample disclosure (n from 1): six hours apart, rotating recipients, subjects and bases. */
export function sampleEntry(n: number, overrides: Partial<DisclosureEntry> = {}): DisclosureEntry {
  return {
    id: `d-${n}`,
    at: sampleAt(n),
    fromActorId: 'cw-1',
    toActorId: recipients[(n - 1) % recipients.length] ?? 'school-1',
    familyId: 'fam-1',
    subjectIds: n % 2 === 0 ? ['child-1'] : ['child-2', 'parent-1'],
    categories: n % 3 === 0 ? ['health', 'general'] : ['general'],
    purpose: 'school-start',
    basis: n % 4 === 0 ? { kind: 'statutory', basisId: 'early-intervention', citation: 'Eksempel på lovhjemmel' } : { kind: 'consent', consentId: 'c-1' },
    ...overrides,
  };
}

/** A ledger of `count` sample disclosures built with `appendDisclosure`. */
export function sampleLedger(count: number, entry: (n: number) => DisclosureEntry = (n) => sampleEntry(n)): DisclosureLedger {
  let ledger = createLedger().value;
  for (let n = 1; n <= count; n += 1) {
    const next = appendDisclosure(ledger, entry(n));
    if (!next.ok) throw new Error(`fixture entry ${n} rejected: ${next.issues.map((issue) => issue.code).join(', ')}`);
    ledger = next.value;
  }
  return ledger;
}

/** A deep, mutable, unfrozen copy (as a ledger read back from storage would be). */
export function thawed(ledger: DisclosureLedger): { records: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(ledger)) as { records: Record<string, unknown>[] };
}
