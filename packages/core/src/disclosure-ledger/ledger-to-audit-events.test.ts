import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, ledgerToAuditEvents } from '@samspil/core';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { sampleEntry, sampleLedger, thawed } from './internal/test-fixtures.js';

describe('ledgerToAuditEvents', () => {
  it('gives one AuditEvent per disclosure, with agents, subjects and the ledger position', () => {
    const ledger = sampleLedger(4, (n) => sampleEntry(n, n === 1 ? { recordedByActorId: 'nt-1' } : {}));
    const events = expectSuccess(ledgerToAuditEvents(ledger));
    expect(events).toHaveLength(4);
    expect(events[0]).toEqual({
      resourceType: 'AuditEvent',
      id: 'd-1',
      category: [{ coding: [{ system: 'http://dicom.nema.org/resources/ontology/DCM', code: '110106', display: 'Export' }] }],
      code: { coding: [{ system: 'http://dicom.nema.org/resources/ontology/DCM', code: '110106', display: 'Export' }] },
      occurredDateTime: '2026-03-02T09:00:00+01:00',
      recorded: '2026-03-02T09:00:00+01:00',
      authorization: [{ coding: [{ system: 'urn:samspil:disclosure-purpose', code: 'school-start' }] }],
      agent: [
        { type: { coding: [{ system: 'http://dicom.nema.org/resources/ontology/DCM', code: '110153', display: 'Source Role ID' }] }, who: { identifier: { system: 'urn:samspil:actor', value: 'cw-1' } } },
        { type: { coding: [{ system: 'http://dicom.nema.org/resources/ontology/DCM', code: '110152', display: 'Destination Role ID' }] }, who: { identifier: { system: 'urn:samspil:actor', value: 'school-1' } } },
      ],
      source: { observer: { identifier: { system: 'urn:samspil:actor', value: 'nt-1' } } },
      entity: [
        { what: { identifier: { system: 'urn:samspil:person', value: 'child-2' } }, securityLabel: [{ system: 'urn:samspil:data-category', code: 'general' }] },
        { what: { identifier: { system: 'urn:samspil:person', value: 'parent-1' } }, securityLabel: [{ system: 'urn:samspil:data-category', code: 'general' }] },
        {
          what: { identifier: { system: 'urn:samspil:disclosure', value: 'd-1' } },
          detail: [
            { type: { text: 'basis-kind' }, valueString: 'consent' },
            { type: { text: 'consent-id' }, valueString: 'c-1' },
            { type: { text: 'ledger-sequence' }, valueInteger: 1 },
            { type: { text: 'ledger-hash' }, valueString: ledger.records[0]?.hash },
          ],
        },
      ],
    });
    expect(events[3]?.entity.at(-1)?.detail?.slice(0, 3)).toEqual([
      { type: { text: 'basis-kind' }, valueString: 'statutory' },
      { type: { text: 'basis-id' }, valueString: 'early-intervention' },
      { type: { text: 'citation' }, valueString: 'Eksempel på lovhjemmel' },
    ]);
    expect(canonicalJson(events).ok).toBe(true);
  });

  it('uses the kommune\'s identifier systems and leaves out ids FHIR would not accept', () => {
    const ledger = sampleLedger(1, () => sampleEntry(1, { id: 'd:1_x' }));
    const [event] = expectSuccess(ledgerToAuditEvents(ledger, { identifierSystemBase: 'https://kommune.example/fhir/' }));
    expect(event?.id).toBeUndefined();
    expect(event?.agent[0]?.who.identifier.system).toBe('https://kommune.example/fhir:actor');
    expect(expectSuccess(ledgerToAuditEvents(ledger, { identifierSystemBase: 'not a uri' }))[0]?.source.observer.identifier.system).toBe('urn:samspil:actor');
  });

  it('refuses a damaged ledger and does not mutate a stored one', () => {
    const stored = thawed(sampleLedger(3));
    (stored.records[1] as { entry: { toActorId: string } }).entry.toActorId = 'police-1';
    expect(issueCodes(ledgerToAuditEvents(stored))).toEqual(['ledger_broken']);
    expect(expectSuccess(ledgerToAuditEvents(deepFreeze(thawed(sampleLedger(3)))))).toHaveLength(3);
    expect(issueCodes(ledgerToAuditEvents(throwingProxy()))).toEqual(['unreadable_input']);
  });

  it('property: hostile input never throws', () => {
    const small = thawed(sampleLedger(2));
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(small)), (input) => {
        const result = ledgerToAuditEvents(input);
        if (!result.ok) expectFailure(result);
      }),
    );
  });
});
