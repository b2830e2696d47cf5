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

/** What `setAnchorDate` takes besides its input; `locale` picks the language of issue messages. */
export interface SetAnchorDateOptions extends LocaleOptions {
  readonly anchorId: unknown;
  /** The anchor's date (`YYYY-MM-DD`), or `null` when it is not known after all. */
  readonly date: unknown;
}

const Fields = z.object({ anchorId: Id, date: z.nullable(IsoDate) });

/**
 * Sets (or clears) one anchor date of a family's checklist, e.g. when the arrival date becomes
 * known or moves, and recomputes the due dates that hang on it. Due dates a person set by hand
 * (`dueDateOverridden`) stay as they are.
 *
 * @example
 * setAnchorDate(checklist, template, { anchorId: 'arrival-in-municipality', date: '2026-03-02' })
 * //=> { ok: true, value: { …, anchors: { 'arrival-in-municipality': '2026-03-02' }, items: [{ itemId: 'cpr-registration', status: 'open', dueDate: '2026-03-09' }, …] } }
 */
export function setAnchorDate(instance: unknown, template: unknown, options: SetAnchorDateOptions): Result<ChecklistInstance> {
  return guard(() => {
    const edit = parseChecklistEdit(instance, template, Fields, options);
    if (!edit.ok) return edit;
    const { instance: checklist, template: source, items: templateItems, fields } = edit.value;
    const { anchorId, date } = fields;
    if (!source.anchors.some((anchor) => anchor.id === anchorId)) {
      return fail([createIssue('checklist_unknown_anchor', ['anchorId'], { anchor: anchorId }, options)]);
    }
    const anchors: Record<string, string> = {};
    for (const [key, value] of Object.entries(checklist.anchors)) if (key !== anchorId) anchors[key] = value;
    if (date !== null) anchors[anchorId] = date;

    let outOfRange = false;
    const items = checklist.items.map((item): ChecklistInstanceItem => {
      const definition = templateItems.get(item.itemId);
      if (definition?.deadline?.anchor !== anchorId || item.dueDateOverridden === true) return item;
      const dueDate = dueDateFor(definition, anchors);
      if (dueDate === null) outOfRange = true;
      const { dueDate: _previous, ...rest } = item;
      return typeof dueDate === 'string' ? { ...rest, dueDate } : rest;
    });
    if (outOfRange) return fail([createIssue('checklist_date_out_of_range', ['date'], undefined, options)]);
    return ok({ ...checklist, anchors, items });
  }, options);
}
