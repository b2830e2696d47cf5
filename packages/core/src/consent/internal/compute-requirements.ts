import type { ConsentRules } from '../consent-rules.schema.js';
import type { Consent } from '../consent.schema.js';
import { classifyAge, requirementFor, type AgeRange, type SubjectGrantorRequirement } from './grantor-requirement.js';
import { ageOf, type Family, type Person } from './peer.js';

/** The person's age range at `now`, or undefined when it cannot be worked out. */
export function ageRangeAt(person: Person, now: Date, timeZone: string): AgeRange | undefined {
  try {
    const result = ageOf(person, { now, timeZone });
    return result.ok ? result.value : undefined;
  } catch {
    return undefined;
  }
}

/** Each subject's grantor requirement at `now`, in the consent's subject order. */
export function computeRequirements(consent: Consent, family: Family, now: Date, rules: ConsentRules): SubjectGrantorRequirement[] {
  const members = new Map(family.members.map((member) => [member.id, member] as const));
  return consent.subjects.map((subjectId) => {
    const person = members.get(subjectId);
    if (person === undefined) return requirementFor(subjectId, undefined, family, undefined, rules);
    return requirementFor(subjectId, person, family, classifyAge(person, ageRangeAt(person, now, rules.calendarTimeZone), rules), rules);
  });
}
