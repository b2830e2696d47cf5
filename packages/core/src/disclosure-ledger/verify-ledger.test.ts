import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEDGER_GENESIS_HASH, hashLedgerRecord, verifyLedger, type DisclosureEntry } from '@samspil/core';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { sampleEntry, sampleLedger, thawed } from './internal/test-fixtures.js';

interface StoredRecord {
  sequence: number;
  entry: DisclosureEntry;
  previousHash: string;
  hash: string;
}

const ten = sampleLedger(10);
const stored = (): { records: StoredRecord[] } => thawed(ten) as unknown as { records: StoredRecord[] };
const rehash = (record: StoredRecord): string =>
  expectSuccess(hashLedgerRecord({ sequence: record.sequence, entry: record.entry, previousHash: record.previousHash }));
const at = (ledger: { records: StoredRecord[] }, index: number): StoredRecord => {
  const record = ledger.records[index];
  if (record === undefined) throw new Error(`no record at ${index}`);
  return record;
};

/** Builds a correctly hashed chain from arbitrary entries, bypassing appendDisclosure's rules. */
function forgeChain(entries: DisclosureEntry[]): { records: StoredRecord[] } {
  const records: StoredRecord[] = [];
  let previousHash = LEDGER_GENESIS_HASH;
  entries.forEach((entry, index) => {
    const record = { sequence: index + 1, entry, previousHash, hash: '' };
    record.hash = rehash(record);
    previousHash = record.hash;
    records.push(record);
  });
  return { records };
}

describe('verifyLedger', () => {
  it('finds a ledger intact, whether built in memory or read back from storage', () => {
    const expected = { intact: true, length: 10, headHash: ten.records[9]?.hash };
    expect(expectSuccess(verifyLedger(ten))).toEqual(expected);
    expect(expectSuccess(verifyLedger(stored()))).toEqual(expected);
  });

  it('catches an edited category in record 5 of 10 as a hash mismatch at 5', () => {
    const ledger = stored();
    at(ledger, 4).entry.categories = ['health'];
    expect(expectSuccess(verifyLedger(ledger))).toMatchObject({
      intact: false,
      length: 10,
      firstBrokenSequence: 5,
      index: 4,
      problem: 'hash_mismatch',
      found: ten.records[4]?.hash,
    });
  });

  it('catches a deleted record 3 as a gap at 3', () => {
    const ledger = stored();
    ledger.records.splice(2, 1);
    expect(expectSuccess(verifyLedger(ledger))).toMatchObject({
      intact: false,
      length: 9,
      firstBrokenSequence: 3,
      index: 2,
      problem: 'sequence_gap',
      expected: 3,
      found: 4,
    });
  });

  it('catches two swapped records at the first of them', () => {
    const ledger = stored();
    const fourth = at(ledger, 3);
    ledger.records[3] = at(ledger, 6);
    ledger.records[6] = fourth;
    expect(expectSuccess(verifyLedger(ledger))).toMatchObject({ firstBrokenSequence: 4, problem: 'sequence_gap', expected: 4, found: 7 });

    // Swapping only the entries keeps sequence numbers in place; the hashes give it away.
    const entries = stored();
    const entry = at(entries, 3).entry;
    at(entries, 3).entry = at(entries, 6).entry;
    at(entries, 6).entry = entry;
    expect(expectSuccess(verifyLedger(entries))).toMatchObject({ firstBrokenSequence: 4, problem: 'hash_mismatch' });
  });

  it('catches a record edited and re-hashed as a broken chain at the next record', () => {
    const ledger = stored();
    const fifth = at(ledger, 4);
    fifth.entry.toActorId = 'police-1';
    fifth.hash = rehash(fifth);
    expect(expectSuccess(verifyLedger(ledger))).toMatchObject({
      firstBrokenSequence: 6,
      index: 5,
      problem: 'chain_broken',
      expected: fifth.hash,
      found: ten.records[4]?.hash,
    });
  });

  it('catches a changed hash at that record', () => {
    const ledger = stored();
    at(ledger, 6).hash = 'f'.repeat(64);
    expect(expectSuccess(verifyLedger(ledger))).toMatchObject({ firstBrokenSequence: 7, problem: 'hash_mismatch', found: 'f'.repeat(64) });
    const first = stored();
    at(first, 0).previousHash = 'a'.repeat(64);
    at(first, 0).hash = rehash(at(first, 0));
    expect(expectSuccess(verifyLedger(first))).toMatchObject({ firstBrokenSequence: 1, problem: 'chain_broken', expected: LEDGER_GENESIS_HASH });
  });

  it('reports a record that is not a record, with its issues', () => {
    const ledger = stored();
    (at(ledger, 1).entry as { categories: unknown }).categories = ['gossip'];
    const verification = expectSuccess(verifyLedger(ledger, { locale: 'en' }));
    expect(verification).toMatchObject({ intact: false, firstBrokenSequence: 2, index: 1, problem: 'invalid_record' });
    expect(verification.intact === false && verification.issues?.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'invalid_option', path: ['records', 1, 'entry', 'categories', 0] },
    ]);
  });

  it('catches a correctly hashed chain that goes back in time or repeats an entry id', () => {
    const backwards = forgeChain([sampleEntry(1), sampleEntry(3), sampleEntry(2)]);
    expect(expectSuccess(verifyLedger(backwards))).toMatchObject({ firstBrokenSequence: 3, problem: 'time_order', found: sampleEntry(2).at });
    const repeated = forgeChain([sampleEntry(1), sampleEntry(2), sampleEntry(3, { id: 'd-1' })]);
    expect(expectSuccess(verifyLedger(repeated))).toMatchObject({ firstBrokenSequence: 3, problem: 'duplicate_entry_id', found: 'd-1' });
  });

  it('uses anchors to catch a cut-off tail or a rewritten chain', () => {
    const head = { sequence: 10, hash: ten.records[9]?.hash };
    expect(expectSuccess(verifyLedger(stored(), { anchors: [head] })).intact).toBe(true);

    const truncated = stored();
    truncated.records.splice(8);
    expect(expectSuccess(verifyLedger(truncated)).intact).toBe(true);
    expect(expectSuccess(verifyLedger(truncated, { anchors: [head] }))).toMatchObject({
      intact: false,
      firstBrokenSequence: 10,
      problem: 'anchor_mismatch',
      expected: head.hash,
    });

    const rewritten = forgeChain(ten.records.map((record, index) => (index === 3 ? sampleEntry(4, { toActorId: 'police-1' }) : record.entry)));
    expect(expectSuccess(verifyLedger(rewritten)).intact).toBe(true);
    expect(expectSuccess(verifyLedger(rewritten, { anchors: [head, { sequence: 6, hash: ten.records[5]?.hash }] }))).toMatchObject({
      firstBrokenSequence: 6,
      problem: 'anchor_mismatch',
    });
    expect(expectSuccess(verifyLedger(rewritten, { anchors: [{ sequence: 3, hash: ten.records[2]?.hash }] })).intact).toBe(true);
  });

  it('fails on something that is not a ledger, or on malformed anchors', () => {
    expect(issueCodes(verifyLedger({ records: 'none' }))).toEqual(['invalid_type']);
    expect(issueCodes(verifyLedger(null))).toEqual(['invalid_type']);
    expect(issueCodes(verifyLedger(throwingProxy()))).toEqual(['unreadable_input']);
    expect(verifyLedger(ten, { anchors: [{ sequence: 0, hash: 'x' }] })).toMatchObject({
      ok: false,
      issues: [{ path: ['anchors', 0, 'sequence'] }, { path: ['anchors', 0, 'hash'] }],
    });
  });

  it('does not mutate the ledger', () => {
    const frozen = deepFreeze(stored());
    expect(expectSuccess(verifyLedger(frozen)).intact).toBe(true);
  });

  it('property: an edit anywhere in the entry of record k is caught at k', () => {
    const edits: ((entry: DisclosureEntry) => DisclosureEntry)[] = [
      (entry) => ({ ...entry, categories: ['criminal'] }),
      (entry) => ({ ...entry, toActorId: 'someone-else' }),
      (entry) => ({ ...entry, subjectIds: [...entry.subjectIds, 'parent-2'] }),
      (entry) => ({ ...entry, basis: { kind: 'same-authority', authorityId: 'kommune-1' } }),
      (entry) => ({ ...entry, note: 'added later' }),
      (entry) => ({ ...entry, at: entry.at.replace('+01:00', '+01:01') }),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: edits.length - 1 }), (index, edit) => {
        const ledger = stored();
        const record = at(ledger, index);
        record.entry = edits[edit]?.(record.entry) ?? record.entry;
        expect(expectSuccess(verifyLedger(ledger))).toMatchObject({ intact: false, firstBrokenSequence: index + 1, problem: 'hash_mismatch' });
      }),
    );
  });

  it('property: hostile input never throws and answers with a verdict or well-formed issues', () => {
    const small = thawed(sampleLedger(3));
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(small)), fc.option(fc.oneof(anyInput, corruptSomewhere([{ sequence: 1, hash: 'a'.repeat(64) }]))), (ledger, anchors) => {
        const result = verifyLedger(ledger, anchors === null ? {} : { anchors });
        if (!result.ok) expectFailure(result);
        else if (!result.value.intact) expect(result.value.firstBrokenSequence).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
