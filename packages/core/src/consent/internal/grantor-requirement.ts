import type { Family, Person } from './peer.js';
import type { ConsentRules } from '../consent-rules.schema.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { consentMessagesDa } from '../messages.da.js';

learnMessages(consentMessagesDa);

/** Age range in whole years as `ageOf` answers it; undefined when the age is unknown. */
export interface AgeRange {
  readonly minYears: number;
  readonly maxYears: number;
}

/** Who counts as what for consent: an adult, a young person old enough to consent, or a child. */
export type ConsentAgeClass = 'adult' | 'young' | 'child';

/**
 * Classifies a person conservatively: only a certainly reached age counts (`minYears`). With no
 * known age, someone recorded as a child is a child and everyone else an adult.
 */
export function classifyAge(person: Person, range: AgeRange | undefined, rules: ConsentRules): ConsentAgeClass {
  if (range === undefined) return person.role === 'child' ? 'child' : 'adult';
  if (range.minYears >= rules.ageOfMajority.value) return 'adult';
  if (range.minYears >= rules.ageOfSelfConsent.value) return 'young';
  return 'child';
}

/**
 * Why these grantors: the person themselves, the custody holders, a young person together with the
 * custody holders, an appointed guardian (e.g. for an unaccompanied minor), or `unresolved` when no
 * one can be named (see `problem`).
 */
export type GrantorBasis = 'self' | 'custody-holders' | 'self-and-custody-holders' | 'appointed-guardian' | 'unresolved';
/**
 * Why no grantor could be named for a subject: not a member of the family, or no custody holder known.
 */
export type GrantorProblem = 'consent_subject_not_in_family' | 'consent_no_custody_holder';

/** Whose consent one subject needs: everyone in `allOf`, and at least one of `anyOf` when it is not empty. */
export interface SubjectGrantorRequirement {
  readonly subjectId: string;
  readonly basis: GrantorBasis;
  readonly ageClass?: ConsentAgeClass;
  readonly allOf: readonly string[];
  readonly anyOf: readonly string[];
  /** True when no custody holders were recorded and every parent in the family is asked instead. */
  readonly custodyAssumedFromParents: boolean;
  readonly problem?: GrantorProblem;
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** Builds the requirement for a subject of a known age class. */
export function requirementFor(subjectId: string, person: Person | undefined, family: Family, ageClass: ConsentAgeClass | undefined, rules: ConsentRules): SubjectGrantorRequirement {
  if (person === undefined || ageClass === undefined) {
    return { subjectId, basis: 'unresolved', allOf: [], anyOf: [], custodyAssumedFromParents: false, problem: 'consent_subject_not_in_family' };
  }
  if (ageClass === 'adult' || (ageClass === 'young' && rules.youngPersonMayConsentAlone.value)) {
    return { subjectId, basis: 'self', ageClass, allOf: [subjectId], anyOf: [], custodyAssumedFromParents: false };
  }
  // Members holding custody, then actors appointed as custody holders (an unaccompanied minor's
  // temporary custody holder is usually an actor, not a family member).
  const appointed = unique(person.custodyActorIds ?? []);
  let holders = unique([...(person.custodyHolderIds ?? []), ...appointed]).filter((id) => id !== subjectId);
  let assumed = false;
  if (holders.length === 0 && person.unaccompaniedMinor !== true) {
    holders = family.members.filter((member) => member.role === 'parent' && member.id !== subjectId).map((member) => member.id);
    assumed = holders.length > 0;
  }
  if (holders.length === 0) {
    return { subjectId, basis: 'unresolved', ageClass, allOf: [], anyOf: [], custodyAssumedFromParents: false, problem: 'consent_no_custody_holder' };
  }
  const all = rules.jointCustodyRequiresAll.value || holders.length === 1;
  const self = ageClass === 'young' ? [subjectId] : [];
  const guardianOnly = person.unaccompaniedMinor === true || (appointed.length > 0 && (person.custodyHolderIds ?? []).length === 0);
  const basis: GrantorBasis = ageClass === 'young' ? 'self-and-custody-holders' : guardianOnly ? 'appointed-guardian' : 'custody-holders';
  return {
    subjectId,
    basis,
    ageClass,
    allOf: all ? [...self, ...holders] : self,
    anyOf: all ? [] : holders,
    custodyAssumedFromParents: assumed,
  };
}
