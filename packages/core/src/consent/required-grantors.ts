import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { computeRequirements } from './internal/compute-requirements.js';
import type { SubjectGrantorRequirement } from './internal/grantor-requirement.js';
import { readConsentCase } from './internal/read-consent-case.js';

export type { ConsentAgeClass, GrantorBasis, GrantorProblem, SubjectGrantorRequirement } from './internal/grantor-requirement.js';

/** What `requiredGrantors` takes besides its input; `locale` picks the language of issue messages. */
export interface RequiredGrantorsOptions extends LocaleOptions {
  /** The moment to judge ages at (Date, ISO string or epoch ms). Required: core never reads the clock. */
  readonly now?: unknown;
  /** Consent rules; `CONSENT_RULES_DK` when left out. */
  readonly rules?: unknown;
}

/** Whose consent each subject needs, and everyone involved. */
export interface RequiredGrantors {
  readonly subjects: readonly SubjectGrantorRequirement[];
  /** Every person named in any requirement, first mention first. */
  readonly personIds: readonly string[];
}

/**
 * Works out, per subject of a consent, whose consent is needed at `now`: an adult for
 * themselves; a child under the self-consent age every custody holder (all of them when custody
 * is joint); a young person who has certainly reached that age themselves (with the custody
 * holders too when the rules say so); an unaccompanied minor the appointed custody holder. Only
 * a certainly reached age counts, so a child known only by birth year is judged by the lower end.
 *
 * @example
 * requiredGrantors(consent, family, { now: '2026-03-01T09:00:00+01:00' })
 * //=> { ok: true, value: { subjects: [{ subjectId: 'child-1', basis: 'custody-holders', allOf: ['mother', 'father'], ... }], personIds: ['mother', 'father'] } }
 */
export function requiredGrantors(consent: unknown, family: unknown, options: RequiredGrantorsOptions = {}): Result<RequiredGrantors> {
  const read = readConsentCase(consent, family, options);
  if (!read.ok) return read;
  const { consent: record, family: members, now, rules } = read.value;
  const subjects = computeRequirements(record, members, now, rules);
  const personIds = [...new Set(subjects.flatMap((subject) => [...subject.allOf, ...subject.anyOf]))];
  return ok({ subjects, personIds });
}
