import * as z from '../common/schema/index.js';
import { issuesUnder } from '../common/internal/issues-under.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { ChecklistInstance } from './checklist.schema.js';
import type { ChecklistItemStatus } from './checklist.schema.js';
import { guard } from './internal/guard.js';
import { horizon as addHorizon } from './internal/horizon.js';
import { isoDayFromNow } from './internal/iso-day-from-now.js';
import { preparedInstances } from './internal/prepared-store.js';

/** What `dueAndOverdueAcrossFamilies` takes besides its input; `locale` picks the language of issue messages. */
export interface DueAndOverdueAcrossFamiliesOptions extends LocaleOptions {
  /** Today, passed in (core never reads the clock). */
  readonly now: unknown;
  /** How many days ahead counts as "due": 0 means today only. */
  readonly withinDays: unknown;
  /**
   * Skip schema validation for a plain array the caller vouches for: checklists that core's own
   * functions produced or `parseChecklistInstance` accepted, unchanged since. Only cheap type
   * checks run (a malformed record gives `invalid_type`, never a throw). A handle from
   * `prepareChecklistInstances` is always trusted and needs no flag.
   */
  readonly trusted?: boolean;
}

/** One open or in-progress item on a dashboard, with the family it belongs to. */
export interface ChecklistDueEntry {
  readonly instanceId: string;
  readonly familyId: string;
  readonly templateId: string;
  readonly itemId: string;
  readonly dueDate: string;
  readonly status: ChecklistItemStatus;
  readonly ownerActorId?: string | undefined;
}

/**
 * What `dueAndOverdueAcrossFamilies` answers: the items due within the window and those already overdue.
 */
export interface ChecklistDueAndOverdue {
  /** The calendar day `now` fell on. */
  readonly today: string;
  /** The last day counted as due (today + withinDays). */
  readonly horizon: string;
  /** Due from today to the horizon, in input order. */
  readonly due: ChecklistDueEntry[];
  /** Due before today, in input order. */
  readonly overdue: ChecklistDueEntry[];
}

const Fields = z.object({ withinDays: z.int().check(z.minimum(0), z.maximum(3_650)) });
const Instances = z.array(ChecklistInstance).check(z.maxLength(1_000_000));

type Row = Readonly<Record<string, unknown>>;

// The cheap checks of the trusted path: once per family, not per item.
const looksLikeInstance = (value: unknown): value is Row =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Row).id === 'string' &&
  typeof (value as Row).familyId === 'string' &&
  typeof (value as Row).templateId === 'string' &&
  Array.isArray((value as Row).items);

/**
 * Due and overdue items across many families' checklists at once, for a dashboard. Built for
 * tens of thousands of families: ISO dates are compared as strings and nothing is allocated per
 * item except the entries returned. Three ways in, fastest first: a handle from
 * `prepareChecklistInstances` (validated once, never again); a plain array with `trusted: true`
 * (cheap type checks only); any other input (validated with the full schema on every call).
 *
 * @example
 * dueAndOverdueAcrossFamilies(prepared, { now: '2026-03-02', withinDays: 7 })
 * //=> { ok: true, value: { today: '2026-03-02', horizon: '2026-03-09', due: [{ familyId: 'fam-1', itemId: 'cpr-registration', dueDate: '2026-03-09', … }], overdue: [] } }
 */
export function dueAndOverdueAcrossFamilies(instances: unknown, options: DueAndOverdueAcrossFamiliesOptions): Result<ChecklistDueAndOverdue> {
  return guard(() => {
    const fields = parseInput(Fields, options, options);
    const today = isoDayFromNow(options.now, options);
    if (!fields.ok || !today.ok) return fail([...issuesUnder(fields), ...issuesUnder(today)]);
    const first = today.value;
    const last = addHorizon(first, fields.value.withinDays);

    let rows: readonly Row[] | undefined =
      instances !== null && typeof instances === 'object' ? (preparedInstances.get(instances) as readonly Row[] | undefined) : undefined;
    let checked = rows !== undefined;
    if (rows === undefined && options.trusted === true && Array.isArray(instances)) rows = instances as readonly Row[];
    if (rows === undefined) {
      const parsed = parseInput(Instances, instances, options);
      if (!parsed.ok) return parsed;
      rows = parsed.value as readonly Row[];
      checked = true;
    }

    const due: ChecklistDueEntry[] = [];
    const overdue: ChecklistDueEntry[] = [];
    for (let i = 0; i < rows.length; i += 1) {
      const instance = rows[i] as Row;
      if (!checked && !looksLikeInstance(instance)) {
        return fail([createIssue('invalid_type', [i], { expected: 'ChecklistInstance' }, options)]);
      }
      const items = instance.items as readonly Row[];
      for (let j = 0; j < items.length; j += 1) {
        const item = items[j] as Row;
        if (!checked && (typeof item !== 'object' || item === null)) return fail([createIssue('invalid_type', [i, 'items', j], { expected: 'object' }, options)]);
        const dueDate = item.dueDate;
        if (dueDate === undefined) continue;
        const status = item.status;
        if (status === 'done' || status === 'not-relevant') continue;
        if (!checked && (typeof dueDate !== 'string' || typeof item.itemId !== 'string' || (status !== 'open' && status !== 'in-progress'))) {
          return fail([createIssue('invalid_type', [i, 'items', j], { expected: 'ChecklistInstanceItem' }, options)]);
        }
        const date = dueDate as string;
        const target = date < first ? overdue : date <= last ? due : undefined;
        if (target === undefined) continue;
        target.push({
          instanceId: instance.id as string,
          familyId: instance.familyId as string,
          templateId: instance.templateId as string,
          itemId: item.itemId as string,
          dueDate: date,
          status: status as ChecklistItemStatus,
          ownerActorId: item.ownerActorId as string | undefined,
        });
      }
    }
    return ok({ today: first, horizon: last, due, overdue });
  }, options);
}
