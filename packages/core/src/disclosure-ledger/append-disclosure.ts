import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import {
  DisclosureEntry,
  LEDGER_GENESIS_HASH,
  LEDGER_MAX_RECORDS,
  type DisclosureLedger,
  type LedgerRecord,
} from './disclosure-ledger.schema.js';
import { instantOf } from './internal/instant.js';
import { normalizeEntry } from './internal/normalize-entry.js';
import { recordHash } from './internal/record-hash.js';
import { readIntactLedger } from './internal/read-intact-ledger.js';
import { extendTrustedLedger, hasEntryId } from './internal/trusted-ledgers.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { disclosureLedgerMessagesDa } from './messages.da.js';

learnMessages(disclosureLedgerMessagesDa);

/** Options for {@link appendDisclosure}. */
export type AppendDisclosureOptions = LocaleOptions;

/**
 * Records one disclosure at the end of the ledger and answers with a new ledger; the one passed
 * in is left as it was. The entry is validated, must not be dated before the last record
 * (`ledger_time_order`) and must have a new id (`ledger_duplicate_entry`). A ledger that did not
 * come from `createLedger`/`appendDisclosure` in this session (say, one loaded from storage) is
 * verified in full first, and a damaged one is refused (`ledger_broken`) rather than extended.
 * Ledgers it returns are deeply frozen, which is what lets the next append skip re-verification.
 * Issue paths point into the argument they concern (the entry, or `records` of the ledger).
 *
 * @example
 * appendDisclosure(createLedger().value, {
 *   id: 'd-1', at: '2026-03-02T10:00:00+01:00', fromActorId: 'cw-1', toActorId: 'school-1',
 *   familyId: 'fam-1', subjectIds: ['child-1'], categories: ['general'], purpose: 'school-start',
 *   basis: { kind: 'consent', consentId: 'c-1' },
 * })
 * //=> { ok: true, value: { records: [{ sequence: 1, entry: { id: 'd-1', … }, previousHash: '000…0', hash: '…' }] } }
 */
export function appendDisclosure(ledger: unknown, entry: unknown, options: AppendDisclosureOptions = {}): Result<DisclosureLedger> {
  const read = readIntactLedger(ledger, options);
  if (!read.ok) return read;
  const base = read.value;

  const parsed = parseInput(DisclosureEntry, entry, options);
  if (!parsed.ok) return parsed;
  const next = normalizeEntry(parsed.value);

  const last: LedgerRecord | undefined = base.records[base.records.length - 1];
  if (base.records.length >= LEDGER_MAX_RECORDS) {
    return fail([createIssue('too_many', ['records'], { maximum: LEDGER_MAX_RECORDS }, options)]);
  }
  if (last !== undefined && instantOf(next.at) < instantOf(last.entry.at)) {
    return fail([createIssue('ledger_time_order', ['at'], { at: next.at, lastAt: last.entry.at }, options)]);
  }
  if (hasEntryId(base, next.id)) return fail([createIssue('ledger_duplicate_entry', ['id'], { id: next.id }, options)]);

  const sequence = base.records.length + 1;
  const previousHash = last?.hash ?? LEDGER_GENESIS_HASH;
  const hash = recordHash(sequence, next, previousHash, options);
  if (!hash.ok) return hash;
  return ok(extendTrustedLedger(base, { sequence, entry: next, previousHash, hash: hash.value }));
}
