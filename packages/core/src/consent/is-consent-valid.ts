import type { Result } from '../result/result.js';
import { ok } from '../result/ok.js';
import { checkConsentValidity, type CheckConsentValidityOptions } from './check-consent-validity.js';

/** Options for `isConsentValid`: the same as `checkConsentValidity` takes. */
export type IsConsentValidOptions = CheckConsentValidityOptions;

/**
 * The short form of `checkConsentValidity`: just whether the consent holds at `now`.
 *
 * @example
 * isConsentValid(consent, family, { now: '2026-03-01T09:00:00+01:00' })
 * //=> { ok: true, value: true }
 */
export function isConsentValid(consent: unknown, family: unknown, options: IsConsentValidOptions = {}): Result<boolean> {
  const result = checkConsentValidity(consent, family, options);
  return result.ok ? ok(result.value.valid) : result;
}
