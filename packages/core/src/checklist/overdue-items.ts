import { issuesUnder } from '../common/internal/issues-under.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ChecklistInstanceItem } from './checklist.schema.js';
import { byDueDate } from './internal/by-due-date.js';
import { guard } from './internal/guard.js';
import { readChecklistInstance } from './internal/read-checklist-instance.js';
import { isoDayFromNow } from './internal/iso-day-from-now.js';

/** What `overdueItems` takes besides its input; `locale` picks the language of issue messages. */
export interface OverdueItemsOptions extends LocaleOptions {
  /** Today, passed in (core never reads the clock). */
  readonly now: unknown;
}

/**
 * Items of one family's checklist that are still open or in progress after their due date (due
 * before today), earliest first. An item due today is not yet overdue.
 * Accepts a `PreparedChecklist` handle in place of the instance, with no validation of it.
 *
 * @example
 * overdueItems(checklist, { now: '2026-03-20' })
 * //=> { ok: true, value: [{ itemId: 'cpr-registration', status: 'open', dueDate: '2026-03-09' }] }
 */
export function overdueItems(instance: unknown, options: OverdueItemsOptions): Result<ChecklistInstanceItem[]> {
  return guard(() => {
    const parsed = readChecklistInstance(instance, options);
    const today = isoDayFromNow(options.now, options);
    if (!parsed.ok || !today.ok) return fail([...issuesUnder(parsed), ...issuesUnder(today)]);
    const overdue = parsed.value.items.filter(
      (item) => item.dueDate !== undefined && (item.status === 'open' || item.status === 'in-progress') && item.dueDate < today.value,
    );
    return ok(overdue.sort(byDueDate));
  }, options);
}
