import * as z from '../common/schema/index.js';
import { FIELD_VISIT_SECTIONS } from './field-visit-sections.js';
import { sectionDeclinable, sectionDeclined, sectionHasContent } from './internal/section-content.js';
import { AttentionCode } from '../attention-point/attention-code.schema.js';
import { ConcernLevel } from '../attention-point/concern-level.schema.js';
import { InterpreterMode } from '../family/family.schema.js';
import { Extensions, Id, IsoDate, IsoDateTime, LanguageTag, LongText, ShortText } from '../common/schemas.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { fieldVisitMessagesDa } from './messages.da.js';

learnMessages(fieldVisitMessagesDa);

/** A home visit with the family, or a field visit between professionals (feltbesøg). */
export const FieldVisitKind = z.enum(['home', 'professional']);
export type FieldVisitKind = z.infer<typeof FieldVisitKind>;

/** The sections of the visit form, in the order the widget shows them. */
export const FieldVisitSectionId = z.enum(['facts', 'wellbeing', 'resources', 'own-words', 'agreements', 'consent', 'follow-up']);
export type FieldVisitSectionId = z.infer<typeof FieldVisitSectionId>;

/** A local time of day, `HH:mm`. */
export const FieldVisitClockTime = z.string().check(
  z.refine((value) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value), { params: { code: 'field_visit_time_invalid' } }),
);
export type FieldVisitClockTime = z.infer<typeof FieldVisitClockTime>;

const Text = z.string().check(z.minLength(1), z.maxLength(4_000));

const interpreterShape = {
  language: LanguageTag,
  mode: InterpreterMode,
  name: z.optional(ShortText),
};
const observationShape = {
  id: Id,
  /** The member the observation is about; absent when it is about the family as a whole. */
  personId: z.optional(Id),
  attentionPointCode: z.optional(AttentionCode),
  text: Text,
  /** The weight the visitor gives it, on the attention-point concern scale. */
  level: z.optional(ConcernLevel),
  observedByActorId: z.optional(Id),
};
const resourceShape = {
  id: Id,
  personId: z.optional(Id),
  /** A resource code from the attention-point catalogue, e.g. a protective factor. */
  code: z.optional(AttentionCode),
  text: Text,
};
const agreementShape = {
  id: Id,
  action: Text,
  ownerActorId: z.optional(Id),
  ownerPersonId: z.optional(Id),
  dueDate: IsoDate,
};
const consentShape = {
  explained: z.boolean(),
  /** The actor who explained the consent. */
  by: z.optional(Id),
  notes: z.optional(LongText),
};

/** The interpreter at the visit. */
export const FieldVisitInterpreter = z.strictObject(interpreterShape);
export type FieldVisitInterpreter = z.infer<typeof FieldVisitInterpreter>;

/** Something the visitor noticed, optionally linked to an attention-point catalogue code. */
export const FieldVisitObservation = z.strictObject(observationShape);
export type FieldVisitObservation = z.infer<typeof FieldVisitObservation>;

/** A resource or protective factor: what works, what the family draws strength from. */
export const FieldVisitResource = z.strictObject(resourceShape);
export type FieldVisitResource = z.infer<typeof FieldVisitResource>;

/** Something agreed at the visit: what, who (one actor or one family member), by when. */
export const FieldVisitAgreement = z.strictObject(agreementShape).check(
  z.refine((agreement) => (agreement.ownerActorId === undefined) !== (agreement.ownerPersonId === undefined), {
    params: { code: 'field_visit_agreement_owner' },
    path: ['ownerActorId'],
  }),
);
export type FieldVisitAgreement = z.infer<typeof FieldVisitAgreement>;

/** Whether, and by whom, the family had consent and information sharing explained. */
export const FieldVisitConsentExplained = z.strictObject(consentShape);
export type FieldVisitConsentExplained = z.infer<typeof FieldVisitConsentExplained>;

/**
 * A section, or one field in it (`fieldId`), the family chose not to talk about. It is recorded
 * as declined and never demanded again on submit.
 */
export const FieldVisitDeclinedTopic = z.strictObject({
  sectionId: FieldVisitSectionId,
  fieldId: z.optional(ShortText),
  at: IsoDateTime,
  note: z.optional(ShortText),
});
export type FieldVisitDeclinedTopic = z.infer<typeof FieldVisitDeclinedTopic>;

/** What happens next. */
export const FieldVisitFollowUp = z.strictObject({
  date: z.optional(IsoDate),
  notes: z.optional(LongText),
});
export type FieldVisitFollowUp = z.infer<typeof FieldVisitFollowUp>;

const DraftObservation = z.extend(z.partial(z.strictObject(observationShape)), { id: Id });
const DraftResource = z.extend(z.partial(z.strictObject(resourceShape)), { id: Id });
const DraftAgreement = z.extend(z.partial(z.strictObject(agreementShape)), { id: Id });

const commonShape = {
  id: Id,
  familyId: Id,
  kind: FieldVisitKind,
  createdAt: z.optional(IsoDateTime),
  updatedAt: z.optional(IsoDateTime),
  startTime: z.optional(FieldVisitClockTime),
  endTime: z.optional(FieldVisitClockTime),
  /** For a professional field visit: the actor whose workplace is visited. */
  hostActorId: z.optional(Id),
  familyOwnWords: z.optional(LongText),
  declinedTopics: z.array(FieldVisitDeclinedTopic).check(z.maxLength(50)),
  followUp: z.optional(FieldVisitFollowUp),
  extensions: z.optional(Extensions),
};

/**
 * A visit being written. Lenient about what is missing (only id, family and kind are needed;
 * list items need only an id), strict about what is there: a date must be a date.
 */
export const FieldVisitDraft = z.strictObject({
  ...commonShape,
  status: z._default(z.literal('draft'), 'draft'),
  date: z.optional(IsoDate),
  place: z.optional(ShortText),
  visitors: z._default(z.array(Id).check(z.maxLength(20)), []),
  membersPresent: z._default(z.array(Id).check(z.maxLength(50)), []),
  interpreter: z.optional(z.partial(FieldVisitInterpreter)),
  observations: z._default(z.array(DraftObservation).check(z.maxLength(200)), []),
  resources: z._default(z.array(DraftResource).check(z.maxLength(200)), []),
  agreements: z._default(z.array(DraftAgreement).check(z.maxLength(50)), []),
  consentExplained: z.optional(z.partial(FieldVisitConsentExplained)),
  declinedTopics: z._default(z.array(FieldVisitDeclinedTopic).check(z.maxLength(50)), []),
});
export type FieldVisitDraft = z.infer<typeof FieldVisitDraft>;

/**
 * A submitted visit: the record as it was handed in. Required: date, place, at least one visitor,
 * whether consent was explained (and by whom, if it was). A home visit also needs a member present
 * and the family's own words and their resources, each filled in or declined by the family.
 */
export const SubmittedFieldVisit = z.strictObject({
  ...commonShape,
  status: z.literal('submitted'),
  date: IsoDate,
  place: ShortText,
  visitors: z.array(Id).check(z.minLength(1), z.maxLength(20)),
  membersPresent: z.array(Id).check(z.maxLength(50)),
  interpreter: z.optional(FieldVisitInterpreter),
  observations: z.array(FieldVisitObservation).check(z.maxLength(200)),
  resources: z.array(FieldVisitResource).check(z.maxLength(200)),
  agreements: z.array(FieldVisitAgreement).check(z.maxLength(50)),
  consentExplained: FieldVisitConsentExplained,
  submittedAt: IsoDateTime,
  submittedByActorId: Id,
}).check(
  z.superRefine((visit, ctx) => {
    const report = (code: string, path: (string | number)[], params: Record<string, string | number> = {}) =>
      ctx.issues.push({ code: 'custom', params: { code, ...params }, path, input: visit });
    if (visit.startTime !== undefined && visit.endTime !== undefined && visit.endTime <= visit.startTime) {
      report('date_order', ['endTime']);
    }
    if (visit.consentExplained.explained && visit.consentExplained.by === undefined) report('required', ['consentExplained', 'by']);
    visit.agreements.forEach((agreement, index) => {
      if (agreement.dueDate < visit.date) {
        report('field_visit_agreement_due_before_visit', ['agreements', index, 'dueDate'], { dueDate: agreement.dueDate, date: visit.date });
      }
    });
    if (visit.followUp?.date !== undefined && visit.followUp.date < visit.date) report('field_visit_follow_up_before_visit', ['followUp', 'date']);
    visit.declinedTopics.forEach((topic, index) => {
      if (!sectionDeclinable(topic.sectionId)) {
        report('field_visit_section_not_declinable', ['declinedTopics', index, 'sectionId'], { section: topic.sectionId });
      }
    });
    if (visit.kind === 'home' && visit.membersPresent.length === 0) report('field_visit_no_member_present', ['membersPresent']);
    for (const section of FIELD_VISIT_SECTIONS) {
      if (!section.declinable || !section.requiredFor.includes(visit.kind)) continue;
      if (!sectionHasContent(visit, section.id) && !sectionDeclined(visit, section.id)) {
        report('field_visit_section_incomplete', [section.fields[0] ?? section.id], { section: section.id });
      }
    }
  }),
);
export type SubmittedFieldVisit = z.infer<typeof SubmittedFieldVisit>;

/** A field visit in either state: a draft being written or the submitted record. */
export const FieldVisit = z.discriminatedUnion('status', [FieldVisitDraft, SubmittedFieldVisit]);
export type FieldVisit = z.infer<typeof FieldVisit>;
