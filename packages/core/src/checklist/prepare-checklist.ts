import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ChecklistInstance, ChecklistTemplate } from './checklist.schema.js';
import { freezeDeep } from './internal/freeze-deep.js';
import { guard } from './internal/guard.js';
import { parseInstanceWithTemplate } from './internal/parse-instance-with-template.js';
import { registerPreparedChecklist } from './internal/register-prepared-checklist.js';

/** Options for `prepareChecklist`: only the language of issues. */
export type PrepareChecklistOptions = LocaleOptions;

/**
 * A handle to one family's checklist and its template, validated once. `instance` and
 * `template` are frozen private copies, safe to read and render. Only `prepareChecklist` and the
 * prepared edits (`setPreparedChecklistItemStatus`, `assignPreparedChecklistItem`) make genuine
 * handles; a look-alike object is refused. `checklistProgress`, `overdueItems`, `blockedItems`
 * and `assignChecklistItem` accept a handle in place of the instance and skip validation.
 */
export interface PreparedChecklist {
  readonly kind: 'prepared-checklist';
  readonly instance: ChecklistInstance;
  readonly template: ChecklistTemplate;
}

/**
 * Validates a checklist with its template once (the same checks and issues as
 * `setChecklistItemStatus` and `blockedItems`) and answers with a handle for fast repeated edits
 * and queries, such as a widget changing one item of a thousand at a time.
 *
 * @example
 * const prepared = prepareChecklist(checklist, template);
 * if (prepared.ok) checklistProgress(prepared.value);
 * //=> { ok: true, value: { done: 0, notRelevant: 0, inProgress: 0, open: 10, total: 10, percent: 0 } }
 */
export function prepareChecklist(instance: unknown, template: unknown, options: PrepareChecklistOptions = {}): Result<PreparedChecklist> {
  return guard(() => {
    const pair = parseInstanceWithTemplate(instance, template, options);
    if (!pair.ok) return pair;
    const { instance: checked, template: source, items } = pair.value;
    return ok(registerPreparedChecklist({ instance: freezeDeep(checked), template: freezeDeep(source), items }));
  }, options);
}
