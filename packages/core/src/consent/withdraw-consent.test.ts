import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsentValidity, withdrawConsent } from '@samspil/core';
import { anyInput } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { family, schoolConsent } from '../disclosure/internal/test-fixtures.js';

const withdrawal = { byPersonId: 'p-karim', at: '2026-02-01T10:00:00+01:00', method: 'digital' } as const;

describe('withdrawConsent', () => {
  it('needs no more than giving did: who, when, how', () => {
    const input = deepFreeze(structuredClone(schoolConsent));
    const updated = expectSuccess(withdrawConsent(input, deepFreeze({ ...withdrawal })));
    expect(updated.withdrawal).toEqual(withdrawal);
    expect(input.withdrawal).toBeUndefined();
  });

  it('takes effect at once', () => {
    const updated = expectSuccess(withdrawConsent(schoolConsent, withdrawal));
    expect(expectSuccess(checkConsentValidity(updated, family, { now: withdrawal.at })).reasons).toEqual(['consent_withdrawn']);
  });

  it('lets the person the information is about withdraw, but not a stranger', () => {
    expectSuccess(withdrawConsent(schoolConsent, { ...withdrawal, byPersonId: 'c-sara' }));
    expect(issueCodes(withdrawConsent(schoolConsent, { ...withdrawal, byPersonId: 'a-teacher' }))).toEqual(['consent_withdrawal_not_grantor']);
  });

  it('refuses to withdraw twice', () => {
    const updated = expectSuccess(withdrawConsent(schoolConsent, withdrawal));
    expect(issueCodes(withdrawConsent(updated, withdrawal))).toEqual(['consent_already_withdrawn']);
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(anyInput, (input) => expectFailure(withdrawConsent(schoolConsent, input))));
    fc.assert(fc.property(anyInput, (input) => expectFailure(withdrawConsent(input, withdrawal))));
  });
});
