import { issuesUnder } from '../common/internal/issues-under.js';
import { parseInput } from '../common/parse-input.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { PreparedChecklist } from './prepare-checklist.js';
import type { SetChecklistItemStatusOptions } from './set-checklist-item-status.js';
import { applyStatusChange } from './internal/apply-status-change.js';
import { guard } from './internal/guard.js';
import { isoDayFromNow } from './internal/iso-day-from-now.js';
import { notPreparedIssue } from './internal/not-prepared-issue.js';
import { preparedChecklistState } from './internal/prepared-checklist-state.js';
import { registerPreparedChecklist } from './internal/register-prepared-checklist.js';
import { StatusChangeFields } from './internal/status-change-fields.js';

/** Options for `setPreparedChecklistItemStatus`: the same as `setChecklistItemStatus` takes. */
export type SetPreparedChecklistItemStatusOptions = SetChecklistItemStatusOptions;

/**
 * `setChecklistItemStatus` for a `PreparedChecklist` handle: the same rules and issue codes, but
 * only the change itself is validated, and the answer is a new handle (its `instance` is the new
 * plain checklist, sharing every unchanged item). The given handle stays valid and unchanged.
 *
 * @example
 * setPreparedChecklistItemStatus(prepared, { itemId: 'allocation-received', status: 'done', now: '2026-02-03T10:00:00+01:00' })
 * //=> { ok: true, value: { kind: 'prepared-checklist', instance: { …, items: [{ itemId: 'allocation-received', status: 'done', doneOn: '2026-02-03' }, …] }, template: { … } } }
 */
export function setPreparedChecklistItemStatus(prepared: unknown, options: SetPreparedChecklistItemStatusOptions): Result<PreparedChecklist> {
  return guard(() => {
    const state = preparedChecklistState(prepared);
    const fields = parseInput(StatusChangeFields, options, options);
    const today = isoDayFromNow(options.now, options);
    if (state === undefined || !fields.ok || !today.ok) {
      return fail([...(state === undefined ? [notPreparedIssue(options)] : []), ...issuesUnder(fields), ...issuesUnder(today)]);
    }
    const applied = applyStatusChange(state.instance, state.items, fields.value, today.value, options);
    if (!applied.ok) return applied;
    Object.freeze(applied.value.item);
    Object.freeze(applied.value.instance.items);
    return ok(registerPreparedChecklist({ ...state, instance: Object.freeze(applied.value.instance) }));
  }, options);
}
