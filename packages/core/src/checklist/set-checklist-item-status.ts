import * as z from 'zod/mini';
import { issuesUnder } from '../common/internal/issues-under.js';
import { Id, IsoDate, LongText } from '../common/schemas.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { ChecklistItemStatus } from './checklist.schema.js';
import type { ChecklistInstance, ChecklistInstanceItem } from './checklist.schema.js';
import { guard } from './internal/guard.js';
import { isoDayFromNow } from './internal/iso-day-from-now.js';
import { isSettled } from './internal/is-settled.js';
import { parseChecklistEdit } from './internal/parse-checklist-edit.js';

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

const Fields = z.object({
  itemId: Id,
  status: ChecklistItemStatus,
  doneOn: z.optional(IsoDate),
  note: z.optional(LongText),
});

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
    const { instance: checklist, items: templateItems, fields } = edit.value;
    const { itemId, status, doneOn, note } = fields;
    const index = checklist.items.findIndex((item) => item.itemId === itemId);
    const current = checklist.items[index];
    const definition = templateItems.get(itemId);
    if (current === undefined || definition === undefined) {
      return fail([createIssue('checklist_unknown_item', ['itemId'], { itemId }, options)]);
    }
    const statusById = new Map(checklist.items.map((item) => [item.itemId, item.status]));

    if (status === 'done') {
      const blockedBy = (definition.dependsOn ?? []).filter((dependency) => !isSettled(statusById.get(dependency)));
      if (blockedBy.length > 0) {
        return fail([createIssue('checklist_blocked', ['status'], { itemId, blockedBy: blockedBy.join(', ') }, options)]);
      }
    } else if (!isSettled(status)) {
      const dependents = [...templateItems.values()]
        .filter((item) => (item.dependsOn ?? []).includes(itemId) && statusById.get(item.id) === 'done')
        .map((item) => item.id);
      if (dependents.length > 0) {
        return fail([createIssue('checklist_has_done_dependents', ['status'], { itemId, dependents: dependents.join(', ') }, options)]);
      }
    }

    const { doneOn: _previousDoneOn, note: previousNote, ...rest } = current;
    const nextDoneOn = status === 'done' ? (doneOn ?? (current.status === 'done' ? current.doneOn : undefined) ?? today.value) : undefined;
    const nextNote = note ?? previousNote;
    const updated: ChecklistInstanceItem = {
      ...rest,
      status,
      ...(nextDoneOn === undefined ? {} : { doneOn: nextDoneOn }),
      ...(nextNote === undefined ? {} : { note: nextNote }),
    };
    return ok({ ...checklist, items: checklist.items.map((item, i) => (i === index ? updated : item)) });
  }, options);
}
