import * as z from 'zod/mini';
import { issuesUnder } from '../common/internal/issues-under.js';
import { parseInput } from '../common/parse-input.js';
import { Id } from '../common/schemas.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { ChecklistInstance } from './checklist.schema.js';
import type { ChecklistInstanceItem } from './checklist.schema.js';
import { guard } from './internal/guard.js';

export interface AssignChecklistItemOptions extends LocaleOptions {
  readonly itemId: unknown;
  /** The actor who takes the item on, or `null` to leave it unassigned again. */
  readonly actorId: unknown;
}

const Fields = z.object({ itemId: Id, actorId: z.nullable(Id) });

/**
 * Names the person (actor id) responsible for one item of a family's checklist, or removes the
 * assignment with `actorId: null`. The template's owner role says which sector or role should
 * take it; this records who actually did.
 *
 * @example
 * assignChecklistItem(checklist, { itemId: 'cpr-registration', actorId: 'actor-17' })
 * //=> { ok: true, value: { …, items: [{ itemId: 'cpr-registration', status: 'open', ownerActorId: 'actor-17' }, …] } }
 */
export function assignChecklistItem(instance: unknown, options: AssignChecklistItemOptions): Result<ChecklistInstance> {
  return guard(() => {
    const parsed = parseInput(ChecklistInstance, instance, options);
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
