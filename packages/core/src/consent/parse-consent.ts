import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Result } from '../result/result.js';
import { Consent } from './consent.schema.js';

/** Options for `parseConsent`: only the language of issues. */
export type ParseConsentOptions = LocaleOptions;

/**
 * Validates a consent record from a portal or storage: named recipients, purposes and
 * categories (no blanket consent), a reference for written and digital answers, answers only
 * from listed grantors, and no purpose both allowed and excluded.
 *
 * @example
 * parseConsent({ id: 'c1' }, { locale: 'en' }).ok
 * //=> false
 */
export function parseConsent(input: unknown, options: ParseConsentOptions = {}): Result<Consent> {
  return parseInput(Consent, input, options);
}
