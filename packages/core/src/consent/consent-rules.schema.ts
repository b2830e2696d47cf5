import * as z from '../common/schema/index.js';
import { isKnownTimeZone } from '../common/internal/time-zone.js';
import { Id, LocalizedLongText, LocalizedText, ShortText } from '../common/schemas.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { consentMessagesDa } from './messages.da.js';

learnMessages(consentMessagesDa);

const cited = <T extends z.ZodMiniType>(value: T) =>
  z.strictObject({
    value,
    /** The provision or guidance the value comes from. */
    citation: ShortText,
    /** False until the kommune's lawyers have confirmed the value and paragraph from a primary source. */
    verified: z.boolean(),
    note: z.optional(LocalizedLongText),
  });

/**
 * The consent rules a kommune applies, as data with a citation each, so lawyers can change a
 * value without a code change. `calendarTimeZone` decides when a consent's calendar days begin.
 */
export const ConsentRules = z
  .strictObject({
    id: Id,
    label: LocalizedText,
    calendarTimeZone: z.string().check(
      z.minLength(1),
      z.maxLength(64),
      z.refine(isKnownTimeZone, { params: { code: 'consent_invalid_time_zone' } }),
    ),
    /** From this age (whole years, certainly reached) a young person may consent for themselves. */
    ageOfSelfConsent: cited(z.int().check(z.minimum(0), z.maximum(18))),
    /** Whether a young person from `ageOfSelfConsent` may consent alone, or together with the custody holders. */
    youngPersonMayConsentAlone: cited(z.boolean()),
    /** From this age a person is an adult and consents only for themselves. */
    ageOfMajority: cited(z.int().check(z.minimum(1), z.maximum(25))),
    /** With joint custody, whether every custody holder must consent (true) or one suffices. */
    jointCustodyRequiresAll: cited(z.boolean()),
    /** A consent must name recipients, purposes and categories: no blanket consent. */
    consentMustBeSpecific: cited(z.literal(true)),
    /** A withdrawal blocks every disclosure from the moment it is recorded. */
    withdrawalTakesEffectImmediately: cited(z.literal(true)),
  })
  .check(
    z.refine((rules) => rules.ageOfSelfConsent.value <= rules.ageOfMajority.value, {
      params: { code: 'consent_age_order' },
      path: ['ageOfSelfConsent', 'value'],
    }),
  );
export type ConsentRules = z.infer<typeof ConsentRules>;
