import type { ConsentRules } from '../../consent/consent-rules.schema.js';
import type { Consent } from '../../consent/consent.schema.js';
import type { DataCategory } from '../../consent/data-category.js';
import { requirementFor, type ConsentAgeClass, type SubjectGrantorRequirement } from '../../consent/internal/grantor-requirement.js';
import type { Actor, Family, Person } from '../../consent/internal/peer.js';
import { profileOfActor, recipientMatches } from '../../consent/internal/recipient-profile.js';
import { buildTimeline, requirementBits, SUBJECT_NOT_IN_FAMILY, timeBits, type ConsentTimeline } from '../../consent/internal/timeline.js';
import type { DisclosureBasis } from '../disclosure-basis.schema.js';
import type { StatutoryBasis } from '../statutory-basis.schema.js';
import { AgeClock } from './age-clock.js';

/** Each category's bit; requests and consents are compared as bit masks. */
export const CATEGORY_BITS: Readonly<Record<DataCategory, number>> = {
  general: 1,
  social: 2,
  health: 4,
  'ethnic-origin-religion': 8,
  criminal: 16,
  'purely-private': 32,
};
export const CATEGORY_INDEX: Readonly<Record<DataCategory, number>> = {
  general: 0,
  social: 1,
  health: 2,
  'ethnic-origin-religion': 3,
  criminal: 4,
  'purely-private': 5,
};

export const maskOf = (categories: readonly DataCategory[]): number => categories.reduce((mask, category) => mask | CATEGORY_BITS[category], 0);

export interface MemberFacts {
  readonly id: string;
  readonly person: Person;
  readonly clock: AgeClock;
}

export interface ActorFacts {
  readonly id: string;
  readonly sector: string;
  readonly authorityId: string | undefined;
  /** Only public authorities (kommune, region, state) share within themselves without another basis. */
  readonly publicAuthority: boolean;
  readonly sameAuthorityBasis: DisclosureBasis | undefined;
  /** Consents naming this actor as a recipient, in the order given. */
  readonly consents: readonly ConsentFacts[];
  /** Per basis (by its index in `dutyBases` / `exchangeBases`): 1 when this actor's sector may send or receive under it. */
  readonly dutySends: Uint8Array;
  readonly dutyReceives: Uint8Array;
  readonly exchangeSends: Uint8Array;
  readonly exchangeReceives: Uint8Array;
}

interface Requirement {
  readonly allOf: readonly string[];
  readonly anyOf: readonly string[];
  readonly problem?: string;
}

export interface ConsentSubjectFacts {
  readonly member: MemberFacts | undefined;
  readonly child: Requirement;
  readonly young: Requirement;
  readonly adult: Requirement;
}

export interface ConsentFacts {
  readonly id: string;
  readonly timeline: ConsentTimeline;
  readonly subjects: ReadonlySet<string>;
  readonly subjectFacts: readonly ConsentSubjectFacts[];
  readonly categoriesMask: number;
  readonly purposes: ReadonlySet<string>;
  readonly excluded: ReadonlySet<string>;
  readonly restrictions: readonly string[];
  readonly basis: DisclosureBasis;
}

export interface BasisFacts {
  readonly id: string;
  readonly kind: 'exchange' | 'duty-to-notify';
  readonly senders: ReadonlySet<string> | undefined;
  readonly recipients: ReadonlySet<string> | undefined;
  readonly categoriesMask: number;
  readonly minYears: number | undefined;
  readonly maxYears: number | undefined;
  readonly scope: 'every-subject' | 'any-subject' | undefined;
  readonly purposes: ReadonlySet<string> | undefined;
  readonly requiresNecessity: boolean;
  readonly basis: DisclosureBasis;
}

export interface PreparedInternal {
  readonly familyId: string;
  readonly members: ReadonlyMap<string, MemberFacts>;
  readonly actors: ReadonlyMap<string, ActorFacts>;
  readonly dutyBases: readonly BasisFacts[];
  readonly exchangeBases: readonly BasisFacts[];
  readonly rules: ConsentRules;
}

const PUBLIC_AUTHORITY_KINDS: ReadonlySet<string> = new Set(['municipality', 'region', 'state']);

/** Age class at `ms`, the same answer `classifyAge` gives from `ageOf` at that instant. */
export function ageClassAt(member: MemberFacts, ms: number, rules: ConsentRules): ConsentAgeClass {
  if (member.clock.unknown) return member.person.role === 'child' ? 'child' : 'adult';
  if (ms >= member.clock.certainlyFrom(rules.ageOfMajority.value)) return 'adult';
  if (ms >= member.clock.certainlyFrom(rules.ageOfSelfConsent.value)) return 'young';
  return 'child';
}

/** Reason bits for a consent at `ms` (0 when it holds), judged for all its subjects. */
export function consentBitsAt(consent: ConsentFacts, ms: number, rules: ConsentRules): number {
  let bits = timeBits(consent.timeline, ms);
  for (const subject of consent.subjectFacts) {
    if (subject.member === undefined) {
      bits |= SUBJECT_NOT_IN_FAMILY;
      continue;
    }
    const ageClass = ageClassAt(subject.member, ms, rules);
    bits |= requirementBits(consent.timeline, ms, ageClass === 'adult' ? subject.adult : ageClass === 'young' ? subject.young : subject.child);
  }
  return bits;
}

/** Whether a member's age is within limits: certainly (exchange) or possibly (duty to notify). */
export function ageWithin(member: MemberFacts, basis: BasisFacts, ms: number, certain: boolean): boolean {
  if (member.clock.unknown) return !certain;
  if (basis.minYears !== undefined) {
    const from = certain ? member.clock.certainlyFrom(basis.minYears) : member.clock.possiblyFrom(basis.minYears);
    if (ms < from) return false;
  }
  if (basis.maxYears !== undefined) {
    const until = certain ? member.clock.possiblyFrom(basis.maxYears + 1) : member.clock.certainlyFrom(basis.maxYears + 1);
    if (ms >= until) return false;
  }
  return true;
}

const frozen = <T extends object>(value: T): T => Object.freeze(value);

function strip(requirement: SubjectGrantorRequirement): Requirement {
  return requirement.problem === undefined
    ? { allOf: requirement.allOf, anyOf: requirement.anyOf }
    : { allOf: requirement.allOf, anyOf: requirement.anyOf, problem: requirement.problem };
}

function consentFacts(consent: Consent, family: Family, members: ReadonlyMap<string, MemberFacts>, rules: ConsentRules): ConsentFacts {
  const subjectFacts = consent.subjects.map((subjectId): ConsentSubjectFacts => {
    const member = members.get(subjectId);
    const at = (ageClass: ConsentAgeClass) => strip(requirementFor(subjectId, member?.person, family, ageClass, rules));
    return { member, child: at('child'), young: at('young'), adult: at('adult') };
  });
  const restrictions: string[] = [];
  const excluded = new Set<string>();
  for (const exclusion of consent.exclusions ?? []) {
    if (exclusion.kind === 'purpose') excluded.add(exclusion.purposeId);
    else restrictions.push(exclusion.text);
  }
  return {
    id: consent.id,
    timeline: buildTimeline(consent, rules.calendarTimeZone),
    subjects: new Set(consent.subjects),
    subjectFacts,
    categoriesMask: maskOf(consent.categories),
    purposes: new Set(consent.purposes.map((purpose) => purpose.id)),
    excluded,
    restrictions: frozen(restrictions),
    basis: frozen<DisclosureBasis>({ kind: 'consent', consentId: consent.id }),
  };
}

function basisFacts(basis: StatutoryBasis): BasisFacts {
  const sectors = (value: StatutoryBasis['senderSectors']) => (value === 'any' ? undefined : new Set<string>(value));
  return {
    id: basis.id,
    kind: basis.kind,
    senders: sectors(basis.senderSectors),
    recipients: sectors(basis.recipientSectors),
    categoriesMask: maskOf(basis.categories),
    minYears: basis.subjectAge?.minYears,
    maxYears: basis.subjectAge?.maxYears,
    scope: basis.subjectAge?.scope,
    purposes: basis.purposes === undefined ? undefined : new Set(basis.purposes),
    requiresNecessity: basis.requiresNecessity,
    basis: frozen<DisclosureBasis>(
      basis.kind === 'duty-to-notify'
        ? { kind: 'duty-to-notify', basisId: basis.id, citation: basis.citation }
        : { kind: 'statutory', basisId: basis.id, citation: basis.citation },
    ),
  };
}

/** Builds the indexes the gate reads: everything that does not depend on the request's time. */
export function buildPrepared(
  family: Family,
  actors: readonly Actor[],
  consents: readonly Consent[],
  bases: readonly StatutoryBasis[],
  rules: ConsentRules,
  eager: boolean,
): PreparedInternal {
  const members = new Map<string, MemberFacts>();
  for (const person of family.members) members.set(person.id, { id: person.id, person, clock: new AgeClock(person, rules.calendarTimeZone) });
  const consentList = consents.map((consent) => consentFacts(consent, family, members, rules));
  const basisList = bases.map(basisFacts);
  const dutyBases = basisList.filter((basis) => basis.kind === 'duty-to-notify');
  const exchangeBases = basisList.filter((basis) => basis.kind === 'exchange');
  const flags = (list: readonly BasisFacts[], sector: string, pick: 'senders' | 'recipients') =>
    Uint8Array.from(list, (basis) => (basis[pick] === undefined || (basis[pick] as ReadonlySet<string>).has(sector) ? 1 : 0));
  const actorMap = new Map<string, ActorFacts>();
  for (const actor of actors) {
    const profile = profileOfActor(actor);
    const authorityId = actor.authority?.id;
    const publicAuthority = actor.authority !== undefined && PUBLIC_AUTHORITY_KINDS.has(actor.authority.kind);
    actorMap.set(actor.id, {
      id: actor.id,
      sector: actor.sector,
      authorityId,
      publicAuthority,
      sameAuthorityBasis: publicAuthority && authorityId !== undefined ? frozen<DisclosureBasis>({ kind: 'same-authority', authorityId }) : undefined,
      consents: consentList.filter((_, index) => (consents[index] as Consent).recipients.some((recipient) => recipientMatches(recipient, profile))),
      dutySends: flags(dutyBases, actor.sector, 'senders'),
      dutyReceives: flags(dutyBases, actor.sector, 'recipients'),
      exchangeSends: flags(exchangeBases, actor.sector, 'senders'),
      exchangeReceives: flags(exchangeBases, actor.sector, 'recipients'),
    });
  }
  // Work out the age limits every rule and basis asks about now, so decisions never bisect.
  const ages = new Set<number>([rules.ageOfSelfConsent.value, rules.ageOfMajority.value]);
  for (const basis of basisList) {
    if (basis.minYears !== undefined) ages.add(basis.minYears);
    if (basis.maxYears !== undefined) ages.add(basis.maxYears + 1);
  }
  for (const member of eager ? members.values() : []) {
    for (const years of ages) {
      member.clock.certainlyFrom(years);
      member.clock.possiblyFrom(years);
    }
  }
  return {
    familyId: family.id,
    members,
    actors: actorMap,
    dutyBases,
    exchangeBases,
    rules,
  };
}

/** Prepared facts handed out, mapped to their internals; a WeakMap so they cannot be forged. */
export const PREPARED = new WeakMap<object, PreparedInternal>();
