import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Result } from '../result/result.js';
import { Actor } from './actor.schema.js';

/** Options for `parseActor`: the locale and message overrides for issues. */
export type ParseActorOptions = LocaleOptions;

/**
 * Validates one actor record: its fields, each role given once, contact details that fit their
 * channel (never repeated in an issue) and at most one preferred contact.
 *
 * @example
 * parseActor({ id: 'a1', kind: 'person', name: 'Mette Holm', sector: 'health-visitor', roles: ['key-person'], contacts: [] })
 * //=> { ok: true, value: { id: 'a1', kind: 'person', name: 'Mette Holm', sector: 'health-visitor', roles: ['key-person'], contacts: [] } }
 */
export function parseActor(input: unknown, options: ParseActorOptions = {}): Result<Actor> {
  return parseInput(Actor, input, options);
}
