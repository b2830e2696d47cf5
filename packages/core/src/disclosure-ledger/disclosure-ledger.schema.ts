import * as z from '../common/schema/index.js';
import { Id, IsoDateTime, LocalizedLongText, LocalizedText } from '../common/schemas.js';
import { SourceReference } from '../common/source-reference.js';
import { DataCategory } from '../consent/data-category.js';
import { DisclosureBasis } from '../disclosure/disclosure-basis.schema.js';

/** The most records one ledger may hold; far above a family's lifetime of disclosures. */
export const LEDGER_MAX_RECORDS = 1_000_000;

/** The `previousHash` of the first record: 64 zeros, so every record has a predecessor hash. */
export const LEDGER_GENESIS_HASH = '0'.repeat(64);

/** A SHA-256 digest as 64 lower-case hexadecimal characters. */
export const LedgerHash = z.string().check(z.regex(/^[0-9a-f]{64}$/));
export type LedgerHash = z.infer<typeof LedgerHash>;

/** A record's position in its ledger, counted from 1. */
export const LedgerSequence = z.int().check(z.minimum(1), z.maximum(LEDGER_MAX_RECORDS));
export type LedgerSequence = z.infer<typeof LedgerSequence>;

const hasReadableInstant = (at: unknown): boolean => typeof at !== 'string' || Number.isFinite(Date.parse(at));

/**
 * One disclosure as it is written into the ledger: who passed information about which family
 * members to whom, when, for which purpose and on which basis. It is the evidence a family is
 * shown when it asks what has been shared about it (GDPR art. 15), and the per-recipient log
 * forvaltningsloven § 28 practice expects.
 */
export const DisclosureEntry = z
  .strictObject({
    id: Id,
    at: IsoDateTime,
    fromActorId: Id,
    toActorId: Id,
    familyId: Id,
    subjectIds: z.array(Id).check(z.minLength(1), z.maxLength(50)),
    categories: z.array(DataCategory).check(z.minLength(1), z.maxLength(6)),
    purpose: Id,
    basis: DisclosureBasis,
    note: z.optional(z.string().check(z.minLength(1), z.maxLength(2_000))),
    recordedByActorId: z.optional(Id),
  })
  .check(z.refine((entry) => hasReadableInstant(entry.at), { params: { code: 'invalid_datetime' }, path: ['at'] }));
export type DisclosureEntry = z.infer<typeof DisclosureEntry>;

/** The part of a record its hash covers: position, entry and the hash of the record before it. */
export const LedgerRecordContent = z.strictObject({
  sequence: LedgerSequence,
  entry: DisclosureEntry,
  previousHash: LedgerHash,
});
export type LedgerRecordContent = z.infer<typeof LedgerRecordContent>;

/**
 * A chained ledger record. `hash` is SHA-256 over the canonical JSON of
 * `{ sequence, entry, previousHash }`, so changing, removing or reordering any earlier record
 * breaks the chain from that point on.
 */
export const LedgerRecord = z.strictObject({
  sequence: LedgerSequence,
  entry: DisclosureEntry,
  previousHash: LedgerHash,
  hash: LedgerHash,
});
export type LedgerRecord = z.infer<typeof LedgerRecord>;

/**
 * An append-only, hash-chained log of disclosures. Plain and JSON-serialisable, so a portal
 * can store it as it is and verify it again after loading.
 */
export const DisclosureLedger = z.strictObject({
  records: z.readonly(z.array(LedgerRecord).check(z.maxLength(LEDGER_MAX_RECORDS))),
});
export type DisclosureLedger = z.infer<typeof DisclosureLedger>;

/**
 * A record hash kept outside the ledger (in a receipt, a second system, a printed report).
 * A chain alone cannot reveal a wholesale rewrite or a cut-off tail; a known anchor can.
 */
export const LedgerAnchor = z.strictObject({ sequence: LedgerSequence, hash: LedgerHash });
export type LedgerAnchor = z.infer<typeof LedgerAnchor>;

/** What kind of damage `verifyLedger` found first. */
export const LedgerProblem = z.enum([
  'invalid_record',
  'sequence_gap',
  'hash_mismatch',
  'chain_broken',
  'time_order',
  'duplicate_entry_id',
  'anchor_mismatch',
]);
export type LedgerProblem = z.infer<typeof LedgerProblem>;

/** How a ledger disclosure basis kind is presented to people, with the rule it rests on. */
export const LedgerBasisKindInfo = z.strictObject({
  kind: z.enum(['consent', 'statutory', 'same-authority', 'duty-to-notify']),
  label: LocalizedText,
  description: LocalizedLongText,
  source: SourceReference,
});
export type LedgerBasisKindInfo = z.infer<typeof LedgerBasisKindInfo>;

/**
 * What a family asks the ledger: disclosures about family `familyId`, optionally only those
 * about person `personId`, optionally within a period (`from` inclusive, `to` exclusive).
 */
export const DisclosureReportQuery = z
  .strictObject({
    familyId: Id,
    personId: z.optional(Id),
    from: z.optional(IsoDateTime),
    to: z.optional(IsoDateTime),
  })
  .check(
    z.refine((query) => query.from === undefined || query.to === undefined || Date.parse(query.from) <= Date.parse(query.to), {
      params: { code: 'date_order' },
      path: ['to'],
    }),
  );
export type DisclosureReportQuery = z.infer<typeof DisclosureReportQuery>;
