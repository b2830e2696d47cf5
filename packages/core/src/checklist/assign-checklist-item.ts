import { issuesUnder } from '../common/internal/issues-under.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ChecklistInstance, ChecklistInstanceItem } from './checklist.schema.js';
import { AssignFields } from './internal/assign-fields.js';
import { guard } from './internal/guard.js';
import { readChecklistInstance } from './internal/read-checklist-instance.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { checklistMessagesDa } from './messages.da.js';

learnMessages(checklistMessagesDa);

/** What `assignChecklistItem` takes besides its input; `locale` picks the language of issue messages. */
export interface AssignChecklistItemOptions extends LocaleOptions {
  readonly itemId: unknown;
  /** The actor who takes the item on, or `null` to leave it unassigned again. */
  readonly actorId: unknown;
}

const Fields = AssignFields;

/**
 * Names the person (actor id) responsible for one item of a family's checklist, or removes the
 * assignment with `actorId: null`. The template's owner role says which sector or role should
 * take it; this records who actually did.
 * Accepts a `PreparedChecklist` handle in place of the instance, with no validation of it.
 *
 * @example
 * assignChecklistItem(checklist, { itemId: 'cpr-registration', actorId: 'actor-17' })
 * //=> { ok: true, value: { …, items: [{ itemId: 'cpr-registration', status: 'open', ownerActorId: 'actor-17' }, …] } }
 */
export function assignChecklistItem(instance: unknown, options: AssignChecklistItemOptions): Result<ChecklistInstance> {
  return guard(() => {
    const parsed = readChecklistInstance(instance, options);
    const fields = parseInput(Fields, options, options);
    if (!parsed.ok || !fields.ok) return fail([...issuesUnder(parsed), ...issuesUnder(fields)]);
    const { itemId, actorId } = fields.value;
    const index = parsed.value.items.findIndex((item) => item.itemId === itemId);
    const current = parsed.value.items[index];
    if (current === undefined) return fail([createIssue('checklist_unknown_item', ['itemId'], { itemId }, options)]);
    const { ownerActorId: _previous, ...rest } = current;
    const updated: ChecklistInstanceItem = actorId === null ? rest : { ...rest, ownerActorId: actorId };
    return ok({ ...parsed.value, items: parsed.value.items.map((item, i) => (i === index ? updated : item)) });
  }, options);
}
