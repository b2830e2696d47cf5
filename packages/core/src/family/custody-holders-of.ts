import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import { Id } from '../common/schemas.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { Person } from './family.schema.js';
import { parseFamily } from './parse-family.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { familyMessagesDa } from './messages.da.js';

learnMessages(familyMessagesDa);

/** Options for `custodyHoldersOf`: the locale and message overrides for issues. */
export type CustodyHoldersOfOptions = LocaleOptions;

const ChildId = z.strictObject({ childId: Id });

/**
 * The family members who hold custody of a child, e.g. everyone whose consent is needed for a
 * child under 15. An empty list means no member holds custody (an unaccompanied minor's
 * temporary custody holder is an actor, see `custodyActorIds`).
 *
 * @example
 * custodyHoldersOf(family, 'c1').value.map((holder) => holder.id)
 * //=> ['p1', 'p2']
 */
export function custodyHoldersOf(family: unknown, childId: unknown, options: CustodyHoldersOfOptions = {}): Result<Person[]> {
  const id = parseInput(ChildId, { childId }, options);
  if (!id.ok) return id;
  const parsed = parseFamily(family, options);
  if (!parsed.ok) return parsed;
  const { members } = parsed.value;
  const child = members.find((member) => member.id === id.value.childId);
  if (child === undefined) return fail([createIssue('unknown_reference', ['childId'], { id: id.value.childId }, options)]);
  if (child.role !== 'child') return fail([createIssue('family_not_a_child', ['childId'], { id: child.id }, options)]);
  const holders = new Set(child.custodyHolderIds ?? []);
  return ok(members.filter((member) => holders.has(member.id)));
}
