import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { Actor } from './actor.schema.js';
import { parseActors } from './parse-actors.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { actorMessagesDa } from './messages.da.js';

learnMessages(actorMessagesDa);

/** Options for `coordinatorOf`: the locale and message overrides for issues. */
export type CoordinatorOfOptions = LocaleOptions;

/**
 * The one coordinator (tovholder) among a family's actors, or `null` when nobody has been given
 * the role yet. The sources ask for a single entry point, so two or more coordinators are
 * reported (`actor_coordinator_ambiguous`, at the second one) rather than one picked at random.
 *
 * @example
 * coordinatorOf(actors)
 * //=> { ok: true, value: { id: 'kommune-anna', kind: 'person', name: 'Anna Berg', roles: ['caseworker', 'coordinator'], ... } }
 */
export function coordinatorOf(actors: unknown, options: CoordinatorOfOptions = {}): Result<Actor | null> {
  const parsed = parseActors(actors, options);
  if (!parsed.ok) return parsed;
  const indexes: number[] = [];
  parsed.value.forEach((actor, index) => {
    if (actor.roles.includes('coordinator')) indexes.push(index);
  });
  const [first, second] = indexes;
  if (first === undefined) return ok(null);
  if (second !== undefined) {
    return fail([createIssue('actor_coordinator_ambiguous', [second, 'roles'], { count: indexes.length }, options)]);
  }
  return ok(parsed.value[first] ?? null);
}
