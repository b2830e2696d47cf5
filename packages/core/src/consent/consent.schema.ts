import * as z from '../common/schema/index.js';
import { Extensions, Id, IsoDate, IsoDateTime, LanguageTag, LocalizedLongText, ShortText } from '../common/schemas.js';
import { ActorSector } from './internal/peer.js';
import { DataCategory } from './data-category.js';
import { repeatedIds } from '../common/internal/repeated-ids.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { consentMessagesDa } from './messages.da.js';

learnMessages(consentMessagesDa);

/**
 * Who may receive information under a consent. A consent always names its recipients (no
 * blanket consent): one actor, an organisation (and everyone in it), a whole authority, or one
 * sector within an authority (e.g. the schools of a kommune).
 */
export const ConsentRecipient = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('actor'), actorId: Id }),
  z.strictObject({ kind: z.literal('organisation'), organisationId: Id }),
  z.strictObject({ kind: z.literal('authority'), authorityId: Id }),
  z.strictObject({ kind: z.literal('sector'), authorityId: Id, sector: ActorSector }),
]);
export type ConsentRecipient = z.infer<typeof ConsentRecipient>;

/** A purpose the consent is given for: an id (usually from `CONSENT_PURPOSES`) and, optionally, the words used with the family. */
export const ConsentPurpose = z.strictObject({ id: Id, description: z.optional(LocalizedLongText) });
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

/** When a consent is in force: from `start`, through `end` (both whole calendar days, end inclusive). */
export const ConsentPeriod = z
  .strictObject({ start: IsoDate, end: z.optional(IsoDate) })
  .check(z.refine((period) => period.end === undefined || period.end >= period.start, { params: { code: 'date_order' }, path: ['end'] }));
export type ConsentPeriod = z.infer<typeof ConsentPeriod>;

/** What the information may NOT be used for: a purpose id the gate enforces, or words the family used. */
export const ConsentExclusion = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('purpose'), purposeId: Id }),
  z.strictObject({ kind: z.literal('text'), text: z.string().check(z.minLength(1), z.maxLength(2_000)) }),
]);
export type ConsentExclusion = z.infer<typeof ConsentExclusion>;

/** How a person answered or withdrew: on paper, by word of mouth, or digitally (e.g. Digitalt Samtykke with MitID). */
export const ConsentMethod = z.enum(['written', 'oral', 'digital']);
export type ConsentMethod = z.infer<typeof ConsentMethod>;

/** A person's answer. Refusing is a valid answer and is recorded like any other. */
export const ConsentDecision = z.enum(['granted', 'refused']);
export type ConsentDecision = z.infer<typeof ConsentDecision>;

/**
 * How an interpreter took part when consent was asked, with the person's own account of what
 * they agreed to (teach-back), so it can later be shown the consent was informed.
 */
export const ConsentInterpreter = z.strictObject({
  language: LanguageTag,
  interpreterName: ShortText,
  mode: z.enum(['in-person', 'phone', 'video']),
  teachBack: z.string().check(z.minLength(1), z.maxLength(4_000)),
});
export type ConsentInterpreter = z.infer<typeof ConsentInterpreter>;

/**
 * One grantor's answer. A written answer needs the document reference and a digital one the
 * id from the consent service, so the answer can be found again.
 */
export const ConsentResponse = z
  .strictObject({
    personId: Id,
    decision: ConsentDecision,
    at: IsoDateTime,
    method: ConsentMethod,
    reference: z.optional(ShortText),
    interpreter: z.optional(ConsentInterpreter),
    note: z.optional(z.string().check(z.maxLength(2_000))),
  })
  .check(
    z.refine((response) => response.method === 'oral' || response.reference !== undefined, {
      params: { code: 'consent_reference_required' },
      path: ['reference'],
    }),
  );
export type ConsentResponse = z.infer<typeof ConsentResponse>;

/** A partner told that consent has been obtained, so nobody is left in doubt. */
export const ConsentPartnerInformed = z.strictObject({ actorId: Id, at: IsoDateTime });
export type ConsentPartnerInformed = z.infer<typeof ConsentPartnerInformed>;

/**
 * Withdrawal of a consent. It asks for no more than giving did (who, when, how), and it takes
 * effect from `at`: no new disclosure may rest on the consent after that.
 */
export const ConsentWithdrawal = z.strictObject({
  byPersonId: Id,
  at: IsoDateTime,
  method: ConsentMethod,
  reference: z.optional(ShortText),
  note: z.optional(z.string().check(z.maxLength(2_000))),
});
export type ConsentWithdrawal = z.infer<typeof ConsentWithdrawal>;

/**
 * A consent to disclose information about family members: who must agree (`grantors`), whom it
 * is about (`subjects`), who may receive what (`recipients`, `categories`) and why (`purposes`),
 * for how long, what it may not be used for, each grantor's answer, and any withdrawal.
 */
export const Consent = z
  .strictObject({
    id: Id,
    familyId: Id,
    grantors: z.array(Id).check(z.minLength(1), z.maxLength(20)),
    subjects: z.array(Id).check(z.minLength(1), z.maxLength(30)),
    recipients: z.array(ConsentRecipient).check(z.minLength(1), z.maxLength(50)),
    purposes: z.array(ConsentPurpose).check(z.minLength(1), z.maxLength(20)),
    categories: z.array(DataCategory).check(z.minLength(1), z.maxLength(6)),
    period: ConsentPeriod,
    exclusions: z.optional(z.array(ConsentExclusion).check(z.maxLength(50))),
    responses: z.array(ConsentResponse).check(z.maxLength(100)),
    partnersInformed: z.optional(z.array(ConsentPartnerInformed).check(z.maxLength(100))),
    withdrawal: z.optional(ConsentWithdrawal),
    recordedByActorId: Id,
    createdAt: IsoDateTime,
    note: z.optional(z.string().check(z.maxLength(20_000))),
    extensions: z.optional(Extensions),
  })
  .check(
    z.superRefine((consent, ctx) => {
      const push = (code: string, path: (string | number)[], params: Record<string, string> = {}) =>
        ctx.issues.push({ code: 'custom', params: { ...params, code }, path, input: consent });
      for (const { index, id } of repeatedIds(consent.grantors)) push('duplicate_id', ['grantors', index], { id });
      for (const { index, id } of repeatedIds(consent.subjects)) push('duplicate_id', ['subjects', index], { id });
      for (const { index, id } of repeatedIds(consent.categories)) push('duplicate_id', ['categories', index], { id });
      for (const { index, id } of repeatedIds(consent.purposes.map((purpose) => purpose.id))) push('duplicate_id', ['purposes', index, 'id'], { id });
      const grantors = new Set(consent.grantors);
      consent.responses.forEach((response, index) => {
        if (!grantors.has(response.personId)) push('consent_response_not_grantor', ['responses', index, 'personId'], { id: response.personId });
      });
      if (consent.withdrawal !== undefined && !grantors.has(consent.withdrawal.byPersonId) && !consent.subjects.includes(consent.withdrawal.byPersonId)) {
        push('consent_withdrawal_not_grantor', ['withdrawal', 'byPersonId'], { id: consent.withdrawal.byPersonId });
      }
      const purposes = new Set(consent.purposes.map((purpose) => purpose.id));
      (consent.exclusions ?? []).forEach((exclusion, index) => {
        if (exclusion.kind === 'purpose' && purposes.has(exclusion.purposeId)) push('consent_exclusion_conflict', ['exclusions', index, 'purposeId'], { id: exclusion.purposeId });
      });
    }),
  );
export type Consent = z.infer<typeof Consent>;
