import * as z from '../common/schema/index.js';
import { Extensions, Id, IsoDate, LanguageTag, LongText, ShortText } from '../common/schemas.js';
import { compareDates, readIsoDate } from '../common/internal/calendar-date.js';
import { decodeCpr } from './internal/cpr.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { familyMessagesDa } from './messages.da.js';

learnMessages(familyMessagesDa);

/** Earliest and latest birth year core accepts: a plausibility bound, not a statement about "now". */
export const MIN_BIRTH_YEAR = 1900;
/** The latest birth year core accepts (see `MIN_BIRTH_YEAR`). */
export const MAX_BIRTH_YEAR = 2200;

/** How an interpreter takes part: in the room, by phone or by video (KL 2016, L908–909). */
export const InterpreterMode = z.enum(['in-person', 'phone', 'video']);
export type InterpreterMode = z.infer<typeof InterpreterMode>;

/**
 * That a person needs an interpreter, in which language and how. `bilingualStaffAccepted` records
 * whether a bilingual colleague may cover the conversation instead (KL 2016, L597–598).
 */
export const InterpreterNeed = z.strictObject({
  language: LanguageTag,
  mode: InterpreterMode,
  bilingualStaffAccepted: z.optional(z.boolean()),
  notes: z.optional(z.string().check(z.maxLength(2_000))),
});
export type InterpreterNeed = z.infer<typeof InterpreterNeed>;

/** A member's place in the household. */
export const PersonRole = z.enum(['parent', 'child', 'other-relative']);
export type PersonRole = z.infer<typeof PersonRole>;

type IssueSink = { issues: z.core.$ZodRawIssue[] };

function report(ctx: IssueSink, input: unknown, code: string, path: (string | number)[], params: Record<string, string | number> = {}): void {
  ctx.issues.push({ code: 'custom', params: { ...params, code }, path, input });
}

interface PersonDraft {
  readonly role?: unknown;
  readonly birthDate?: unknown;
  readonly birthYear?: unknown;
  readonly cpr?: unknown;
  readonly custodyHolderIds?: unknown;
  readonly custodyActorIds?: unknown;
  readonly unaccompaniedMinor?: unknown;
}

// Rules across a person's fields. Zod may run this while other fields still have issues, so
// every value is checked for its type before use.
function checkPerson(person: PersonDraft, ctx: IssueSink): void {
  const { birthDate, birthYear, cpr } = person;
  const hasDate = typeof birthDate === 'string';
  const hasYear = typeof birthYear === 'number';
  if (birthDate === undefined && birthYear === undefined) report(ctx, person, 'family_birth_missing', ['birthDate']);

  const date = hasDate ? readIsoDate(birthDate) : undefined;
  if (date !== undefined && (date.year < MIN_BIRTH_YEAR || date.year > MAX_BIRTH_YEAR)) {
    report(ctx, person, 'family_birth_date_range', ['birthDate'], { minimum: MIN_BIRTH_YEAR, maximum: MAX_BIRTH_YEAR });
  }
  if (date !== undefined && hasYear && date.year !== birthYear) {
    // Birth data stays out of the issue, like the CPR number: issues end up in logs.
    report(ctx, person, 'family_birth_mismatch', ['birthYear']);
  }

  if (typeof cpr === 'string') {
    const decoded = decodeCpr(cpr);
    if (decoded.kind === 'format') report(ctx, person, 'family_cpr_format', ['cpr']);
    else if (decoded.kind === 'date') report(ctx, person, 'family_cpr_date', ['cpr']);
    else if ((date !== undefined && compareDates(date, decoded.birth) !== 0) || (hasYear && decoded.birth.year !== birthYear)) {
      report(ctx, person, 'family_cpr_birth_mismatch', ['cpr']);
    }
  }

  if (person.role === 'parent' || person.role === 'other-relative') {
    if (person.custodyHolderIds !== undefined) report(ctx, person, 'family_custody_not_child', ['custodyHolderIds']);
    if (person.custodyActorIds !== undefined) report(ctx, person, 'family_custody_not_child', ['custodyActorIds']);
    if (person.unaccompaniedMinor === true) report(ctx, person, 'family_unaccompanied_not_child', ['unaccompaniedMinor']);
  }
  if (Array.isArray(person.custodyHolderIds)) {
    const seen = new Set<unknown>();
    person.custodyHolderIds.forEach((id: unknown, index: number) => {
      if (typeof id === 'string' && seen.has(id)) report(ctx, person, 'duplicate_id', ['custodyHolderIds', index], { id });
      seen.add(id);
    });
  }
}

/**
 * A member of a family. A birth date or at least a birth year is required, since refugees'
 * papers often give only the year; when both are given they must agree, and so must a CPR
 * number. `custodyHolderIds` (children only) names the members holding parental custody: one or
 * two people under Danish law (forældreansvarsloven). For an unaccompanied minor the appointed
 * temporary custody holder is usually not a member; `custodyActorIds` points at that actor.
 * `livesInHousehold: false` marks a member living elsewhere or abroad.
 */
export const Person = z
  .strictObject({
    id: Id,
    givenName: ShortText,
    familyName: z.optional(ShortText),
    role: PersonRole,
    birthDate: z.optional(IsoDate),
    birthYear: z.optional(z.int().check(z.minimum(MIN_BIRTH_YEAR), z.maximum(MAX_BIRTH_YEAR))),
    languages: z.array(LanguageTag).check(z.maxLength(20)),
    interpreterNeed: z.optional(InterpreterNeed),
    custodyHolderIds: z.optional(z.array(Id).check(z.maxLength(2))),
    custodyActorIds: z.optional(z.array(Id).check(z.maxLength(2))),
    unaccompaniedMinor: z.optional(z.boolean()),
    livesInHousehold: z.optional(z.boolean()),
    cpr: z.optional(z.string().check(z.maxLength(11))),
    notes: z.optional(LongText),
    extensions: z.optional(Extensions),
  })
  .check(z.superRefine(checkPerson));
export type Person = z.infer<typeof Person>;

/** A Danish postal address. */
export const FamilyAddress = z.strictObject({
  street: ShortText,
  postalCode: z.string().check(z.regex(/^\d{4}$/)),
  city: ShortText,
});
export type FamilyAddress = z.infer<typeof FamilyAddress>;

/** The municipality (kommune) responsible for the family, with its three-digit code if known. */
export const FamilyMunicipality = z.strictObject({
  code: z.optional(z.string().check(z.regex(/^\d{3}$/))),
  name: ShortText,
});
export type FamilyMunicipality = z.infer<typeof FamilyMunicipality>;

interface FamilyDraft {
  readonly members?: unknown;
}

function checkFamily(family: FamilyDraft, ctx: IssueSink): void {
  if (!Array.isArray(family.members)) return;
  const members = family.members as readonly PersonDraft[];
  const roles = new Map<unknown, unknown>();
  members.forEach((member, index) => {
    const id = (member as { id?: unknown } | null)?.id;
    if (roles.has(id)) report(ctx, family, 'duplicate_id', ['members', index, 'id'], { id: String(id) });
    else roles.set(id, member?.role);
  });
  members.forEach((member, index) => {
    const holders = member?.custodyHolderIds;
    if (!Array.isArray(holders)) return;
    holders.forEach((holder: unknown, position: number) => {
      if (typeof holder !== 'string') return;
      const path = ['members', index, 'custodyHolderIds', position];
      if (!roles.has(holder)) report(ctx, family, 'family_unknown_custody_holder', path, { id: holder });
      else if (roles.get(holder) === 'child') report(ctx, family, 'family_custody_holder_is_child', path, { id: holder });
    });
  });
}

/**
 * A household as the municipality works with it: who lives there, where, and the notes that
 * belong to the family as a whole. Member ids are unique within the family, and every custody
 * holder a child names is a member who is not a child.
 */
export const Family = z
  .strictObject({
    id: Id,
    name: ShortText,
    members: z.array(Person).check(z.minLength(1), z.maxLength(50)),
    address: z.optional(FamilyAddress),
    municipality: z.optional(FamilyMunicipality),
    notes: z.optional(LongText),
    extensions: z.optional(Extensions),
  })
  .check(z.superRefine(checkFamily));
export type Family = z.infer<typeof Family>;
