import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Issue } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { LedgerAnchor, type LedgerProblem } from './disclosure-ledger.schema.js';
import { inspectLedger } from './internal/inspect-ledger.js';

/** Options for {@link verifyLedger}. */
export interface VerifyLedgerOptions extends LocaleOptions {
  /**
   * Record hashes known from outside the ledger (`{ sequence, hash }`, e.g. the head hash
   * printed on the family's last report). They reveal what the chain alone cannot: a rewrite of
   * every record from some point on, or records cut off the end.
   */
  readonly anchors?: unknown;
}

/** The ledger is whole: every record is where it should be and chained to the one before. */
export interface LedgerIntact {
  readonly intact: true;
  readonly length: number;
  /** Hash of the last record (the genesis hash for an empty ledger); keep it as an anchor. */
  readonly headHash: string;
}

/**
 * The first place the ledger is damaged. `firstBrokenSequence` is the sequence number expected
 * at array position `index`; `expected` and `found` say what should have been there and what was.
 * - `invalid_record`: the record does not match the schema (`issues` say how);
 * - `sequence_gap`: a record is missing, duplicated or out of order;
 * - `hash_mismatch`: the record's content or its stored hash was changed;
 * - `chain_broken`: the record does not point at the hash of the record before it (a record
 *   before it was changed and re-hashed, or records were spliced together);
 * - `time_order`: the record is dated before the one before it;
 * - `duplicate_entry_id`: the entry id was recorded before;
 * - `anchor_mismatch`: the record does not carry the hash an anchor remembers, or is missing.
 */
export interface LedgerBroken {
  readonly intact: false;
  readonly length: number;
  readonly firstBrokenSequence: number;
  readonly index: number;
  readonly problem: LedgerProblem;
  readonly expected?: string | number;
  readonly found?: string | number;
  readonly issues?: readonly Issue[];
}

/** What {@link verifyLedger} found. */
export type LedgerVerification = LedgerIntact | LedgerBroken;

const Anchors = z.array(LedgerAnchor).check(z.maxLength(10_000));

/**
 * Recomputes every record's hash and checks sequence, chain links, time order and unique entry
 * ids, and answers where the ledger was first tampered with: an edited entry shows as
 * `hash_mismatch` at that record, a removed or reordered record as `sequence_gap` where the
 * order breaks, an entry edited and re-hashed as `chain_broken` at the record after it. A damaged
 * ledger is an answer (`ok` with `intact: false`), not a failure; the result fails only when the
 * input is not a ledger at all or the anchors are malformed.
 *
 * @example
 * verifyLedger(ledger)
 * //=> { ok: true, value: { intact: true, length: 10, headHash: '9f2c…' } }
 * verifyLedger(ledgerWithRecord5Edited)
 * //=> { ok: true, value: { intact: false, length: 10, firstBrokenSequence: 5, index: 4, problem: 'hash_mismatch', expected: '…', found: '…' } }
 */
export function verifyLedger(ledger: unknown, options: VerifyLedgerOptions = {}): Result<LedgerVerification> {
  let anchors: readonly LedgerAnchor[] = [];
  if (options.anchors !== undefined) {
    const parsed = parseInput(Anchors, options.anchors, options);
    if (!parsed.ok) return fail(parsed.issues.map((issue) => ({ ...issue, path: ['anchors', ...issue.path] })));
    anchors = parsed.value;
  }
  const inspection = inspectLedger(ledger, { locale: options.locale, messages: options.messages, anchors });
  if (!inspection.ok) return inspection;
  return ok(inspection.value.verification);
}

