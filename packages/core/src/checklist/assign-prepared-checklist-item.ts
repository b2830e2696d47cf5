import { issuesUnder } from '../common/internal/issues-under.js';
import { parseInput } from '../common/parse-input.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { AssignChecklistItemOptions } from './assign-checklist-item.js';
import type { ChecklistInstanceItem } from './checklist.schema.js';
import type { PreparedChecklist } from './prepare-checklist.js';
import { AssignFields } from './internal/assign-fields.js';
import { guard } from './internal/guard.js';
import { notPreparedIssue } from './internal/not-prepared-issue.js';
import { preparedChecklistState } from './internal/prepared-checklist-state.js';
import { registerPreparedChecklist } from './internal/register-prepared-checklist.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { checklistMessagesDa } from './messages.da.js';

learnMessages(checklistMessagesDa);

/** Options for `assignPreparedChecklistItem`: the same as `assignChecklistItem` takes. */
export type AssignPreparedChecklistItemOptions = AssignChecklistItemOptions;

/**
 * `assignChecklistItem` for a `PreparedChecklist` handle: only the assignment is validated, and
 * the answer is a new handle whose `instance` shares every unchanged item. Same issue codes.
 *
 * @example
 * assignPreparedChecklistItem(prepared, { itemId: 'cpr-registration', actorId: 'actor-17' })
 * //=> { ok: true, value: { kind: 'prepared-checklist', instance: { …, items: [{ itemId: 'cpr-registration', status: 'open', ownerActorId: 'actor-17' }, …] }, template: { … } } }
 */
export function assignPreparedChecklistItem(prepared: unknown, options: AssignPreparedChecklistItemOptions): Result<PreparedChecklist> {
  return guard(() => {
    const state = preparedChecklistState(prepared);
    const fields = parseInput(AssignFields, options, options);
    if (state === undefined || !fields.ok) return fail([...(state === undefined ? [notPreparedIssue(options)] : []), ...issuesUnder(fields)]);
    const { itemId, actorId } = fields.value;
    const { instance } = state;
    const index = instance.items.findIndex((item) => item.itemId === itemId);
    const current = instance.items[index];
    if (current === undefined) return fail([createIssue('checklist_unknown_item', ['itemId'], { itemId }, options)]);
    const { ownerActorId: _previous, ...rest } = current;
    const updated: ChecklistInstanceItem = Object.freeze(actorId === null ? rest : { ...rest, ownerActorId: actorId });
    const items = instance.items.map((item, i) => (i === index ? updated : item));
    Object.freeze(items);
    return ok(registerPreparedChecklist({ ...state, instance: Object.freeze({ ...instance, items }) }));
  }, options);
}
