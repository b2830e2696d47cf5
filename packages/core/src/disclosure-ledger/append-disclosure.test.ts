import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEDGER_GENESIS_HASH, appendDisclosure, createLedger, verifyLedger, type DisclosureLedger } from '@samspil/core';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { sampleEntry, sampleLedger, thawed } from './internal/test-fixtures.js';

const intact = (ledger: unknown) => expectSuccess(verifyLedger(ledger)).intact;

describe('appendDisclosure', () => {
  it('chains records from the genesis hash, and the result verifies', () => {
    const ledger = sampleLedger(10);
    expect(ledger.records.map((record) => record.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ledger.records[0]?.previousHash).toBe(LEDGER_GENESIS_HASH);
    ledger.records.slice(1).forEach((record, index) => expect(record.previousHash).toBe(ledger.records[index]?.hash));
    expect(ledger.records[4]?.entry).toEqual(sampleEntry(5));
    expect(expectSuccess(verifyLedger(ledger))).toEqual({ intact: true, length: 10, headHash: ledger.records[9]?.hash });
  });

  it('leaves the ledger and the entry it was given untouched and returns a frozen ledger', () => {
    const before = sampleLedger(2);
    const entry = deepFreeze(sampleEntry(3));
    const after = expectSuccess(appendDisclosure(before, entry));
    expect(before.records).toHaveLength(2);
    expect(after.records).toHaveLength(3);
    expect(after.records[2]?.entry).not.toBe(entry);
    expect(Object.isFrozen(after) && Object.isFrozen(after.records) && Object.isFrozen(after.records[2]?.entry.categories)).toBe(true);

    const stored = deepFreeze(thawed(before));
    expect(expectSuccess(appendDisclosure(stored, entry)).records).toHaveLength(3);

    // Freezing the answer never reaches into what the caller passed.
    const mutable = thawed(before);
    const loose = sampleEntry(3);
    expectSuccess(appendDisclosure(mutable, loose));
    expect([mutable, mutable.records[0], loose, loose.categories, loose.basis].some((value) => Object.isFrozen(value))).toBe(false);
  });

  it('continues a ledger read back from storage with the same hashes', () => {
    const direct = sampleLedger(4);
    const reloaded = expectSuccess(appendDisclosure(thawed(sampleLedger(3)), sampleEntry(4)));
    expect(reloaded).toEqual(direct);
    expect(intact(reloaded)).toBe(true);
  });

  it('refuses an entry dated before the last record, comparing instants across offsets', () => {
    const ledger = sampleLedger(1); // 2026-03-02T09:00:00+01:00 = 08:00Z
    const early = appendDisclosure(ledger, sampleEntry(2, { at: '2026-03-02T08:59:59+01:00' }));
    expect(early).toMatchObject({
      ok: false,
      issues: [{ code: 'ledger_time_order', path: ['at'], params: { at: '2026-03-02T08:59:59+01:00', lastAt: '2026-03-02T09:00:00+01:00' } }],
    });
    // Later on the wall clock, earlier as an instant.
    expect(issueCodes(appendDisclosure(ledger, sampleEntry(2, { at: '2026-03-02T09:30:00+02:00' })))).toEqual(['ledger_time_order']);
    // The same instant is fine: several disclosures can happen at once.
    expect(appendDisclosure(ledger, sampleEntry(2, { at: '2026-03-02T10:00:00+02:00' })).ok).toBe(true);
  });

  it('refuses a second entry with the same id', () => {
    const result = appendDisclosure(sampleLedger(3), sampleEntry(4, { id: 'd-2' }), { locale: 'en' });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'ledger_duplicate_entry', path: ['id'], params: { id: 'd-2' } }] });
    expectFailure(result);
    expect(result.issues[0]?.message).toBe('A disclosure with the id "d-2" is already in the log.');
  });

  it('keeps duplicate detection right when one ledger is extended twice (branches)', () => {
    const base = sampleLedger(2);
    const a = expectSuccess(appendDisclosure(base, sampleEntry(3, { id: 'a' })));
    const b = expectSuccess(appendDisclosure(base, sampleEntry(3, { id: 'b' })));
    expect(appendDisclosure(b, sampleEntry(4, { id: 'a' })).ok).toBe(true);
    expect(issueCodes(appendDisclosure(a, sampleEntry(4, { id: 'a' })))).toEqual(['ledger_duplicate_entry']);
    expect(appendDisclosure(a, sampleEntry(4, { id: 'b' })).ok).toBe(true);
    expect(issueCodes(appendDisclosure(b, sampleEntry(4, { id: 'b' })))).toEqual(['ledger_duplicate_entry']);
    expect(appendDisclosure(base, sampleEntry(3, { id: 'a' })).ok).toBe(true);
    expect([a, b].every(intact)).toBe(true);
  });

  it('validates the entry with paths relative to it', () => {
    const { basis: _basis, ...noBasis } = sampleEntry(1);
    const result = appendDisclosure(createLedger().value, { ...noBasis, categories: ['gossip'], extra: 1 });
    expectFailure(result);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual(
      expect.arrayContaining([
        { code: 'required', path: ['basis'] },
        { code: 'invalid_option', path: ['categories', 0] },
        { code: 'unknown_key', path: ['extra'] },
      ]),
    );
  });

  it('stores an undefined optional field as absent, so storage round trips keep the hash', () => {
    const ledger = expectSuccess(appendDisclosure(createLedger().value, { ...sampleEntry(1), note: undefined }));
    expect(Object.hasOwn(ledger.records[0]?.entry ?? {}, 'note')).toBe(false);
    expect(intact(thawed(ledger))).toBe(true);
  });

  it('refuses to extend a damaged ledger, saying where it is broken', () => {
    const stored = thawed(sampleLedger(5));
    const record = stored.records[2] as { entry: { categories: string[] } };
    record.entry.categories = ['criminal'];
    expect(appendDisclosure(stored, sampleEntry(6))).toMatchObject({
      ok: false,
      issues: [{ code: 'ledger_broken', path: ['records', 2], params: { sequence: 3, problem: 'hash_mismatch' } }],
    });
    const invalid = thawed(sampleLedger(2));
    invalid.records[1] = { ...invalid.records[1], hash: 'not-a-hash' };
    expect(appendDisclosure(invalid, sampleEntry(3))).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_format', path: ['records', 1, 'hash'] }],
    });
  });

  it('reports unreadable input instead of throwing', () => {
    expect(issueCodes(appendDisclosure(throwingProxy(), sampleEntry(1)))).toEqual(['unreadable_input']);
    expect(issueCodes(appendDisclosure(createLedger().value, throwingProxy()))).toEqual(['unreadable_input']);
    expect(issueCodes(appendDisclosure({ records: [throwingProxy()] }, sampleEntry(1)))).toEqual(['unreadable_input']);
  });

  it('property: hostile ledgers and entries never throw and fail with well-formed issues', () => {
    const valid: DisclosureLedger = sampleLedger(3);
    const stored = thawed(valid);
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(stored)), fc.oneof(anyInput, corruptSomewhere(sampleEntry(4))), (ledger, entry) => {
        const result = appendDisclosure(ledger, entry);
        if (result.ok) expect(intact(result.value)).toBe(true);
        else expectFailure(result);
      }),
    );
  });

  it('property: any sequence of valid entries yields a ledger that verifies', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 15 }), (gaps) => {
        let ledger: DisclosureLedger = createLedger().value;
        let n = 0;
        for (const gap of gaps) {
          n += gap;
          ledger = expectSuccess(appendDisclosure(ledger, sampleEntry(n + 1, { id: `e-${ledger.records.length}` })));
        }
        expect(expectSuccess(verifyLedger(thawed(ledger)))).toMatchObject({ intact: true, length: gaps.length });
      }),
      { numRuns: 50 },
    );
  });
});
