import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { Person } from './family.schema.js';
import { parseFamily } from './parse-family.js';

/** Options for `childrenOf`: the locale and message overrides for issues. */
export type ChildrenOfOptions = LocaleOptions;

/**
 * The members of a family recorded as children, in the family's order.
 *
 * @example
 * childrenOf(family).value.map((child) => child.id)
 * //=> ['c1', 'c2']
 */
export function childrenOf(family: unknown, options: ChildrenOfOptions = {}): Result<Person[]> {
  const parsed = parseFamily(family, options);
  if (!parsed.ok) return parsed;
  return ok(parsed.value.members.filter((member) => member.role === 'child'));
}
