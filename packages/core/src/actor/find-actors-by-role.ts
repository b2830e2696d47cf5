import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { type Actor, ActorRole } from './actor.schema.js';
import { parseActors } from './parse-actors.js';

/** Options for `findActorsByRole`: the locale and message overrides for issues. */
export type FindActorsByRoleOptions = LocaleOptions;

const RoleArgument = z.strictObject({ role: ActorRole });

/**
 * The actors holding a role, in list order: e.g. the key persons a meeting invitation goes to,
 * or the interpreters to book.
 *
 * @example
 * findActorsByRole(actors, 'key-person').value.map((actor) => actor.id)
 * //=> ['nurse-1', 'jobcentre-2']
 */
export function findActorsByRole(actors: unknown, role: unknown, options: FindActorsByRoleOptions = {}): Result<Actor[]> {
  const wanted = parseInput(RoleArgument, { role }, options);
  if (!wanted.ok) return wanted;
  const parsed = parseActors(actors, options);
  if (!parsed.ok) return parsed;
  return ok(parsed.value.filter((actor) => actor.roles.includes(wanted.value.role)));
}
