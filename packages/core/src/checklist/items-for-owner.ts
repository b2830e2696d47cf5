import { issuesUnder } from '../common/internal/issues-under.js';
import { parseInput } from '../common/parse-input.js';
import { Id } from '../common/schemas.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { ChecklistInstance } from './checklist.schema.js';
import type { ChecklistInstanceItem } from './checklist.schema.js';
import { guard } from './internal/guard.js';

/** Options for `itemsForOwner`: only the language of issues. */
export type ItemsForOwnerOptions = LocaleOptions;

/**
 * The items of a family's checklist assigned to one actor, whatever their status, in checklist
 * order: "what is on my plate for this family".
 *
 * @example
 * itemsForOwner(checklist, 'actor-17')
 * //=> { ok: true, value: [{ itemId: 'cpr-registration', status: 'open', ownerActorId: 'actor-17' }] }
 */
export function itemsForOwner(instance: unknown, actorId: unknown, options: ItemsForOwnerOptions = {}): Result<ChecklistInstanceItem[]> {
  return guard(() => {
    const parsed = parseInput(ChecklistInstance, instance, options);
    const actor = parseInput(Id, actorId, options);
    if (!parsed.ok || !actor.ok) {
      return fail([...issuesUnder(parsed), ...issuesUnder(actor, ['actorId'])]);
    }
    return ok(parsed.value.items.filter((item) => item.ownerActorId === actor.value));
  }, options);
}
