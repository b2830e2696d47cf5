import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Result } from '../result/result.js';
import { Person } from './family.schema.js';

/** Options for `parsePerson`: the locale and message overrides for issues. */
export type ParsePersonOptions = LocaleOptions;

/**
 * Validates one family member on its own, e.g. before adding it to a family in a form. Checks
 * the fields and the rules across them (birth date or year present and agreeing, CPR shape and
 * date, custody only on children); rules that need the whole family are `parseFamily`'s.
 *
 * @example
 * parsePerson({ id: 'p1', givenName: 'Amal', role: 'child', birthYear: 2016, languages: ['ar'] })
 * //=> { ok: true, value: { id: 'p1', givenName: 'Amal', role: 'child', birthYear: 2016, languages: ['ar'] } }
 */
export function parsePerson(input: unknown, options: ParsePersonOptions = {}): Result<Person> {
  return parseInput(Person, input, options);
}
