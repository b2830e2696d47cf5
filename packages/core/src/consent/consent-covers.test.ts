import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consentCovers, type Consent } from '@samspil/core';
import { anyInput } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess } from '../../../../test/support/expect-result.js';
import { actors, schoolConsent } from '../disclosure/internal/test-fixtures.js';

const query = { recipient: { actorId: 'a-teacher' }, purpose: 'schooling-daycare', categories: ['social'], subjects: ['c-sara'] };
const covers = (consent: Consent, change: Record<string, unknown> = {}) => expectSuccess(consentCovers(consent, { ...query, ...change }));

describe('consentCovers', () => {
  it('covers a named recipient, purpose, category and subject', () => {
    expect(covers(schoolConsent)).toEqual({ covers: true, reasons: [], uncoveredCategories: [], uncoveredSubjects: [] });
    expect(covers(schoolConsent, { recipient: actors.find((actor) => actor.id === 'a-teacher') }).covers).toBe(true);
  });

  it('says what falls outside', () => {
    expect(covers(schoolConsent, { recipient: { actorId: 'a-school-leader' }, categories: ['criminal', 'social'], subjects: ['c-sara', 'c-omar'], purpose: 'housing' })).toEqual({
      covers: false,
      reasons: ['consent_recipient_not_covered', 'consent_purpose_not_covered', 'consent_category_not_covered', 'consent_subject_not_covered'],
      uncoveredCategories: ['criminal'],
      uncoveredSubjects: ['c-omar'],
    });
    expect(covers(schoolConsent, { purpose: 'crime-prevention' }).reasons).toEqual(['consent_purpose_excluded']);
  });

  it('matches recipients by organisation, authority and sector', () => {
    const teacher = { actorId: 'a-teacher', organisationId: 'o-school', authorityId: 'kbh-school', sector: 'school' };
    const withRecipient = (recipient: Consent['recipients'][number]) => ({ ...schoolConsent, recipients: [recipient] });
    expect(covers(withRecipient({ kind: 'organisation', organisationId: 'o-school' }), { recipient: teacher }).covers).toBe(true);
    expect(covers(withRecipient({ kind: 'authority', authorityId: 'kbh-school' }), { recipient: teacher }).covers).toBe(true);
    expect(covers(withRecipient({ kind: 'sector', authorityId: 'kbh-school', sector: 'school' }), { recipient: teacher }).covers).toBe(true);
    expect(covers(withRecipient({ kind: 'sector', authorityId: 'kbh-school', sector: 'sfo-club' }), { recipient: teacher }).covers).toBe(false);
    expect(covers(withRecipient({ kind: 'authority', authorityId: 'kbh-bfu' }), { recipient: teacher }).covers).toBe(false);
  });

  it('does not mutate its inputs', () => {
    expectSuccess(consentCovers(deepFreeze(structuredClone(schoolConsent)), deepFreeze(structuredClone(query))));
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(anyInput, (input) => expectFailure(consentCovers(schoolConsent, input))));
    fc.assert(fc.property(anyInput, (input) => expectFailure(consentCovers(input, query))));
  });
});
