import { EXPIRED, MISSING_GRANTORS, NO_CUSTODY_HOLDER, NOT_YET_VALID, REFUSED, SUBJECT_NOT_IN_FAMILY, WITHDRAWN } from '../../consent/internal/timeline.js';
import type { DataCategory } from '../../consent/data-category.js';
import { formatMessage } from '../../i18n/format-message.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { resolveLocale } from '../../i18n/resolve-locale.js';
import type { DisclosureBasis } from '../disclosure-basis.schema.js';
import type { DisclosureBasisUse, DisclosureDecision, DisclosureReason, DisclosureReasonCode } from '../disclosure-decision.schema.js';
import type { DisclosurePair, DisclosureRequest } from '../disclosure-request.schema.js';
import { ageWithin, CATEGORY_BITS, CATEGORY_INDEX, consentBitsAt, type ActorFacts, type BasisFacts, type ConsentFacts, type MemberFacts, type PreparedInternal } from './prepared.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { disclosureMessagesDa } from '../messages.da.js';

learnMessages(disclosureMessagesDa);

// Scratch state for one decision. Decisions are synchronous and call no outside code, so one
// set of buffers is reused instead of allocating per decision: covered category bits per
// subject, and per (subject, category) the index of the basis use covering it (-1 = none).
const MAX_SUBJECTS = 30;
const covered = new Int32Array(MAX_SUBJECTS);
const slots = new Int16Array(MAX_SUBJECTS * 6);
const uses: { basis: DisclosureBasis; restrictions: readonly string[] | undefined }[] = [];
let requested = 0;
let remaining = 0;
let subjectCount = 0;

const opens = (s: number, mask: number): boolean => (mask & requested & ~(covered[s] as number)) !== 0;

function cover(s: number, mask: number, index: number): void {
  let open = mask & requested & ~(covered[s] as number);
  if (open === 0) return;
  covered[s] = (covered[s] as number) | open;
  const base = s * 6;
  for (let bit = 0; open !== 0; bit += 1, open >>= 1) {
    if ((open & 1) !== 0) {
      slots[base + bit] = index;
      remaining -= 1;
    }
  }
}

function coverAll(mask: number, basis: DisclosureBasis, restrictions: readonly string[] | undefined): void {
  let index = -1;
  for (let s = 0; s < subjectCount; s += 1) {
    if (!opens(s, mask)) continue;
    if (index < 0) index = uses.push({ basis, restrictions }) - 1;
    cover(s, mask, index);
  }
}

function anySubjectWithin(basis: BasisFacts, subjects: readonly MemberFacts[], ms: number, certain: boolean): boolean {
  if (basis.scope === undefined) return true;
  for (const member of subjects) if (ageWithin(member, basis, ms, certain)) return true;
  return false;
}

const purposeAllows = (basis: BasisFacts, purpose: string): boolean => basis.purposes === undefined || basis.purposes.has(purpose);

/** Messages without parameters, per locale, when the caller overrides none. */
const messageCache = new Map<string, Map<DisclosureReasonCode, string>>();

class Reasons {
  readonly list: DisclosureReason[] = [];
  private cache: Map<DisclosureReasonCode, string> | undefined;
  constructor(private readonly options: LocaleOptions) {
    if (options.messages === undefined) {
      const locale = resolveLocale(options.locale);
      this.cache = messageCache.get(locale);
      if (this.cache === undefined) {
        this.cache = new Map();
        messageCache.set(locale, this.cache);
      }
    }
  }

  message(code: DisclosureReasonCode, params?: Record<string, string>): string {
    if (params !== undefined || this.cache === undefined) return formatMessage(code, params ?? {}, this.options);
    let message = this.cache.get(code);
    if (message === undefined) {
      message = formatMessage(code, {}, this.options);
      this.cache.set(code, message);
    }
    return message;
  }

  add(reason: DisclosureReason): void {
    this.list.push(reason);
  }
}

const unknownActor = (reasons: Reasons, id: string): DisclosureReason => ({
  code: 'disclosure_unknown_actor',
  message: reasons.message('disclosure_unknown_actor', { id }),
  actorId: id,
});

/**
 * The gate itself, on a request already known to be valid and prepared facts. Bases are tried in
 * order (duty to notify, same authority, consent, statutory exchange) and each pair takes the
 * first basis that covers it.
 */
export function decide(request: DisclosureRequest, ms: number, facts: PreparedInternal, options: LocaleOptions): DisclosureDecision {
  const from = facts.actors.get(request.fromActorId);
  const to = facts.actors.get(request.toActorId);
  const subjectIds = request.subjectIds;
  const count = subjectIds.length;
  const subjects: MemberFacts[] = [];
  let early: Reasons | undefined;
  if (request.familyId !== undefined && request.familyId !== facts.familyId) {
    early ??= new Reasons(options);
    early.add({ code: 'disclosure_family_mismatch', message: early.message('disclosure_family_mismatch') });
  }
  if (from === undefined) {
    early ??= new Reasons(options);
    early.add(unknownActor(early, request.fromActorId));
  }
  if (to === undefined) {
    early ??= new Reasons(options);
    early.add(unknownActor(early, request.toActorId));
  }
  for (let s = 0; s < count; s += 1) {
    const subjectId = subjectIds[s] as string;
    const member = facts.members.get(subjectId);
    if (member !== undefined) {
      subjects.push(member);
      continue;
    }
    early ??= new Reasons(options);
    early.add({ code: 'disclosure_unknown_subject', message: early.message('disclosure_unknown_subject', { id: subjectId }), subjectId });
  }
  if (early !== undefined || from === undefined || to === undefined) return { permitted: false, reasons: early?.list ?? [] };

  const categories = request.categories;
  const purpose = request.purpose;
  requested = 0;
  for (const category of categories) requested |= CATEGORY_BITS[category];
  subjectCount = count;
  remaining = count * categories.length;
  covered.fill(0, 0, count);
  slots.fill(-1, 0, count * 6);
  uses.length = 0;

  if (request.action === 'notify') {
    const bases = facts.dutyBases;
    for (let b = 0; b < bases.length && remaining > 0; b += 1) {
      const basis = bases[b] as BasisFacts;
      if (from.dutySends[b] === 1 && to.dutyReceives[b] === 1 && purposeAllows(basis, purpose) && anySubjectWithin(basis, subjects, ms, false)) {
        coverAll(basis.categoriesMask, basis.basis, undefined);
      }
    }
  }
  if (remaining > 0 && to.sameAuthorityBasis !== undefined && from.sameAuthorityBasis !== undefined && from.authorityId === to.authorityId) {
    coverAll(requested, to.sameAuthorityBasis, undefined);
  }
  if (remaining > 0) {
    for (const consent of to.consents) {
      if (remaining === 0) break;
      if (!consent.purposes.has(purpose) || consent.excluded.has(purpose)) continue;
      const mask = consent.categoriesMask & requested;
      if (mask === 0) continue;
      let useful = false;
      for (let s = 0; s < count && !useful; s += 1) useful = opens(s, mask) && consent.subjects.has(subjectIds[s] as string);
      if (!useful || consentBitsAt(consent, ms, facts.rules) !== 0) continue;
      const index = uses.push({ basis: consent.basis, restrictions: consent.restrictions.length > 0 ? consent.restrictions : undefined }) - 1;
      for (let s = 0; s < count; s += 1) if (consent.subjects.has(subjectIds[s] as string)) cover(s, mask, index);
    }
  }
  if (remaining > 0) {
    const bases = facts.exchangeBases;
    for (let b = 0; b < bases.length && remaining > 0; b += 1) {
      const basis = bases[b] as BasisFacts;
      if (from.exchangeSends[b] !== 1 || to.exchangeReceives[b] !== 1 || !purposeAllows(basis, purpose)) continue;
      if (basis.requiresNecessity && request.necessity === undefined) continue;
      if (basis.scope !== 'every-subject') {
        if (anySubjectWithin(basis, subjects, ms, true)) coverAll(basis.categoriesMask, basis.basis, undefined);
        continue;
      }
      let index = -1;
      for (let s = 0; s < count; s += 1) {
        if (!opens(s, basis.categoriesMask) || !ageWithin(subjects[s] as MemberFacts, basis, ms, true)) continue;
        if (index < 0) index = uses.push({ basis: basis.basis, restrictions: undefined }) - 1;
        cover(s, basis.categoriesMask, index);
      }
    }
  }

  if (remaining === 0) return { permitted: true, bases: collect(subjectIds, categories) };
  const reasons = explain(request, ms, facts, from, to, subjects, options);
  return uses.length > 0 ? { permitted: false, reasons, partial: collect(subjectIds, categories) } : { permitted: false, reasons };
}

function collect(subjectIds: readonly string[], categories: readonly DataCategory[]): DisclosureBasisUse[] {
  const result: DisclosureBasisUse[] = [];
  const byUse: (DisclosurePair[] | undefined)[] = new Array(uses.length);
  for (let s = 0; s < subjectIds.length; s += 1) {
    for (const category of categories) {
      const index = slots[s * 6 + CATEGORY_INDEX[category]] as number;
      if (index < 0) continue;
      let pairs = byUse[index];
      if (pairs === undefined) {
        pairs = [];
        byUse[index] = pairs;
      }
      pairs.push({ subjectId: subjectIds[s] as string, category });
    }
  }
  for (let index = 0; index < uses.length; index += 1) {
    const pairs = byUse[index];
    if (pairs === undefined) continue;
    const use = uses[index] as (typeof uses)[number];
    result.push(use.restrictions === undefined ? { basis: use.basis, pairs } : { basis: use.basis, pairs, restrictions: [...use.restrictions] });
  }
  return result;
}

const CONSENT_REASONS: readonly (readonly [number, DisclosureReasonCode])[] = [
  [WITHDRAWN, 'disclosure_consent_withdrawn'],
  [EXPIRED, 'disclosure_consent_expired'],
  [NOT_YET_VALID, 'disclosure_consent_not_yet_valid'],
  [REFUSED, 'disclosure_consent_refused'],
  [MISSING_GRANTORS | NO_CUSTODY_HOLDER | SUBJECT_NOT_IN_FAMILY, 'disclosure_consent_incomplete'],
];

/** Why each uncovered pair has no basis: the slow path, taken only when refusing. */
function explain(
  request: DisclosureRequest,
  ms: number,
  facts: PreparedInternal,
  from: ActorFacts,
  to: ActorFacts,
  subjects: readonly MemberFacts[],
  options: LocaleOptions,
): DisclosureReason[] {
  const reasons = new Reasons(options);
  const purpose = request.purpose;
  const validity = new Map<ConsentFacts, number>();
  const exchange = facts.exchangeBases;
  for (let s = 0; s < subjects.length; s += 1) {
    const subjectId = (subjects[s] as MemberFacts).id;
    for (const category of request.categories) {
      const bit = CATEGORY_BITS[category];
      if (((covered[s] as number) & bit) !== 0) continue;
      reasons.add({ code: 'disclosure_no_basis', message: reasons.message('disclosure_no_basis'), subjectId, category });
      for (const consent of to.consents) {
        if ((consent.categoriesMask & bit) === 0 || !consent.subjects.has(subjectId)) continue;
        const consentId = consent.id;
        if (consent.excluded.has(purpose)) {
          reasons.add({ code: 'disclosure_purpose_excluded', message: reasons.message('disclosure_purpose_excluded'), subjectId, category, consentId });
        } else if (!consent.purposes.has(purpose)) {
          reasons.add({ code: 'disclosure_purpose_not_consented', message: reasons.message('disclosure_purpose_not_consented'), subjectId, category, consentId });
        } else {
          let bits = validity.get(consent);
          if (bits === undefined) {
            bits = consentBitsAt(consent, ms, facts.rules);
            validity.set(consent, bits);
          }
          for (const [mask, code] of CONSENT_REASONS) if ((bits & mask) !== 0) reasons.add({ code, message: reasons.message(code), subjectId, category, consentId });
        }
      }
      for (let b = 0; b < exchange.length; b += 1) {
        const basis = exchange[b] as BasisFacts;
        if ((basis.categoriesMask & bit) === 0 || from.exchangeSends[b] !== 1 || to.exchangeReceives[b] !== 1 || !purposeAllows(basis, purpose)) continue;
        const code: DisclosureReasonCode = basis.requiresNecessity && request.necessity === undefined ? 'disclosure_necessity_required' : 'disclosure_age_outside_basis';
        reasons.add({ code, message: reasons.message(code), subjectId, category, basisId: basis.id });
      }
    }
  }
  return reasons.list;
}
