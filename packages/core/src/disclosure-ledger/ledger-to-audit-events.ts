import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { LedgerRecord } from './disclosure-ledger.schema.js';
import { readIntactLedger } from './internal/read-intact-ledger.js';

/** Options for {@link ledgerToAuditEvents}. */
export interface LedgerToAuditEventsOptions extends LocaleOptions {
  /**
   * Prefix of the identifier systems used for Samspil ids (`<base>:actor`, `<base>:person`,
   * `<base>:disclosure`, `<base>:disclosure-purpose`, `<base>:data-category`). Default
   * `'urn:samspil'`; a kommune will usually put its own URL here.
   */
  readonly identifierSystemBase?: string;
}

interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}
interface IdentifierReference {
  readonly identifier: { readonly system: string; readonly value: string };
}
interface EntityDetail {
  readonly type: { readonly text: string };
  readonly valueString?: string;
  readonly valueInteger?: number;
}

/** A FHIR R5 `AuditEvent` as a plain object, one per disclosure (only the elements used here). */
export interface LedgerAuditEvent {
  readonly resourceType: 'AuditEvent';
  readonly id?: string;
  readonly category: readonly { readonly coding: readonly Coding[] }[];
  readonly code: { readonly coding: readonly Coding[] };
  readonly occurredDateTime: string;
  readonly recorded: string;
  readonly authorization: readonly { readonly coding: readonly Coding[] }[];
  readonly agent: readonly { readonly type: { readonly coding: readonly Coding[] }; readonly who: IdentifierReference }[];
  readonly source: { readonly observer: IdentifierReference };
  readonly entity: readonly {
    readonly what: IdentifierReference;
    readonly securityLabel?: readonly Coding[];
    readonly detail?: readonly EntityDetail[];
  }[];
}

const DCM = 'http://dicom.nema.org/resources/ontology/DCM';
const EXPORT: Coding = { system: DCM, code: '110106', display: 'Export' };
const SOURCE_ROLE: Coding = { system: DCM, code: '110153', display: 'Source Role ID' };
const DESTINATION_ROLE: Coding = { system: DCM, code: '110152', display: 'Destination Role ID' };
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

function toAuditEvent(record: LedgerRecord, base: string): LedgerAuditEvent {
  const { entry } = record;
  const ref = (kind: string, value: string): IdentifierReference => ({ identifier: { system: `${base}:${kind}`, value } });
  const basis = entry.basis;
  const basisDetail: EntityDetail[] = [{ type: { text: 'basis-kind' }, valueString: basis.kind }];
  if (basis.kind === 'consent') basisDetail.push({ type: { text: 'consent-id' }, valueString: basis.consentId });
  if (basis.kind === 'same-authority') basisDetail.push({ type: { text: 'authority-id' }, valueString: basis.authorityId });
  if (basis.kind === 'statutory' || basis.kind === 'duty-to-notify') {
    basisDetail.push({ type: { text: 'basis-id' }, valueString: basis.basisId }, { type: { text: 'citation' }, valueString: basis.citation });
  }
  const categories = entry.categories.map((code): Coding => ({ system: `${base}:data-category`, code }));
  return {
    resourceType: 'AuditEvent',
    ...(FHIR_ID.test(entry.id) ? { id: entry.id } : {}),
    category: [{ coding: [EXPORT] }],
    code: { coding: [EXPORT] },
    occurredDateTime: entry.at,
    recorded: entry.at,
    authorization: [{ coding: [{ system: `${base}:disclosure-purpose`, code: entry.purpose }] }],
    agent: [
      { type: { coding: [SOURCE_ROLE] }, who: ref('actor', entry.fromActorId) },
      { type: { coding: [DESTINATION_ROLE] }, who: ref('actor', entry.toActorId) },
    ],
    source: { observer: ref('actor', entry.recordedByActorId ?? entry.fromActorId) },
    entity: [
      ...entry.subjectIds.map((id) => ({ what: ref('person', id), securityLabel: categories })),
      {
        what: ref('disclosure', entry.id),
        detail: [
          ...basisDetail,
          { type: { text: 'ledger-sequence' }, valueInteger: record.sequence },
          { type: { text: 'ledger-hash' }, valueString: record.hash },
        ],
      },
    ],
  };
}

/**
 * Exports an intact ledger as FHIR R5 `AuditEvent`-shaped plain objects, one per disclosure,
 * for an audit repository or a FHIR server: code DICOM 110106 "Export", the sender and the
 * recipient as source and destination agents, each person the information was about as an
 * entity labelled with the data categories, and the disclosure itself (basis, sequence, hash) as
 * a further entity. Ids are identifiers, not resolved references. A damaged ledger is refused
 * (`ledger_broken`) rather than exported. The shape follows the R5 element names but is not
 * validated against a FHIR profile here.
 *
 * @example
 * ledgerToAuditEvents(ledger)
 * //=> { ok: true, value: [{ resourceType: 'AuditEvent', id: 'd-1', code: { coding: [{ code: '110106', … }] }, … }] }
 */
export function ledgerToAuditEvents(ledger: unknown, options: LedgerToAuditEventsOptions = {}): Result<readonly LedgerAuditEvent[]> {
  const read = readIntactLedger(ledger, options);
  if (!read.ok) return read;
  const requested = options.identifierSystemBase;
  const base = typeof requested === 'string' && /^[A-Za-z][A-Za-z0-9+.-]*:\S{1,200}$/.test(requested) ? requested.replace(/[:/]+$/, '') : 'urn:samspil';
  return ok(read.value.records.map((record) => toAuditEvent(record, base)));
}
