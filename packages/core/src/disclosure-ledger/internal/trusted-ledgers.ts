import type { DisclosureLedger, LedgerRecord } from '../disclosure-ledger.schema.js';

/**
 * Ledgers this module built itself. They are deeply frozen and their chain was checked (or
 * created) here, so appending to one need not re-validate and re-hash every earlier record.
 * A ledger read back from storage is not in the set and is verified in full once.
 *
 * `ids` holds the entry ids of `owner`'s records; it is handed on to the next ledger when
 * `owner` is extended, and rebuilt when an older ledger is extended a second time (a branch).
 */
interface IdIndex {
  owner: DisclosureLedger;
  readonly ids: Set<string>;
}

const trusted = new WeakMap<DisclosureLedger, { index: IdIndex }>();

export function isTrustedLedger(value: unknown): value is DisclosureLedger {
  return typeof value === 'object' && value !== null && trusted.has(value as DisclosureLedger);
}

/** Whether `id` is already an entry id in `ledger` (a trusted ledger). */
export function hasEntryId(ledger: DisclosureLedger, id: string): boolean {
  return indexOf(ledger).ids.has(id);
}

function indexOf(ledger: DisclosureLedger): IdIndex {
  const meta = trusted.get(ledger);
  if (meta !== undefined && meta.index.owner === ledger) return meta.index;
  const index: IdIndex = { owner: ledger, ids: new Set(ledger.records.map((record) => record.entry.id)) };
  trusted.set(ledger, { index });
  return index;
}

function freezeRecord(record: LedgerRecord): LedgerRecord {
  const { entry } = record;
  Object.freeze(entry.subjectIds);
  Object.freeze(entry.categories);
  Object.freeze(entry.basis);
  Object.freeze(entry);
  return Object.freeze(record);
}

/** Freezes and registers a ledger whose records were all validated and chained here. */
export function trustLedger(records: readonly LedgerRecord[]): DisclosureLedger {
  for (const record of records) if (!Object.isFrozen(record)) freezeRecord(record);
  const ledger: DisclosureLedger = Object.freeze({ records: Object.freeze(records) });
  trusted.set(ledger, { index: { owner: ledger, ids: new Set(records.map((record) => record.entry.id)) } });
  return ledger;
}

/** Builds the trusted ledger that is `previous` plus one new, already hashed record. */
export function extendTrustedLedger(previous: DisclosureLedger, record: LedgerRecord): DisclosureLedger {
  const index = indexOf(previous);
  // A fresh array per append keeps every earlier ledger unchanged; spreading is the fastest copy in V8.
  const ledger: DisclosureLedger = Object.freeze({ records: Object.freeze([...previous.records, freezeRecord(record)]) });
  // Hand the index on: `previous` rebuilds its own if it is ever extended a second time.
  index.ids.add(record.entry.id);
  index.owner = ledger;
  trusted.set(ledger, { index });
  return ledger;
}
