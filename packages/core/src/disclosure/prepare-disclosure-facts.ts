import { createIssue } from '../issues/create-issue.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { PREPARED } from './internal/prepared.js';
import { prepareInternal } from './internal/prepare-internal.js';

/** What `prepareDisclosureFacts` takes besides its input; `locale` picks the language of issue messages. */
export interface PrepareDisclosureFactsOptions extends LocaleOptions {
  /** Consent rules; `CONSENT_RULES_DK` when left out. */
  readonly rules?: unknown;
  /** Statutory bases replacing the facts' own list and `STATUTORY_BASES_DK`. */
  readonly statutoryBases?: unknown;
}

/**
 * Facts checked and indexed once for many decisions. Opaque and frozen: only
 * `evaluateDisclosure` can read what is inside, and it cannot be forged or changed.
 */
export interface PreparedDisclosureFacts {
  readonly kind: 'prepared-disclosure-facts';
  readonly familyId: string;
}

/**
 * Validates the facts the disclosure gate decides from (family, actors, consents, statutory
 * bases) once, and builds what does not depend on the time of a request: actors by id, consents
 * by the actors they name, consent periods and answers as instants, and the instants family
 * members cross each age limit. Pass the result to `evaluateDisclosure` for fast decisions.
 *
 * @example
 * const prepared = prepareDisclosureFacts({ family, actors, consents });
 * prepared.ok && prepared.value.kind
 * //=> 'prepared-disclosure-facts'
 */
export function prepareDisclosureFacts(facts: unknown, options: PrepareDisclosureFactsOptions = {}): Result<PreparedDisclosureFacts> {
  try {
    const internal = prepareInternal(facts, options, [], true);
    if (!internal.ok) return internal;
    const token: PreparedDisclosureFacts = Object.freeze({ kind: 'prepared-disclosure-facts', familyId: internal.value.familyId });
    PREPARED.set(token, internal.value);
    return ok(token);
  } catch {
    return fail([createIssue('unreadable_input', [], undefined, options)]);
  }
}
