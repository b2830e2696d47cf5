import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsentValidity, isConsentValid, type Consent } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { family, NOW, omarConsent, schoolConsent, unaccompaniedFamily } from '../disclosure/internal/test-fixtures.js';

const check = (consent: Consent, now = NOW, target = family) => expectSuccess(checkConsentValidity(consent, target, { now }));
const [amalYes, karimYes] = schoolConsent.responses as [Consent['responses'][number], Consent['responses'][number]];

describe('checkConsentValidity', () => {
  it('holds when both custody holders have consented within the period', () => {
    expect(check(schoolConsent)).toMatchObject({ valid: true, reasons: [], missingGrantorIds: [], refusedByIds: [] });
  });

  it('does not hold with only one parent when custody is joint', () => {
    expect(check({ ...schoolConsent, responses: [amalYes] })).toMatchObject({ valid: false, reasons: ['consent_missing_grantors'], missingGrantorIds: ['p-karim'] });
  });

  it('records a refusal as a valid outcome, not an error', () => {
    const refusal = { ...karimYes, decision: 'refused' as const };
    expect(check({ ...schoolConsent, responses: [amalYes, refusal] })).toMatchObject({
      valid: false,
      reasons: ['consent_refused', 'consent_missing_grantors'],
      refusedByIds: ['p-karim'],
    });
  });

  it('counts the latest answer at the time asked about', () => {
    const refusal = { ...karimYes, decision: 'refused' as const, at: '2026-01-04T10:00:00+01:00' };
    expect(check({ ...schoolConsent, responses: [amalYes, karimYes, refusal] }).valid).toBe(true);
    const laterRefusal = { ...refusal, at: '2026-02-01T10:00:00+01:00' };
    expect(check({ ...schoolConsent, responses: [amalYes, karimYes, laterRefusal] }).reasons).toContain('consent_refused');
    // An answer given after the moment asked about does not count yet.
    expect(check(schoolConsent, '2026-01-05T10:01:00+01:00').reasons).toEqual(['consent_missing_grantors']);
  });

  it('is not yet valid before the start and expired after the last day, in Danish calendar days', () => {
    expect(check(schoolConsent, '2025-12-31T23:59:00+01:00').reasons).toContain('consent_not_yet_valid');
    expect(check(schoolConsent, '2026-12-31T23:30:00+01:00').valid).toBe(true);
    expect(check(schoolConsent, '2026-12-31T23:00:00Z').reasons).toEqual(['consent_expired']);
  });

  it('stops holding the moment it is withdrawn', () => {
    const withdrawn = { ...schoolConsent, withdrawal: { byPersonId: 'p-amal', at: '2026-02-10T09:00:00+01:00', method: 'oral' as const } };
    expect(check(withdrawn, '2026-02-10T08:59:59+01:00').valid).toBe(true);
    expect(check(withdrawn, '2026-02-10T09:00:00+01:00').reasons).toEqual(['consent_withdrawn']);
  });

  it('lets a certainly-15-year-old consent alone, but not one who may be 14', () => {
    expect(check(omarConsent).valid).toBe(true);
    const yusuf = { ...omarConsent, grantors: ['c-yusuf'], subjects: ['c-yusuf'], responses: [{ ...omarConsent.responses[0]!, personId: 'c-yusuf' }] };
    expect(check(yusuf)).toMatchObject({ valid: false, reasons: ['consent_missing_grantors'], missingGrantorIds: ['p-amal', 'p-karim'] });
  });

  it('flags another family and subjects outside the family', () => {
    expect(check({ ...schoolConsent, familyId: 'fam-9' }).reasons).toEqual(['consent_family_mismatch']);
    expect(check({ ...schoolConsent, subjects: ['c-sara', 'c-ghost'] }).reasons).toEqual(['consent_subject_not_in_family']);
  });

  it("holds for an unaccompanied minor when the appointed custody holder consents", () => {
    const consent: Consent = {
      ...schoolConsent,
      familyId: 'fam-2',
      grantors: ['a-guardian'],
      subjects: ['u-ahmad'],
      responses: [{ personId: 'a-guardian', decision: 'granted', at: '2026-01-05T10:00:00+01:00', method: 'oral' }],
    };
    expect(check(consent, NOW, unaccompaniedFamily).valid).toBe(true);
    expect(check({ ...consent, responses: [] }, NOW, unaccompaniedFamily).missingGrantorIds).toEqual(['a-guardian']);
  });

  it('has a boolean short form', () => {
    expect(expectSuccess(isConsentValid(schoolConsent, family, { now: NOW }))).toBe(true);
    expect(expectSuccess(isConsentValid({ ...schoolConsent, responses: [] }, family, { now: NOW }))).toBe(false);
    expect(issueCodes(isConsentValid(schoolConsent, family, {}))).toEqual(['invalid_now']);
  });

  it('does not mutate its inputs', () => {
    expect(check(deepFreeze(structuredClone(schoolConsent)), NOW, deepFreeze(structuredClone(family))).valid).toBe(true);
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(anyInput, anyInput, (consent, target) => expectFailure(checkConsentValidity(consent, target, { now: NOW }))));
    fc.assert(
      fc.property(corruptSomewhere(schoolConsent), (consent) => {
        const result = checkConsentValidity(consent, family, { now: NOW });
        if (!result.ok) expectFailure(result);
      }),
    );
  });
});
