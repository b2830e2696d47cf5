import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENT_RULES_DK, requiredGrantors, type Consent } from '@samspil/core';
import { anyInput } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { family, NOW, schoolConsent, unaccompaniedFamily } from '../disclosure/internal/test-fixtures.js';

const about = (subjects: string[], change: Partial<Consent> = {}): Consent => ({ ...schoolConsent, subjects, ...change });
const requirement = (subjects: string[], options: { now?: string; rules?: unknown } = {}, target = family) =>
  expectSuccess(requiredGrantors(about(subjects), target, { now: NOW, ...options })).subjects;

describe('requiredGrantors', () => {
  it('needs both custody holders for a child under 15 in joint custody', () => {
    expect(requirement(['c-sara'])).toEqual([
      { subjectId: 'c-sara', basis: 'custody-holders', ageClass: 'child', allOf: ['p-amal', 'p-karim'], anyOf: [], custodyAssumedFromParents: false },
    ]);
  });

  it('needs only the sole custody holder', () => {
    expect(requirement(['c-lina'])[0]?.allOf).toEqual(['p-amal']);
  });

  it('lets a young person who is certainly 15 consent alone', () => {
    expect(requirement(['c-omar'])[0]).toMatchObject({ basis: 'self', ageClass: 'young', allOf: ['c-omar'] });
  });

  it('treats a child known only by a birth year that may be 14 as under 15', () => {
    expect(requirement(['c-yusuf'])[0]).toMatchObject({ basis: 'custody-holders', ageClass: 'child', allOf: ['p-amal', 'p-karim'] });
    // On 31 December 2026 he is certainly 15.
    expect(requirement(['c-yusuf'], { now: '2026-12-31T12:00:00+01:00' })[0]).toMatchObject({ basis: 'self', allOf: ['c-yusuf'] });
  });

  it('counts a birthday from Danish midnight', () => {
    // Omar was born 2010-02-15: 15 from 2025-02-15 00:00 Danish time, i.e. 2025-02-14T23:00Z.
    expect(requirement(['c-omar'], { now: '2025-02-14T22:59:59Z' })[0]?.basis).toBe('custody-holders');
    expect(requirement(['c-omar'], { now: '2025-02-14T23:00:00Z' })[0]?.basis).toBe('self');
  });

  it('asks the custody holders too when the rules do not let a young person consent alone', () => {
    const rules = { ...CONSENT_RULES_DK, youngPersonMayConsentAlone: { ...CONSENT_RULES_DK.youngPersonMayConsentAlone, value: false } };
    expect(requirement(['c-omar'], { rules })[0]).toMatchObject({ basis: 'self-and-custody-holders', allOf: ['c-omar', 'p-amal', 'p-karim'] });
  });

  it('accepts one custody holder when the rules do not require all', () => {
    const rules = { ...CONSENT_RULES_DK, jointCustodyRequiresAll: { ...CONSENT_RULES_DK.jointCustodyRequiresAll, value: false } };
    expect(requirement(['c-sara'], { rules })[0]).toMatchObject({ allOf: [], anyOf: ['p-amal', 'p-karim'] });
  });

  it('lets adults consent for themselves', () => {
    expect(requirement(['p-amal', 'p-karim']).map((entry) => [entry.basis, entry.allOf])).toEqual([
      ['self', ['p-amal']],
      ['self', ['p-karim']],
    ]);
  });

  it("asks an unaccompanied minor's appointed custody holder", () => {
    const consent = about(['u-ahmad'], { familyId: 'fam-2', grantors: ['a-guardian'], responses: [] });
    const value = expectSuccess(requiredGrantors(consent, unaccompaniedFamily, { now: NOW }));
    expect(value.subjects[0]).toMatchObject({ basis: 'appointed-guardian', allOf: ['a-guardian'] });
    expect(value.personIds).toEqual(['a-guardian']);
  });

  it('asks every parent when no custody is recorded, and says so', () => {
    const members = family.members.map((member) => (member.id === 'c-sara' ? { ...member, custodyHolderIds: undefined } : member));
    expect(requirement(['c-sara'], {}, { ...family, members })[0]).toMatchObject({ allOf: ['p-amal', 'p-karim'], custodyAssumedFromParents: true });
  });

  it('marks a subject outside the family as unresolved', () => {
    expect(requirement(['c-nobody'])[0]).toMatchObject({ basis: 'unresolved', problem: 'consent_subject_not_in_family' });
  });

  it('lists every person involved once', () => {
    expect(expectSuccess(requiredGrantors(about(['c-sara', 'c-lina', 'c-omar']), family, { now: NOW })).personIds).toEqual(['p-amal', 'p-karim', 'c-omar']);
  });

  it('needs a valid now and valid rules', () => {
    expect(issueCodes(requiredGrantors(schoolConsent, family, {}))).toEqual(['invalid_now']);
    const result = requiredGrantors(schoolConsent, family, { now: NOW, rules: { ...CONSENT_RULES_DK, ageOfSelfConsent: 'x' } });
    expectFailure(result);
    expect(result.issues[0]?.path[0]).toBe('rules');
  });

  it('does not mutate its inputs', () => {
    const consent = deepFreeze(structuredClone(schoolConsent));
    const frozenFamily = deepFreeze(structuredClone(family));
    expectSuccess(requiredGrantors(consent, frozenFamily, deepFreeze({ now: NOW })));
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(anyInput, anyInput, anyInput, (consent, target, now) => expectFailure(requiredGrantors(consent, target, { now }))));
  });
});
