import { toInstant } from '../../common/to-instant.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { Consent } from '../consent.schema.js';
import type { ConsentRules } from '../consent-rules.schema.js';
import { parseUnder } from './parse-under.js';
import { Family } from './peer.js';
import { readRules } from './read-rules.js';

/** What judging a consent needs: the consent, the family, the moment and the rules. */
export interface ConsentCase {
  readonly consent: Consent;
  readonly family: Family;
  readonly now: Date;
  readonly rules: ConsentRules;
}

/** The options of every function that judges a consent for a family at a moment. */
export interface ConsentCaseOptions extends LocaleOptions {
  readonly now?: unknown;
  readonly rules?: unknown;
}

/**
 * Reads a consent (issues under `consent`), the family (`family`), `now` and the rules (`rules`,
 * the Danish ones when left out), in that order, stopping at the first that does not read.
 */
export function readConsentCase(consent: unknown, family: unknown, options: ConsentCaseOptions): Result<ConsentCase> {
  const parsedConsent = parseUnder(Consent, consent, 'consent', options);
  if (!parsedConsent.ok) return parsedConsent;
  const parsedFamily = parseUnder(Family, family, 'family', options);
  if (!parsedFamily.ok) return parsedFamily;
  const now = toInstant(options.now, options);
  if (!now.ok) return now;
  const rules = readRules(options.rules, options);
  if (!rules.ok) return rules;
  return ok({ consent: parsedConsent.value, family: parsedFamily.value, now: now.value, rules: rules.value });
}
