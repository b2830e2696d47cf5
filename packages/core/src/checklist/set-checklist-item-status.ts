import { issuesUnder } from '../common/internal/issues-under.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ChecklistInstance } from './checklist.schema.js';
import { applyStatusChange } from './internal/apply-status-change.js';
import { guard } from './internal/guard.js';
import { isoDayFromNow } from './internal/iso-day-from-now.js';
import { parseChecklistEdit } from './internal/parse-checklist-edit.js';
import { StatusChangeFields } from './internal/status-change-fields.js';

/** What `setChecklistItemStatus` takes besides its input; `locale` picks the language of issue messages. */
export interface SetChecklistItemStatusOptions extends LocaleOptions {
  readonly itemId: unknown;
  readonly status: unknown;
  /** When the change is made; its calendar day becomes `doneOn` unless `doneOn` is given. */
  readonly now: unknown;
  /** The day the item was actually done, when it is recorded afterwards. */
  readonly doneOn?: unknown;
  /** Replaces the item's note; leave out to keep the current one. */
  readonly note?: unknown;
}

const Fields = StatusChangeFields;

/**
 * Moves one item to a new status and answers with a new checklist. Refuses `done` while an item
 * it depends on is neither done nor marked not relevant (`checklist_blocked`), and refuses to
 * reopen an item that a done item depends on (`checklist_has_done_dependents`), so a done item
 * never rests on unfinished work. `doneOn` is set when an item becomes done and cleared when it
 * leaves that status.
 *
 * @example
 * setChecklistItemStatus(checklist, template, { itemId: 'bank-account', status: 'done', now: '2026-02-03T10:00:00+01:00' })
 * //=> { ok: false, issues: [{ code: 'checklist_blocked', path: ['status'], params: { itemId: 'bank-account', blockedBy: 'cpr-registration' }, … }] }
 */
export function setChecklistItemStatus(instance: unknown, template: unknown, options: SetChecklistItemStatusOptions): Result<ChecklistInstance> {
  return guard(() => {
    const edit = parseChecklistEdit(instance, template, Fields, options);
    const today = isoDayFromNow(options.now, options);
    if (!edit.ok || !today.ok) return fail([...issuesUnder(edit), ...issuesUnder(today)]);
    const applied = applyStatusChange(edit.value.instance, edit.value.items, edit.value.fields, today.value, options);
    return applied.ok ? ok(applied.value.instance) : applied;
  }, options);
}
