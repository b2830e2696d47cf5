import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Result } from '../result/result.js';
import { Family } from './family.schema.js';

/** Options for `parseFamily`: the locale and message overrides for issues. */
export type ParseFamilyOptions = LocaleOptions;

/**
 * Validates a household record from a portal or storage: every member, unique member ids, and
 * custody holders that are adult members of the same family. The answer is a new object; the
 * input is never changed.
 *
 * @example
 * parseFamily({ id: 'f1', name: 'Familien Haddad', members: [] }, { locale: 'en' })
 * //=> { ok: false, issues: [{ code: 'too_few', path: ['members'], message: 'Add at least one item.', params: { minimum: 1 } }] }
 */
export function parseFamily(input: unknown, options: ParseFamilyOptions = {}): Result<Family> {
  return parseInput(Family, input, options);
}
