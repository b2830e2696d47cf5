import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { computeRequirements } from './internal/compute-requirements.js';
import type { SubjectGrantorRequirement } from './internal/grantor-requirement.js';
import { readConsentCase } from './internal/read-consent-case.js';
import { answerAt, buildTimeline, FAMILY_MISMATCH, reasonsOf, requirementBits, timeBits, type ConsentValidityReason } from './internal/timeline.js';

export type { ConsentValidityReason } from './internal/timeline.js';

/** What `checkConsentValidity` takes besides its input; `locale` picks the language of issue messages. */
export interface CheckConsentValidityOptions extends LocaleOptions {
  /** The moment to judge at (Date, ISO string or epoch ms). Required: core never reads the clock. */
  readonly now?: unknown;
  /** Consent rules; `CONSENT_RULES_DK` when left out. */
  readonly rules?: unknown;
}

/** Whether a consent holds at a moment, and if not, every reason why. */
export interface ConsentValidity {
  readonly valid: boolean;
  readonly reasons: readonly ConsentValidityReason[];
  readonly requirements: readonly SubjectGrantorRequirement[];
  /** Required grantors whose consent is not (yet) given. */
  readonly missingGrantorIds: readonly string[];
  /** Grantors whose latest answer is a refusal. */
  readonly refusedByIds: readonly string[];
}

/**
 * Judges whether a consent holds at `now` for the given family: within its period, not
 * withdrawn, refused by nobody, and given by everyone whose consent each subject needs (see
 * `requiredGrantors`). A refusal or an incomplete consent is an answer (`valid: false` with
 * reasons), not an error; only unreadable input fails.
 *
 * @example
 * checkConsentValidity(consent, family, { now: '2026-03-01T09:00:00+01:00' })
 * //=> { ok: true, value: { valid: false, reasons: ['consent_missing_grantors'], missingGrantorIds: ['father'], ... } }
 */
export function checkConsentValidity(consent: unknown, family: unknown, options: CheckConsentValidityOptions = {}): Result<ConsentValidity> {
  const read = readConsentCase(consent, family, options);
  if (!read.ok) return read;
  const { consent: record, family: members, now, rules } = read.value;
  const ms = now.getTime();
  const timeline = buildTimeline(record, rules.calendarTimeZone);
  const requirements = computeRequirements(record, members, now, rules);
  let bits = timeBits(timeline, ms);
  if (record.familyId !== members.id) bits |= FAMILY_MISMATCH;
  const missing = new Set<string>();
  for (const requirement of requirements) {
    bits |= requirementBits(timeline, ms, requirement);
    for (const personId of requirement.allOf) if (answerAt(timeline, personId, ms) <= 0) missing.add(personId);
    if (requirement.anyOf.length > 0 && !requirement.anyOf.some((personId) => answerAt(timeline, personId, ms) > 0)) {
      for (const personId of requirement.anyOf) missing.add(personId);
    }
  }
  const refusedByIds = record.grantors.filter((personId) => answerAt(timeline, personId, ms) < 0);
  const reasons = reasonsOf(bits);
  return ok({ valid: reasons.length === 0, reasons, requirements, missingGrantorIds: [...missing], refusedByIds });
}
