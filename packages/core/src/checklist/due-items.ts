import * as z from '../common/schema/index.js';
import { issuesUnder } from '../common/internal/issues-under.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { ChecklistInstance } from './checklist.schema.js';
import type { ChecklistInstanceItem } from './checklist.schema.js';
import { byDueDate } from './internal/by-due-date.js';
import { guard } from './internal/guard.js';
import { horizon } from './internal/horizon.js';
import { isoDayFromNow } from './internal/iso-day-from-now.js';

/** What `dueItems` takes besides its input; `locale` picks the language of issue messages. */
export interface DueItemsOptions extends LocaleOptions {
  /** Today, passed in (core never reads the clock). */
  readonly now: unknown;
  /** How many days ahead to look: 0 means due today only. */
  readonly withinDays: unknown;
}

const Fields = z.object({ withinDays: z.int().check(z.minimum(0), z.maximum(3_650)) });

/**
 * Items of one family's checklist that are still open or in progress and fall due between today
 * and `withinDays` days from now (both days included), earliest first. Overdue items are left to
 * `overdueItems`, so a list of "coming up" never repeats what is already late.
 *
 * @example
 * dueItems(checklist, { now: '2026-03-02', withinDays: 7 })
 * //=> { ok: true, value: [{ itemId: 'cpr-registration', status: 'open', dueDate: '2026-03-09' }] }
 */
export function dueItems(instance: unknown, options: DueItemsOptions): Result<ChecklistInstanceItem[]> {
  return guard(() => {
    const parsed = parseInput(ChecklistInstance, instance, options);
    const fields = parseInput(Fields, options, options);
    const today = isoDayFromNow(options.now, options);
    if (!parsed.ok || !fields.ok || !today.ok) {
      return fail([...issuesUnder(parsed), ...issuesUnder(fields), ...issuesUnder(today)]);
    }
    const last = horizon(today.value, fields.value.withinDays);
    const due = parsed.value.items.filter(
      (item) =>
        item.dueDate !== undefined &&
        (item.status === 'open' || item.status === 'in-progress') &&
        item.dueDate >= today.value &&
        item.dueDate <= last,
    );
    return ok(due.sort(byDueDate));
  }, options);
}
