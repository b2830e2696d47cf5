import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Result } from '../result/result.js';
import { Actor } from './actor.schema.js';
import { repeatedIds } from '../common/internal/repeated-ids.js';

/** Actor ids are unique within the list a portal hands over. */
const ActorList = z.array(Actor).check(
  z.maxLength(10_000),
  z.superRefine((actors, ctx) => {
    for (const { index, id } of repeatedIds(actors.map((actor) => actor.id))) {
      ctx.issues.push({ code: 'custom', params: { code: 'duplicate_id', id }, path: [index, 'id'], input: actors });
    }
  }),
);

/** Options for `parseActors`: the locale and message overrides for issues. */
export type ParseActorsOptions = LocaleOptions;

/**
 * Validates a list of actors, such as everyone around one family, and checks that no id is
 * used twice (up to 10,000 actors).
 *
 * @example
 * parseActors([nurse, nurse]).issues[0].code
 * //=> 'duplicate_id'
 */
export function parseActors(input: unknown, options: ParseActorsOptions = {}): Result<Actor[]> {
  return parseInput(ActorList, input, options);
}
