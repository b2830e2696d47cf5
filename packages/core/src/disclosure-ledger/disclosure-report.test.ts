import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendDisclosure, disclosureReport, type DisclosureLedger } from '@samspil/core';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { sampleAt, sampleEntry, sampleLedger, thawed } from './internal/test-fixtures.js';

// Entries n = 1..9, six hours apart from 2 March 09:00 (+01:00); recipients rotate school, gp,
// daycare; even n concern child-1, odd n child-2 and parent-1; n = 3, 6, 9 include health;
// n = 4, 8 rest on a statutory basis, the rest on consent. n = 5 belongs to another family.
const ledger: DisclosureLedger = sampleLedger(9, (n) => sampleEntry(n, n === 5 ? { familyId: 'fam-2' } : { note: `note ${n}` }));
const actors = [
  { id: 'school-1', name: 'Skovbo Skole', kind: 'organisation' },
  { id: 'gp-1', name: 'Lægehuset Vest' },
  { id: 'cw-1', name: 'Mette (sagsbehandler)' },
  { id: 'daycare-1', name: 42 },
  null,
  'not an actor',
];

describe('disclosureReport', () => {
  it('groups one family\'s disclosures by recipient, oldest first, with names and Danish labels', () => {
    const report = expectSuccess(disclosureReport(ledger, { familyId: 'fam-1' }, { actors }));
    expect(report).toMatchObject({ familyId: 'fam-1', locale: 'da', total: 8, integrity: { intact: true, length: 9 } });
    expect(report.recipients.map(({ recipient, count }) => ({ ...recipient, count }))).toEqual([
      { id: 'school-1', name: 'Skovbo Skole', named: true, count: 3 },
      { id: 'gp-1', name: 'Lægehuset Vest', named: true, count: 2 },
      { id: 'daycare-1', name: 'daycare-1', named: false, count: 3 },
    ]);
    const school = report.recipients[0];
    expect(school?.disclosures.map((item) => item.entryId)).toEqual(['d-1', 'd-4', 'd-7']);
    expect(school).toMatchObject({ firstAt: sampleAt(1), lastAt: sampleAt(7) });
    expect(school?.bases).toEqual([
      { id: 'consent', label: 'Samtykke' },
      { id: 'statutory', label: 'Hjemmel i loven' },
    ]);
    expect(report.recipients[2]?.categories.map((category) => category.id)).toEqual(['general', 'health']);
    expect(school?.disclosures[1]).toEqual({
      entryId: 'd-4',
      sequence: 4,
      at: sampleAt(4),
      from: { id: 'cw-1', name: 'Mette (sagsbehandler)', named: true },
      subjectIds: ['child-1'],
      categories: [{ id: 'general', label: 'Almindelige oplysninger (navn, kontakt, aftaler)' }],
      purpose: 'school-start',
      basis: { kind: 'statutory', basisId: 'early-intervention', citation: 'Eksempel på lovhjemmel' },
      basisLabel: 'Hjemmel i loven',
      basisDescription: expect.stringContaining('lovregel') as string,
    });
  });

  it('speaks English when asked', () => {
    const report = expectSuccess(disclosureReport(ledger, { familyId: 'fam-1' }, { locale: 'en-GB' }));
    expect(report.locale).toBe('en');
    const item = report.recipients[2]?.disclosures[0]; // d-3 to daycare-1
    expect(item?.categories).toEqual([
      { id: 'health', label: 'Health information' },
      { id: 'general', label: 'General information (name, contact, appointments)' },
    ]);
    expect(item?.basisLabel).toBe('Consent');
    expect(report.recipients[0]?.recipient).toEqual({ id: 'school-1', name: 'school-1', named: false });
  });

  it('filters by period, from inclusive and to exclusive', () => {
    const report = expectSuccess(disclosureReport(ledger, { familyId: 'fam-1', from: sampleAt(3), to: sampleAt(7) }));
    expect(report).toMatchObject({ from: sampleAt(3), to: sampleAt(7), total: 3 });
    expect(report.recipients.flatMap((group) => group.disclosures.map((item) => item.entryId)).sort()).toEqual(['d-3', 'd-4', 'd-6']);
    // An instant written with another offset is the same instant.
    const sameStart = expectSuccess(disclosureReport(ledger, { familyId: 'fam-1', from: '2026-03-02T14:00:00Z' }));
    expect(sameStart.total).toBe(7);
  });

  it('filters by person', () => {
    const report = expectSuccess(disclosureReport(ledger, { familyId: 'fam-1', personId: 'parent-1' }));
    expect(report.personId).toBe('parent-1');
    expect(report.recipients.flatMap((group) => group.disclosures.map((item) => item.entryId)).sort()).toEqual(['d-1', 'd-3', 'd-7', 'd-9']);
    expect(expectSuccess(disclosureReport(ledger, { familyId: 'fam-1', personId: 'nobody' }))).toMatchObject({ total: 0, recipients: [] });
  });

  it('leaves notes out unless asked', () => {
    const withoutNotes = expectSuccess(disclosureReport(ledger, { familyId: 'fam-1' }));
    expect(withoutNotes.recipients[0]?.disclosures[0]).not.toHaveProperty('note');
    const withNotes = expectSuccess(disclosureReport(ledger, { familyId: 'fam-1' }, { includeNotes: true }));
    expect(withNotes.recipients[0]?.disclosures[0]?.note).toBe('note 1');
  });

  it('shows what it can read of a damaged ledger, and says it is damaged', () => {
    const stored = thawed(ledger);
    (stored.records[1] as { entry: { purpose: string } }).entry.purpose = 'something-else';
    stored.records[3] = { broken: true };
    const report = expectSuccess(disclosureReport(stored, { familyId: 'fam-1' }));
    expect(report.integrity).toMatchObject({ intact: false, firstBrokenSequence: 2, problem: 'hash_mismatch' });
    expect(report.total).toBe(7);
  });

  it('rejects a malformed query', () => {
    expect(disclosureReport(ledger, { familyId: 'fam-1', from: sampleAt(5), to: sampleAt(2) })).toMatchObject({
      ok: false,
      issues: [{ code: 'date_order', path: ['to'] }],
    });
    expect(issueCodes(disclosureReport(ledger, {}))).toEqual(['required']);
    expect(issueCodes(disclosureReport(ledger, { familyId: 'fam-1', from: '2026-03-01' }))).toEqual(['invalid_datetime']);
    expect(issueCodes(disclosureReport('ledger', { familyId: 'fam-1' }))).toEqual(['invalid_type']);
  });

  it('does not mutate its inputs, and later changes to the report do not reach the ledger', () => {
    const frozenStored = deepFreeze(thawed(ledger));
    const query = deepFreeze({ familyId: 'fam-1', personId: 'child-1' });
    const frozenActors = deepFreeze(structuredClone(actors));
    const report = expectSuccess(disclosureReport(frozenStored, query, { actors: frozenActors }));
    expect(report.total).toBe(4);
    const item = report.recipients[0]?.disclosures[0];
    expect(Object.isFrozen(item?.subjectIds)).toBe(false);
    expect(expectSuccess(disclosureReport(ledger, query)).total).toBe(4);
  });

  it('survives hostile actor lists', () => {
    for (const hostile of [throwingProxy(), [throwingProxy(), { id: 'gp-1', name: 'Lægehuset' }], 'x', { length: 1e9 }]) {
      const report = expectSuccess(disclosureReport(ledger, { familyId: 'fam-1' }, { actors: hostile }));
      expect(report.total).toBe(8);
    }
    const partly = expectSuccess(disclosureReport(ledger, { familyId: 'fam-1' }, { actors: [throwingProxy(), { id: 'gp-1', name: ' Lægehuset ' }] }));
    expect(partly.recipients[1]?.recipient).toEqual({ id: 'gp-1', name: 'Lægehuset', named: true });
  });

  it('property: hostile ledgers, queries and options never throw', () => {
    const small = thawed(sampleLedger(3));
    fc.assert(
      fc.property(
        fc.oneof(anyInput, corruptSomewhere(small)),
        fc.oneof(anyInput, corruptSomewhere({ familyId: 'fam-1', personId: 'child-1', from: sampleAt(1), to: sampleAt(3) })),
        anyInput,
        (input, query, actorList) => {
          const result = disclosureReport(input, query, { actors: actorList });
          if (!result.ok) expectFailure(result);
          else expect(result.value.total).toBe(result.value.recipients.reduce((sum, group) => sum + group.count, 0));
        },
      ),
    );
  });

  it('property: every selected disclosure is reported once, in time order per recipient', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('school-1', 'gp-1', 'ppr-1'), { minLength: 1, maxLength: 12 }), (recipients) => {
        let built = ledger;
        recipients.forEach((toActorId, index) => {
          built = expectSuccess(appendDisclosure(built, sampleEntry(10 + index, { toActorId })));
        });
        const report = expectSuccess(disclosureReport(built, { familyId: 'fam-1' }));
        expect(report.total).toBe(8 + recipients.length);
        for (const group of report.recipients) {
          const times = group.disclosures.map((item) => Date.parse(item.at));
          expect(times).toEqual([...times].sort((a, b) => a - b));
        }
      }),
      { numRuns: 30 },
    );
  });
});
