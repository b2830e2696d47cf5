import { issuesUnder } from '../common/internal/issues-under.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ActorAuthority } from './actor.schema.js';
import { parseActor } from './parse-actor.js';

/** Options for `sameAuthority`: the locale and message overrides for issues. */
export type SameAuthorityOptions = LocaleOptions;

const PUBLIC_KINDS: ReadonlySet<ActorAuthority['kind']> = new Set(['municipality', 'region', 'state']);

/**
 * Whether two actors belong to the same public authority, the boundary within which
 * forvaltningsloven allows wider sharing. True only when both name an authority of kind
 * municipality, region or state with the same id and kind. Private bodies and civil society
 * never count, and neither does a missing authority: when in doubt the answer is `false`,
 * so the disclosure gate looks for another basis. Issues for the first actor are under `['a']`,
 * for the second under `['b']`.
 *
 * @example
 * sameAuthority(schoolTeacher, familyCaseworker)
 * //=> { ok: true, value: false }
 */
export function sameAuthority(a: unknown, b: unknown, options: SameAuthorityOptions = {}): Result<boolean> {
  const first = parseActor(a, options);
  const second = parseActor(b, options);
  if (!first.ok || !second.ok) {
    return fail([...issuesUnder(first, ['a']), ...issuesUnder(second, ['b'])]);
  }
  const x = first.value.authority;
  const y = second.value.authority;
  if (x === undefined || y === undefined) return ok(false);
  return ok(PUBLIC_KINDS.has(x.kind) && x.kind === y.kind && x.id === y.id);
}
