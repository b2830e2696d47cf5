import * as z from '../../common/schema/index.js';
import { parseInput } from '../../common/parse-input.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { LEDGER_GENESIS_HASH, LEDGER_MAX_RECORDS, LedgerRecord, type LedgerAnchor } from '../disclosure-ledger.schema.js';
import type { LedgerBroken, LedgerVerification } from '../verify-ledger.js';
import { instantOf } from './instant.js';
import { normalizeEntry } from './normalize-entry.js';
import { recordHash } from './record-hash.js';

const LedgerShape = z.strictObject({ records: z.array(z.unknown()).check(z.maxLength(LEDGER_MAX_RECORDS)) });

/** Where and how a ledger breaks: what {@link verifyLedger} reports, less the verdict and the length. */
type Problem = Omit<LedgerBroken, 'intact' | 'length'>;

export interface LedgerInspection {
  readonly verification: LedgerVerification;
  /** Records that passed the schema, in ledger order (normalised). */
  readonly records: readonly LedgerRecord[];
}

export interface InspectOptions extends LocaleOptions {
  /** Keep reading (schema only) after the first problem, to collect every readable record. */
  readonly collect?: boolean;
  readonly anchors?: readonly LedgerAnchor[];
}

/**
 * Reads an untrusted ledger record by record and finds the first place its chain is damaged.
 * Fails only when the input is not a ledger at all (no `records` array).
 */
export function inspectLedger(input: unknown, options: InspectOptions = {}): Result<LedgerInspection> {
  const shape = parseInput(LedgerShape, input, options);
  if (!shape.ok) return shape;
  const raw = shape.value.records;
  const records: LedgerRecord[] = [];
  const hashAt: (string | undefined)[] = [];
  const ids = new Set<string>();
  let problem: Problem | undefined;
  let previous: LedgerRecord | undefined;

  for (let index = 0; index < raw.length; index += 1) {
    const expected = index + 1;
    const parsed = parseInput(LedgerRecord, raw[index], options);
    if (!parsed.ok) {
      hashAt.push(undefined);
      if (problem === undefined) {
        const issues = parsed.issues.map((issue) => ({ ...issue, path: ['records', index, ...issue.path] }));
        problem = { firstBrokenSequence: expected, index, problem: 'invalid_record', issues };
      }
      if (options.collect === true) continue;
      break;
    }
    const record: LedgerRecord = { ...parsed.value, entry: normalizeEntry(parsed.value.entry) };
    records.push(record);
    hashAt.push(record.hash);
    if (problem !== undefined) continue;
    problem = checkRecord(record, index, previous, ids, options);
    if (problem !== undefined && options.collect !== true) break;
    ids.add(record.entry.id);
    previous = record;
  }

  const anchorProblem = checkAnchors(options.anchors ?? [], hashAt);
  if (anchorProblem !== undefined && (problem === undefined || anchorProblem.firstBrokenSequence < problem.firstBrokenSequence)) {
    problem = anchorProblem;
  }
  const length = raw.length;
  const verification: LedgerVerification =
    problem === undefined
      ? { intact: true, length, headHash: previous?.hash ?? LEDGER_GENESIS_HASH }
      : { intact: false, length, ...problem };
  return ok({ verification, records });
}

function checkRecord(
  record: LedgerRecord,
  index: number,
  previous: LedgerRecord | undefined,
  ids: ReadonlySet<string>,
  options: LocaleOptions,
): Problem | undefined {
  const expected = index + 1;
  const at = { firstBrokenSequence: expected, index };
  if (record.sequence !== expected) return { ...at, problem: 'sequence_gap', expected, found: record.sequence };
  const hash = recordHash(record.sequence, record.entry, record.previousHash, options);
  if (!hash.ok) return { ...at, problem: 'invalid_record', issues: hash.issues };
  if (hash.value !== record.hash) return { ...at, problem: 'hash_mismatch', expected: hash.value, found: record.hash };
  const previousHash = previous?.hash ?? LEDGER_GENESIS_HASH;
  if (record.previousHash !== previousHash) return { ...at, problem: 'chain_broken', expected: previousHash, found: record.previousHash };
  if (previous !== undefined && instantOf(record.entry.at) < instantOf(previous.entry.at)) {
    return { ...at, problem: 'time_order', expected: previous.entry.at, found: record.entry.at };
  }
  if (ids.has(record.entry.id)) return { ...at, problem: 'duplicate_entry_id', found: record.entry.id };
  return undefined;
}

function checkAnchors(anchors: readonly LedgerAnchor[], hashAt: readonly (string | undefined)[]): Problem | undefined {
  let first: Problem | undefined;
  for (const anchor of anchors) {
    const index = anchor.sequence - 1;
    const found = hashAt[index];
    if (found === anchor.hash) continue;
    if (first !== undefined && first.firstBrokenSequence <= anchor.sequence) continue;
    first = {
      firstBrokenSequence: anchor.sequence,
      index,
      problem: 'anchor_mismatch',
      expected: anchor.hash,
      ...(found === undefined ? {} : { found }),
    };
  }
  return first;
}
