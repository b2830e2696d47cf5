import * as z from '../common/schema/index.js';
import { describe, expect, it } from 'vitest';
import { CONSENT_PURPOSES, CONSENT_RULES_DK, ConsentPurposeEntry, ConsentRules, parseInput } from '@samspil/core';
import { expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

describe('CONSENT_PURPOSES', () => {
  it('validates against its schema with unique ids', () => {
    expectSuccess(parseInput(z.array(ConsentPurposeEntry), CONSENT_PURPOSES));
    const ids = CONSENT_PURPOSES.map((purpose) => purpose.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['coordination-of-support', 'network-meeting', 'treatment', 'employment', 'schooling-daycare', 'housing', 'health-assessment']));
  });
});

describe('CONSENT_RULES_DK', () => {
  it('validates against its schema and cites every rule', () => {
    expect(expectSuccess(parseInput(ConsentRules, CONSENT_RULES_DK))).toEqual(CONSENT_RULES_DK);
    expect(CONSENT_RULES_DK.ageOfSelfConsent.value).toBe(15);
    expect(CONSENT_RULES_DK.jointCustodyRequiresAll.value).toBe(true);
    expect(CONSENT_RULES_DK.consentMustBeSpecific.citation).toMatch(/Forvaltningsloven § 28/);
    expect(CONSENT_RULES_DK.ageOfSelfConsent.verified).toBe(false);
  });

  it('rejects an unknown time zone and a self-consent age above majority', () => {
    expect(issueCodes(parseInput(ConsentRules, { ...CONSENT_RULES_DK, calendarTimeZone: 'Mars/Olympus' }))).toEqual(['consent_invalid_time_zone']);
    const ageOfSelfConsent = { ...CONSENT_RULES_DK.ageOfSelfConsent, value: 18 };
    const ageOfMajority = { ...CONSENT_RULES_DK.ageOfMajority, value: 16 };
    expect(issueCodes(parseInput(ConsentRules, { ...CONSENT_RULES_DK, ageOfSelfConsent, ageOfMajority }))).toEqual(['consent_age_order']);
  });
});
