import * as z from '../common/schema/index.js';
import { Id, IsoDate } from '../common/schemas.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ChecklistInstance, ChecklistInstanceItem } from './checklist.schema.js';
import { dueDateFor } from './internal/due-date-for.js';
import { guard } from './internal/guard.js';
import { parseChecklistEdit } from './internal/parse-checklist-edit.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { checklistMessagesDa } from './messages.da.js';

learnMessages(checklistMessagesDa);

/** What `setChecklistItemDueDate` takes besides its input; `locale` picks the language of issue messages. */
export interface SetChecklistItemDueDateOptions extends LocaleOptions {
  readonly itemId: unknown;
  /** A due date set by hand (`YYYY-MM-DD`), or `null` to go back to the template's deadline rule. */
  readonly dueDate: unknown;
}

const Fields = z.object({ itemId: Id, dueDate: z.nullable(IsoDate) });

/**
 * Overrides one item's due date by hand (a family asked for more time, a meeting moved), or with
 * `dueDate: null` returns it to the date the template's rule gives. An overridden date survives
 * later anchor changes.
 *
 * @example
 * setChecklistItemDueDate(checklist, template, { itemId: 'language-school', dueDate: '2026-04-15' })
 * //=> { ok: true, value: { …, items: [{ itemId: 'language-school', status: 'open', dueDate: '2026-04-15', dueDateOverridden: true }, …] } }
 */
export function setChecklistItemDueDate(instance: unknown, template: unknown, options: SetChecklistItemDueDateOptions): Result<ChecklistInstance> {
  return guard(() => {
    const edit = parseChecklistEdit(instance, template, Fields, options);
    if (!edit.ok) return edit;
    const { instance: checklist, items: templateItems, fields } = edit.value;
    const { itemId, dueDate } = fields;
    const index = checklist.items.findIndex((item) => item.itemId === itemId);
    const current = checklist.items[index];
    const definition = templateItems.get(itemId);
    if (current === undefined || definition === undefined) return fail([createIssue('checklist_unknown_item', ['itemId'], { itemId }, options)]);
    const { dueDate: _previous, dueDateOverridden: _overridden, ...rest } = current;
    let updated: ChecklistInstanceItem;
    if (dueDate !== null) {
      updated = { ...rest, dueDate, dueDateOverridden: true };
    } else {
      const computed = dueDateFor(definition, checklist.anchors);
      if (computed === null) return fail([createIssue('checklist_date_out_of_range', ['dueDate'], undefined, options)]);
      updated = computed === undefined ? rest : { ...rest, dueDate: computed };
    }
    return ok({ ...checklist, items: checklist.items.map((item, i) => (i === index ? updated : item)) });
  }, options);
}
