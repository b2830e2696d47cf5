import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { guard } from './internal/guard.js';
import { isSettled } from './internal/is-settled.js';
import { parseInstanceWithTemplate } from './internal/parse-instance-with-template.js';
import { preparedChecklistState } from './internal/prepared-checklist-state.js';

/** Options for `blockedItems`: only the language of issues. */
export type BlockedItemsOptions = LocaleOptions;

/** An unfinished item and the unfinished items it waits for. */
export interface BlockedChecklistItem {
  readonly itemId: string;
  readonly blockedBy: readonly string[];
}

/**
 * What holds what up in a family's checklist: every item not yet done or set aside whose
 * dependencies are not all done or not relevant, in template order, with those dependencies.
 * Given a `PreparedChecklist` handle in place of the instance, it answers without validating
 * anything and uses the handle's own template (the `template` argument is not read).
 *
 * @example
 * blockedItems(checklist, template)
 * //=> { ok: true, value: [{ itemId: 'children-services-notified', blockedBy: ['allocation-received'] }, …, { itemId: 'bank-account', blockedBy: ['cpr-registration'] }, …] }
 */
export function blockedItems(instance: unknown, template: unknown, options: BlockedItemsOptions = {}): Result<BlockedChecklistItem[]> {
  return guard(() => {
    const prepared = preparedChecklistState(instance);
    const pair = prepared === undefined ? parseInstanceWithTemplate(instance, template, options) : ok(prepared);
    if (!pair.ok) return pair;
    const { instance: checklist, items: templateItems } = pair.value;
    const statusById = new Map(checklist.items.map((item) => [item.itemId, item.status]));
    const blocked: BlockedChecklistItem[] = [];
    for (const definition of templateItems.values()) {
      if (isSettled(statusById.get(definition.id))) continue;
      const blockedBy = (definition.dependsOn ?? []).filter((dependency) => !isSettled(statusById.get(dependency)));
      if (blockedBy.length > 0) blocked.push({ itemId: definition.id, blockedBy });
    }
    return ok(blocked);
  }, options);
}
