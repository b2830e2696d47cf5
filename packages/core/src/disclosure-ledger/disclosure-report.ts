import { parseInput } from '../common/parse-input.js';
import { DATA_CATEGORIES, type DataCategory } from '../consent/data-category.js';
import type { DisclosureBasis } from '../disclosure/disclosure-basis.schema.js';
import type { Locale, LocaleOptions } from '../i18n/locale.js';
import { resolveLocale } from '../i18n/resolve-locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import {
  DisclosureReportQuery,
  LEDGER_GENESIS_HASH,
  type LedgerRecord,
} from './disclosure-ledger.schema.js';
import { actorNames } from './internal/actor-names.js';
import { inspectLedger } from './internal/inspect-ledger.js';
import { instantOf } from './internal/instant.js';
import { isTrustedLedger } from './internal/trusted-ledgers.js';
import { LEDGER_BASIS_KINDS } from './ledger-basis-kinds.js';
import type { LedgerVerification } from './verify-ledger.js';

/** Options for {@link disclosureReport}. */
export interface DisclosureReportOptions extends LocaleOptions {
  /** Actors (`{ id, name, … }`) to show names instead of ids; read defensively, malformed ones are skipped. */
  readonly actors?: unknown;
  /** Include the recorder's free-text notes. Off by default: a note may mention people other than the asker. */
  readonly includeNotes?: boolean;
}

/** A sender or recipient: its name when the actors list knows it (`named`), else its id. */
export interface DisclosureReportParty {
  readonly id: string;
  readonly name: string;
  readonly named: boolean;
}

/** A code with its label in the report's language. */
export interface DisclosureReportLabel<T extends string> {
  readonly id: T;
  readonly label: string;
}

/** One disclosure as the family reads it. */
export interface DisclosureReportItem {
  readonly entryId: string;
  readonly sequence: number;
  readonly at: string;
  readonly from: DisclosureReportParty;
  readonly subjectIds: readonly string[];
  readonly categories: readonly DisclosureReportLabel<DataCategory>[];
  readonly purpose: string;
  readonly basis: DisclosureBasis;
  readonly basisLabel: string;
  readonly basisDescription: string;
  readonly note?: string;
}

/** Everything one recipient received, oldest first. */
export interface DisclosureReportRecipient {
  readonly recipient: DisclosureReportParty;
  readonly count: number;
  readonly firstAt: string;
  readonly lastAt: string;
  /** Every kind of information this recipient received, in catalogue order. */
  readonly categories: readonly DisclosureReportLabel<DataCategory>[];
  /** Every kind of basis used towards this recipient, in catalogue order. */
  readonly bases: readonly DisclosureReportLabel<DisclosureBasis['kind']>[];
  readonly disclosures: readonly DisclosureReportItem[];
}

/** The family's access report (GDPR art. 15): who received what, when and why. */
export interface DisclosureReport {
  readonly familyId: string;
  readonly personId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly locale: Locale;
  /** Whether the ledger behind the report is intact; show a warning to the family when it is not. */
  readonly integrity: LedgerVerification;
  readonly total: number;
  /** Recipients ordered by their first disclosure. */
  readonly recipients: readonly DisclosureReportRecipient[];
}

const categoryOrder = new Map(DATA_CATEGORIES.map((info, index) => [info.id, index]));
const basisOrder = new Map(LEDGER_BASIS_KINDS.map((info, index) => [info.kind, index]));

/**
 * Builds the access report a family is entitled to (GDPR art. 15; the per-recipient log
 * forvaltningsloven § 28 calls for): for one family, optionally one person and a period, every
 * disclosure grouped by recipient, each with time, sender, kinds of information and basis,
 * labelled in the requested language from catalogue data. Recipients are named from
 * `options.actors` when given. The report carries the ledger's integrity: a damaged ledger is
 * still reported (every readable record is shown) with `integrity.intact === false`, so the
 * damage is visible rather than hidden. Fails only on a malformed query or a non-ledger.
 *
 * @example
 * disclosureReport(ledger, { familyId: 'fam-1', personId: 'child-1' }, { locale: 'en', actors })
 * //=> { ok: true, value: { familyId: 'fam-1', personId: 'child-1', locale: 'en', total: 2,
 * //     integrity: { intact: true, … }, recipients: [{ recipient: { id: 'school-1', name: 'Skovbo Skole', named: true },
 * //     count: 2, categories: [{ id: 'general', label: 'General information (…)' }], disclosures: [ … ] }] } }
 */
export function disclosureReport(ledger: unknown, query: unknown, options: DisclosureReportOptions = {}): Result<DisclosureReport> {
  const parsedQuery = parseInput(DisclosureReportQuery, query, options);
  if (!parsedQuery.ok) return parsedQuery;
  const { familyId, personId, from, to } = parsedQuery.value;

  let records: readonly LedgerRecord[];
  let integrity: LedgerVerification;
  if (isTrustedLedger(ledger)) {
    records = ledger.records;
    integrity = { intact: true, length: records.length, headHash: records[records.length - 1]?.hash ?? LEDGER_GENESIS_HASH };
  } else {
    const inspected = inspectLedger(ledger, { locale: options.locale, messages: options.messages, collect: true });
    if (!inspected.ok) return inspected;
    ({ records, verification: integrity } = inspected.value);
  }

  const locale = resolveLocale(options.locale);
  const names = actorNames(options.actors);
  const party = (id: string): DisclosureReportParty => {
    const name = names.get(id);
    return name === undefined ? { id, name: id, named: false } : { id, name, named: true };
  };
  const fromInstant = from === undefined ? -Infinity : instantOf(from);
  const toInstant = to === undefined ? Infinity : instantOf(to);

  const selected = records
    .filter((record) => {
      const { entry } = record;
      if (entry.familyId !== familyId) return false;
      if (personId !== undefined && !entry.subjectIds.includes(personId)) return false;
      const instant = instantOf(entry.at);
      return instant >= fromInstant && instant < toInstant;
    })
    .map((record) => ({ record, instant: instantOf(record.entry.at) }))
    .sort((a, b) => a.instant - b.instant || a.record.sequence - b.record.sequence);

  const groups = new Map<string, DisclosureReportItem[]>();
  for (const { record } of selected) {
    const item = toItem(record, locale, party, options.includeNotes === true);
    const group = groups.get(record.entry.toActorId);
    if (group === undefined) groups.set(record.entry.toActorId, [item]);
    else group.push(item);
  }

  const recipients: DisclosureReportRecipient[] = [];
  for (const [recipientId, items] of groups) {
    const first = items[0];
    const last = items[items.length - 1];
    if (first === undefined || last === undefined) continue;
    recipients.push({
      recipient: party(recipientId),
      count: items.length,
      firstAt: first.at,
      lastAt: last.at,
      categories: unique(items.flatMap((item) => item.categories), (id) => categoryOrder.get(id) ?? 0),
      bases: unique(
        items.map((item) => ({ id: item.basis.kind, label: item.basisLabel })),
        (id) => basisOrder.get(id) ?? 0,
      ),
      disclosures: items,
    });
  }

  return ok({
    familyId,
    ...(personId === undefined ? {} : { personId }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    locale,
    integrity,
    total: selected.length,
    recipients,
  });
}

function toItem(
  record: LedgerRecord,
  locale: Locale,
  party: (id: string) => DisclosureReportParty,
  includeNotes: boolean,
): DisclosureReportItem {
  const { entry } = record;
  const basisInfo = LEDGER_BASIS_KINDS.find((info) => info.kind === entry.basis.kind);
  return {
    entryId: entry.id,
    sequence: record.sequence,
    at: entry.at,
    from: party(entry.fromActorId),
    subjectIds: [...entry.subjectIds],
    categories: entry.categories.map((id) => ({ id, label: DATA_CATEGORIES.find((info) => info.id === id)?.label[locale] ?? id })),
    purpose: entry.purpose,
    basis: { ...entry.basis },
    basisLabel: basisInfo?.label[locale] ?? entry.basis.kind,
    basisDescription: basisInfo?.description[locale] ?? '',
    ...(includeNotes && entry.note !== undefined ? { note: entry.note } : {}),
  };
}

function unique<T extends string>(labels: readonly DisclosureReportLabel<T>[], order: (id: T) => number): DisclosureReportLabel<T>[] {
  const byId = new Map<T, DisclosureReportLabel<T>>();
  for (const label of labels) if (!byId.has(label.id)) byId.set(label.id, label);
  return [...byId.values()].sort((a, b) => order(a.id) - order(b.id));
}
