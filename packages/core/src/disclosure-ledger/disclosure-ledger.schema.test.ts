import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DisclosureEntry,
  DisclosureLedger,
  DisclosureReportQuery,
  LedgerAnchor,
  LedgerRecord,
  formatMessage,
  parseInput,
  type IssueCode,
} from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { sampleEntry, sampleLedger, thawed } from './internal/test-fixtures.js';
import { disclosureLedgerMessagesDa } from './messages.da.js';
import { disclosureLedgerMessagesEn } from './messages.en.js';

const ledger = thawed(sampleLedger(3));
const schemas = [
  ['DisclosureEntry', DisclosureEntry, sampleEntry(1, { note: 'Aftalt med mor', recordedByActorId: 'cw-2' })],
  ['LedgerRecord', LedgerRecord, ledger.records[0]],
  ['DisclosureLedger', DisclosureLedger, ledger],
  ['DisclosureReportQuery', DisclosureReportQuery, { familyId: 'fam-1', personId: 'child-1', from: '2026-01-01T00:00:00+01:00', to: '2026-07-01T00:00:00+02:00' }],
  ['LedgerAnchor', LedgerAnchor, { sequence: 3, hash: 'a'.repeat(64) }],
] as const;

describe.each(schemas)('%s', (_name, schema, valid) => {
  it('round-trips a valid value', () => {
    expect(expectSuccess(parseInput(schema, valid))).toEqual(valid);
  });

  it('property: arbitrary and corrupted input never throws, and failures are well-formed', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(valid)), (input) => {
        const result = parseInput(schema, input);
        if (!result.ok) expectFailure(result);
      }),
    );
  });
});

describe('DisclosureEntry', () => {
  it('bounds its lists and texts', () => {
    expect(issueCodes(parseInput(DisclosureEntry, sampleEntry(1, { subjectIds: [] })))).toEqual(['too_few']);
    expect(issueCodes(parseInput(DisclosureEntry, sampleEntry(1, { subjectIds: Array.from({ length: 51 }, (_, i) => `p-${i}`) })))).toEqual(['too_many']);
    expect(issueCodes(parseInput(DisclosureEntry, sampleEntry(1, { note: 'x'.repeat(2_001) })))).toEqual(['too_long']);
    expect(issueCodes(parseInput(DisclosureEntry, sampleEntry(1, { at: '2026-03-02T09:00:00' })))).toEqual(['invalid_datetime']);
  });
});

describe('disclosure ledger messages', () => {
  it('has the same ledger_ codes in Danish and English, all reachable through formatMessage', () => {
    const codes = Object.keys(disclosureLedgerMessagesDa);
    expect(Object.keys(disclosureLedgerMessagesEn).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(code).toMatch(/^ledger_[a-z_]+$/);
      expect(formatMessage(code as IssueCode, {})).toBe(disclosureLedgerMessagesDa[code as keyof typeof disclosureLedgerMessagesDa]);
      expect(formatMessage(code as IssueCode, {}, { locale: 'en' })).toBe(disclosureLedgerMessagesEn[code as keyof typeof disclosureLedgerMessagesEn]);
    }
  });
});
