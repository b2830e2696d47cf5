import type { Consent } from '../consent.schema.js';
import { dayStartMs } from '../../common/internal/time-zone.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { consentMessagesDa } from '../messages.da.js';

learnMessages(consentMessagesDa);

/** Reasons a consent does not hold, as bits so the disclosure gate's hot path allocates nothing. */
export const NOT_YET_VALID = 1;
export const EXPIRED = 2;
export const WITHDRAWN = 4;
export const REFUSED = 8;
export const MISSING_GRANTORS = 16;
export const SUBJECT_NOT_IN_FAMILY = 32;
export const NO_CUSTODY_HOLDER = 64;
export const FAMILY_MISMATCH = 128;

/** The reason codes in the order they are reported, with their bit. */
export const VALIDITY_REASONS = [
  [FAMILY_MISMATCH, 'consent_family_mismatch'],
  [NOT_YET_VALID, 'consent_not_yet_valid'],
  [EXPIRED, 'consent_expired'],
  [WITHDRAWN, 'consent_withdrawn'],
  [REFUSED, 'consent_refused'],
  [SUBJECT_NOT_IN_FAMILY, 'consent_subject_not_in_family'],
  [NO_CUSTODY_HOLDER, 'consent_no_custody_holder'],
  [MISSING_GRANTORS, 'consent_missing_grantors'],
] as const;

/**
 * Why a consent does not hold at a moment: an issue code such as `consent_expired` or `consent_withdrawn`.
 */
export type ConsentValidityReason = (typeof VALIDITY_REASONS)[number][1];

/** Decoded reason codes for a bit set. */
export function reasonsOf(bits: number): ConsentValidityReason[] {
  const reasons: ConsentValidityReason[] = [];
  for (const [bit, code] of VALIDITY_REASONS) if ((bits & bit) !== 0) reasons.push(code);
  return reasons;
}

/** A consent's instants, precomputed once: period bounds, withdrawal, answers per person in time order. */
export interface ConsentTimeline {
  readonly startMs: number;
  /** First instant after the period (exclusive); Infinity when open-ended. */
  readonly endMs: number;
  readonly withdrawalMs: number;
  /** Per person: answer instants ascending, with `granted` per answer. */
  readonly answers: ReadonlyMap<string, { readonly ms: readonly number[]; readonly granted: readonly boolean[] }>;
  readonly grantors: readonly string[];
}

export function buildTimeline(consent: Consent, timeZone: string): ConsentTimeline {
  const byPerson = new Map<string, { ms: number; granted: boolean; order: number }[]>();
  consent.responses.forEach((response, order) => {
    const list = byPerson.get(response.personId) ?? [];
    list.push({ ms: Date.parse(response.at), granted: response.decision === 'granted', order });
    byPerson.set(response.personId, list);
  });
  const answers = new Map<string, { ms: number[]; granted: boolean[] }>();
  for (const [personId, list] of byPerson) {
    list.sort((a, b) => a.ms - b.ms || a.order - b.order);
    answers.set(personId, { ms: list.map((entry) => entry.ms), granted: list.map((entry) => entry.granted) });
  }
  return {
    startMs: dayStartMs(consent.period.start, timeZone),
    endMs: consent.period.end === undefined ? Number.POSITIVE_INFINITY : dayStartMs(consent.period.end, timeZone, 1),
    withdrawalMs: consent.withdrawal === undefined ? Number.POSITIVE_INFINITY : Date.parse(consent.withdrawal.at),
    answers,
    grantors: consent.grantors,
  };
}

/** The person's latest answer at `ms`: 1 granted, -1 refused, 0 none yet. */
export function answerAt(timeline: ConsentTimeline, personId: string, ms: number): number {
  const answers = timeline.answers.get(personId);
  if (answers === undefined) return 0;
  let result = 0;
  for (let index = 0; index < answers.ms.length; index += 1) {
    if ((answers.ms[index] as number) > ms) break;
    result = answers.granted[index] === true ? 1 : -1;
  }
  return result;
}

/** Time-bound reasons: period, withdrawal, and a refusal by any grantor. */
export function timeBits(timeline: ConsentTimeline, ms: number): number {
  let bits = 0;
  if (ms < timeline.startMs) bits |= NOT_YET_VALID;
  if (ms >= timeline.endMs) bits |= EXPIRED;
  if (ms >= timeline.withdrawalMs) bits |= WITHDRAWN;
  for (const personId of timeline.grantors) if (answerAt(timeline, personId, ms) < 0) bits |= REFUSED;
  return bits;
}

/** Whether a subject's grantor requirement is met at `ms`, as reason bits (0 when met). */
export function requirementBits(
  timeline: ConsentTimeline,
  ms: number,
  requirement: { readonly allOf: readonly string[]; readonly anyOf: readonly string[]; readonly problem?: string },
): number {
  if (requirement.problem === 'consent_subject_not_in_family') return SUBJECT_NOT_IN_FAMILY;
  if (requirement.problem === 'consent_no_custody_holder') return NO_CUSTODY_HOLDER;
  for (const personId of requirement.allOf) if (answerAt(timeline, personId, ms) <= 0) return MISSING_GRANTORS;
  if (requirement.anyOf.length === 0) return 0;
  for (const personId of requirement.anyOf) if (answerAt(timeline, personId, ms) > 0) return 0;
  return MISSING_GRANTORS;
}
