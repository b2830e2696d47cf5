import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEDGER_GENESIS_HASH, hashLedgerRecord } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess } from '../../../../test/support/expect-result.js';
import { sampleEntry, sampleLedger } from './internal/test-fixtures.js';

const content = { sequence: 1, entry: sampleEntry(1), previousHash: LEDGER_GENESIS_HASH };

/** Rebuilds an object with its keys inserted in reverse order, at every level. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversedKeys(item)]));
}

describe('hashLedgerRecord', () => {
  it('is SHA-256 over the documented canonical JSON (a fixed vector other systems can reproduce)', () => {
    const entry = {
      id: 'd-1',
      at: '2026-03-02T09:00:00+01:00',
      fromActorId: 'cw-1',
      toActorId: 'school-1',
      familyId: 'fam-1',
      subjectIds: ['child-1'],
      categories: ['general'],
      purpose: 'school-start',
      basis: { kind: 'consent', consentId: 'c-1' },
    };
    const canonical =
      '{"entry":{"at":"2026-03-02T09:00:00+01:00","basis":{"consentId":"c-1","kind":"consent"},"categories":["general"],' +
      '"familyId":"fam-1","fromActorId":"cw-1","id":"d-1","purpose":"school-start","subjectIds":["child-1"],"toActorId":"school-1"},' +
      `"previousHash":"${'0'.repeat(64)}","sequence":1}`;
    const expected = createHash('sha256').update(canonical, 'utf8').digest('hex');
    expect(expectSuccess(hashLedgerRecord({ sequence: 1, entry, previousHash: LEDGER_GENESIS_HASH }))).toBe(expected);
  });

  it('matches the hash appendDisclosure stores', () => {
    const ledger = sampleLedger(3);
    for (const { sequence, entry, previousHash, hash } of ledger.records) {
      expect(expectSuccess(hashLedgerRecord({ sequence, entry, previousHash }))).toBe(hash);
    }
  });

  it('does not depend on key order, and treats an absent optional field like an undefined one', () => {
    const hash = expectSuccess(hashLedgerRecord(content));
    expect(expectSuccess(hashLedgerRecord(reversedKeys(content)))).toBe(hash);
    expect(expectSuccess(hashLedgerRecord({ ...content, entry: { ...content.entry, note: undefined } }))).toBe(hash);
  });

  it('changes when anything covered changes', () => {
    const hash = expectSuccess(hashLedgerRecord(content));
    expect(expectSuccess(hashLedgerRecord({ ...content, sequence: 2 }))).not.toBe(hash);
    expect(expectSuccess(hashLedgerRecord({ ...content, previousHash: 'f'.repeat(64) }))).not.toBe(hash);
    expect(expectSuccess(hashLedgerRecord({ ...content, entry: { ...content.entry, categories: ['health'] } }))).not.toBe(hash);
  });

  it('rejects a record with its hash, or other extra keys, and does not mutate', () => {
    expectFailure(hashLedgerRecord({ ...content, hash: 'a'.repeat(64) }));
    expect(hashLedgerRecord(deepFreeze(structuredClone(content))).ok).toBe(true);
  });

  it('property: key order never changes the hash', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.boolean(), (n, reverse) => {
        const value = { sequence: n, entry: sampleEntry(n, { note: `note ${n}` }), previousHash: 'a'.repeat(64) };
        const shuffled = reverse ? reversedKeys(value) : { previousHash: value.previousHash, entry: reversedKeys(value.entry), sequence: n };
        expect(expectSuccess(hashLedgerRecord(shuffled))).toBe(expectSuccess(hashLedgerRecord(value)));
      }),
    );
  });

  it('property: never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(content)), (input) => {
        const result = hashLedgerRecord(input);
        if (result.ok) expect(result.value).toMatch(/^[0-9a-f]{64}$/);
        else expectFailure(result);
      }),
    );
  });
});
