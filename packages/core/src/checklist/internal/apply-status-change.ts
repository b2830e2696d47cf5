import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import type { ChecklistInstance, ChecklistInstanceItem, ChecklistItemStatus, ChecklistItemTemplate } from '../checklist.schema.js';
import { isSettled } from './is-settled.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { checklistMessagesDa } from '../messages.da.js';

learnMessages(checklistMessagesDa);

/** The validated fields of a status change. */
export interface StatusChange {
  readonly itemId: string;
  readonly status: ChecklistItemStatus;
  readonly doneOn?: string | undefined;
  readonly note?: string | undefined;
}

/** A status change applied to a validated checklist: the changed item and the new checklist. */
export interface AppliedStatusChange {
  readonly index: number;
  readonly item: ChecklistInstanceItem;
  readonly instance: ChecklistInstance;
}

/**
 * The rules of `setChecklistItemStatus` on data already validated: refuses `done` while a
 * dependency is unsettled and reopening an item a done item depends on; sets or clears `doneOn`.
 * Answers with a new checklist that shares every unchanged item with the old one.
 */
export function applyStatusChange(
  checklist: ChecklistInstance,
  templateItems: ReadonlyMap<string, ChecklistItemTemplate>,
  change: StatusChange,
  today: string,
  options: LocaleOptions,
): Result<AppliedStatusChange> {
  const { itemId, status, doneOn, note } = change;
  const index = checklist.items.findIndex((item) => item.itemId === itemId);
  const current = checklist.items[index];
  const definition = templateItems.get(itemId);
  if (current === undefined || definition === undefined) {
    return fail([createIssue('checklist_unknown_item', ['itemId'], { itemId }, options)]);
  }
  const statusOf = (id: string): ChecklistItemStatus | undefined => checklist.items.find((item) => item.itemId === id)?.status;

  if (status === 'done') {
    const blockedBy = (definition.dependsOn ?? []).filter((dependency) => !isSettled(statusOf(dependency)));
    if (blockedBy.length > 0) {
      return fail([createIssue('checklist_blocked', ['status'], { itemId, blockedBy: blockedBy.join(', ') }, options)]);
    }
  } else if (!isSettled(status)) {
    const dependents = [...templateItems.values()]
      .filter((item) => (item.dependsOn ?? []).includes(itemId) && statusOf(item.id) === 'done')
      .map((item) => item.id);
    if (dependents.length > 0) {
      return fail([createIssue('checklist_has_done_dependents', ['status'], { itemId, dependents: dependents.join(', ') }, options)]);
    }
  }

  const { doneOn: _previousDoneOn, note: previousNote, ...rest } = current;
  const nextDoneOn = status === 'done' ? (doneOn ?? (current.status === 'done' ? current.doneOn : undefined) ?? today) : undefined;
  const nextNote = note ?? previousNote;
  const updated: ChecklistInstanceItem = {
    ...rest,
    status,
    ...(nextDoneOn === undefined ? {} : { doneOn: nextDoneOn }),
    ...(nextNote === undefined ? {} : { note: nextNote }),
  };
  return ok({ index, item: updated, instance: { ...checklist, items: checklist.items.map((item, i) => (i === index ? updated : item)) } });
}
