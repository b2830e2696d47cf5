import * as z from '../common/schema/index.js';
import { Id } from '../common/schemas.js';
import { DataCategory } from '../consent/data-category.js';
import { DisclosureBasis } from './disclosure-basis.schema.js';
import { DisclosurePair } from './disclosure-request.schema.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { disclosureMessagesDa } from './messages.da.js';

learnMessages(disclosureMessagesDa);

/** Why (part of) a disclosure was refused. `disclosure_no_basis` is given for every pair left without a basis. */
export const DisclosureReasonCode = z.enum([
  'disclosure_no_basis',
  'disclosure_unknown_actor',
  'disclosure_unknown_subject',
  'disclosure_family_mismatch',
  'disclosure_consent_withdrawn',
  'disclosure_consent_expired',
  'disclosure_consent_not_yet_valid',
  'disclosure_consent_refused',
  'disclosure_consent_incomplete',
  'disclosure_purpose_excluded',
  'disclosure_purpose_not_consented',
  'disclosure_necessity_required',
  'disclosure_age_outside_basis',
]);
export type DisclosureReasonCode = z.infer<typeof DisclosureReasonCode>;

/** One reason, tied to the pair, consent or basis it concerns, with a message in the requested language. */
export const DisclosureReason = z.strictObject({
  code: DisclosureReasonCode,
  message: z.string().check(z.maxLength(2_000)),
  subjectId: z.optional(Id),
  category: z.optional(DataCategory),
  actorId: z.optional(Id),
  consentId: z.optional(Id),
  basisId: z.optional(Id),
});
export type DisclosureReason = z.infer<typeof DisclosureReason>;

/**
 * A basis and the pairs it covers. `restrictions` repeats what the family said the information
 * may not be used for (a consent's free-text exclusions), so the sender can pass it on.
 */
export const DisclosureBasisUse = z.strictObject({
  basis: DisclosureBasis,
  pairs: z.array(DisclosurePair).check(z.minLength(1), z.maxLength(180)),
  restrictions: z.optional(z.array(z.string().check(z.maxLength(2_000))).check(z.maxLength(50))),
});
export type DisclosureBasisUse = z.infer<typeof DisclosureBasisUse>;

/**
 * The gate's answer. Permitted only when every (subject × category) pair has a basis; then
 * `bases` lists each basis with its pairs. Otherwise `reasons` explains every uncovered pair, and
 * `partial` lists the pairs that would have been allowed on their own.
 */
export const DisclosureDecision = z.discriminatedUnion('permitted', [
  z.strictObject({ permitted: z.literal(true), bases: z.array(DisclosureBasisUse).check(z.minLength(1), z.maxLength(180)) }),
  z.strictObject({
    permitted: z.literal(false),
    reasons: z.array(DisclosureReason).check(z.minLength(1), z.maxLength(10_000)),
    partial: z.optional(z.array(DisclosureBasisUse).check(z.maxLength(180))),
  }),
]);
export type DisclosureDecision = z.infer<typeof DisclosureDecision>;
