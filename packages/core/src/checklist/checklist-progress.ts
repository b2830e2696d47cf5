import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { guard } from './internal/guard.js';
import { readChecklistInstance } from './internal/read-checklist-instance.js';

/** Options for `checklistProgress`: only the language of issues. */
export type ChecklistProgressOptions = LocaleOptions;

/** How far a family's checklist has come. The four counts add up to `total`. */
export interface ChecklistProgress {
  readonly done: number;
  readonly notRelevant: number;
  readonly inProgress: number;
  readonly open: number;
  readonly total: number;
  /**
   * Done items as a whole-number share of the relevant ones (not-relevant items leave the
   * denominator); 100 when nothing relevant is left.
   */
  readonly percent: number;
}

/**
 * Counts a family's checklist items by status and the share done, for a progress bar or a
 * dashboard column.
 * Accepts a `PreparedChecklist` handle in place of the instance, with no validation of it.
 *
 * @example
 * checklistProgress(checklist)
 * //=> { ok: true, value: { done: 3, notRelevant: 1, inProgress: 1, open: 5, total: 10, percent: 33 } }
 */
export function checklistProgress(instance: unknown, options: ChecklistProgressOptions = {}): Result<ChecklistProgress> {
  return guard(() => {
    const parsed = readChecklistInstance(instance, options);
    if (!parsed.ok) return parsed;
    const counts = { done: 0, notRelevant: 0, inProgress: 0, open: 0 };
    for (const item of parsed.value.items) {
      if (item.status === 'done') counts.done += 1;
      else if (item.status === 'not-relevant') counts.notRelevant += 1;
      else if (item.status === 'in-progress') counts.inProgress += 1;
      else counts.open += 1;
    }
    const total = parsed.value.items.length;
    const relevant = total - counts.notRelevant;
    const percent = relevant === 0 ? 100 : Math.floor((counts.done / relevant) * 100);
    return ok({ ...counts, total, percent });
  }, options);
}
