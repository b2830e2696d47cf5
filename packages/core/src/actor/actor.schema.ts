import * as z from '../common/schema/index.js';
import { Extensions, Id, LanguageTag, LongText, ShortText } from '../common/schemas.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { actorMessagesDa } from './messages.da.js';

learnMessages(actorMessagesDa);

/**
 * The kinds of service an actor around a family works in. `ACTOR_SECTORS` gives each a label,
 * whether it is normally a public authority, and the source naming it.
 */
export const ActorSector = z.enum([
  // Municipal social, employment and integration services
  'children-family-services',
  'adult-services',
  'family-treatment',
  'family-consultant',
  'job-centre',
  'integration-team',
  'citizen-service',
  'community-psychiatry',
  'substance-abuse-treatment',
  'individual-support',
  'outreach',
  'ssp',
  'leisure-culture',
  'library',
  'placement',
  'temporary-custody',
  // Municipal health, day care and schools
  'health-visitor',
  'municipal-health',
  'dental-care',
  'daycare',
  'school',
  'sfo-club',
  'youth-school',
  'ppr',
  'youth-guidance',
  // Education for young people and adults
  'language-school',
  'adult-education',
  'vocational-education',
  'upper-secondary-education',
  'folk-high-school',
  // Health care outside the municipality
  'gp',
  'medical-specialist',
  'hospital',
  'child-psychiatry',
  'adult-psychiatry',
  'immigrant-medicine',
  'rehabilitation-centre',
  'treatment-institution',
  // Justice and the state
  'police',
  'prison-probation',
  'immigration-service',
  'asylum-centre-operator',
  // Housing
  'housing-social',
  'housing-organisation',
  // Interpreting, civil society and work
  'interpreter-service',
  'refugee-organisation',
  'debt-counselling',
  'sports-leisure-association',
  'faith-community',
  'civil-society',
  'employer',
  'other',
]);
export type ActorSector = z.infer<typeof ActorSector>;

/**
 * What an actor does in the work around one family. `coordinator` is the tovholder who holds
 * the thread; `key-person` the named contact in a sector (CUF 2022, L324–329).
 */
export const ActorRole = z.enum(['caseworker', 'coordinator', 'key-person', 'note-taker', 'interpreter', 'professional', 'volunteer', 'manager']);
export type ActorRole = z.infer<typeof ActorRole>;

/** Whether an actor is one person or an organisation (a unit, an institution, an association). */
export const ActorKind = z.enum(['person', 'organisation']);
export type ActorKind = z.infer<typeof ActorKind>;

/**
 * The kind of body an actor answers to. Only `municipality`, `region` and `state` are public
 * authorities in the sense of forvaltningsloven; see `sameAuthority`.
 */
export const AuthorityKind = z.enum(['municipality', 'region', 'state', 'private', 'civil-society']);
export type AuthorityKind = z.infer<typeof AuthorityKind>;

/**
 * The authority (myndighed) an actor belongs to. The id draws the confidentiality boundary, so a
 * kommune chooses it as its legal team delimits authorities: often a school and family services
 * in the same kommune are separate authorities, and get separate ids.
 */
export const ActorAuthority = z.strictObject({
  id: Id,
  name: ShortText,
  kind: AuthorityKind,
});
export type ActorAuthority = z.infer<typeof ActorAuthority>;

/** How to reach an actor. `secure-email` is encrypted mail; `digital-post` the public Digital Post. */
export const ContactChannel = z.enum(['phone', 'sms', 'email', 'secure-email', 'digital-post', 'post', 'video', 'other']);
export type ContactChannel = z.infer<typeof ContactChannel>;

/** One way of reaching an actor; `preferred` marks the one to try first. */
export const ActorContact = z.strictObject({
  channel: ContactChannel,
  value: ShortText,
  preferred: z.optional(z.boolean()),
});
export type ActorContact = z.infer<typeof ActorContact>;

const PHONE = /^\+?[0-9][0-9 ()-]{5,24}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HTTPS_URL = /^https:\/\/[^\s/]+\S*$/;

const CONTACT_PATTERNS: Partial<Record<string, RegExp>> = {
  phone: PHONE,
  sms: PHONE,
  email: EMAIL,
  'secure-email': EMAIL,
  video: HTTPS_URL,
};

type IssueSink = { issues: z.core.$ZodRawIssue[] };

interface ActorDraft {
  readonly id?: unknown;
  readonly roles?: unknown;
  readonly contacts?: unknown;
  readonly organisationId?: unknown;
}

function checkActor(actor: ActorDraft, ctx: IssueSink): void {
  const report = (code: string, path: (string | number)[], params: Record<string, string | number> = {}) =>
    ctx.issues.push({ code: 'custom', params: { ...params, code }, path, input: actor });
  if (Array.isArray(actor.roles)) {
    const seen = new Set<unknown>();
    actor.roles.forEach((role: unknown, index: number) => {
      if (typeof role === 'string' && seen.has(role)) report('actor_duplicate_role', ['roles', index], { role });
      seen.add(role);
    });
  }
  if (Array.isArray(actor.contacts)) {
    let preferred = 0;
    actor.contacts.forEach((contact: unknown, index: number) => {
      if (contact === null || typeof contact !== 'object') return;
      const { channel, value, preferred: isPreferred } = contact as { channel?: unknown; value?: unknown; preferred?: unknown };
      const pattern = typeof channel === 'string' ? CONTACT_PATTERNS[channel] : undefined;
      // The value is not echoed in the issue: a message may be logged.
      if (pattern !== undefined && typeof value === 'string' && !pattern.test(value)) {
        report('actor_contact_format', ['contacts', index, 'value'], { channel: String(channel) });
      }
      if (isPreferred === true && ++preferred === 2) report('actor_multiple_preferred_contacts', ['contacts', index, 'preferred']);
    });
  }
  if (typeof actor.organisationId === 'string' && actor.organisationId === actor.id) {
    report('actor_own_organisation', ['organisationId']);
  }
}

/**
 * A professional, volunteer or organisation around a family: who they are, which sector and
 * authority they belong to, what they do in the collaboration and how to reach them. A person
 * may point at the organisation they work for with `organisationId`. `languages` lists the
 * languages they can hold a conversation in, e.g. a bilingual colleague who can spare the family
 * an interpreter.
 */
export const Actor = z
  .strictObject({
    id: Id,
    kind: ActorKind,
    name: ShortText,
    title: z.optional(ShortText),
    sector: ActorSector,
    authority: z.optional(ActorAuthority),
    organisationId: z.optional(Id),
    roles: z.array(ActorRole).check(z.maxLength(8)),
    contacts: z.array(ActorContact).check(z.maxLength(20)),
    languages: z.optional(z.array(LanguageTag).check(z.maxLength(20))),
    notes: z.optional(LongText),
    extensions: z.optional(Extensions),
  })
  .check(z.superRefine(checkActor));
export type Actor = z.infer<typeof Actor>;
