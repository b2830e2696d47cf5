import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConsent, type Consent } from '@samspil/core';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { omarConsent, schoolConsent } from '../disclosure/internal/test-fixtures.js';

const withChange = (change: Partial<Consent>): unknown => ({ ...schoolConsent, ...change });

describe('parseConsent', () => {
  it('accepts a complete consent and returns it unchanged', () => {
    expect(expectSuccess(parseConsent(schoolConsent))).toEqual(schoolConsent);
    expect(expectSuccess(parseConsent(omarConsent))).toEqual(omarConsent);
  });

  it('refuses blanket consent: recipients, purposes and categories must be named', () => {
    const result = parseConsent(withChange({ recipients: [], purposes: [], categories: [] }));
    expect(issueCodes(result)).toEqual(['too_few', 'too_few', 'too_few']);
  });

  it('needs a reference for written and digital answers, not for oral ones', () => {
    const [first, second] = schoolConsent.responses;
    const written = { ...first!, reference: undefined };
    const digital = { ...second!, reference: undefined };
    const result = parseConsent(withChange({ responses: [written, digital] }));
    expectFailure(result);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'consent_reference_required', path: ['responses', 0, 'reference'] },
      { code: 'consent_reference_required', path: ['responses', 1, 'reference'] },
    ]);
    expectSuccess(parseConsent(withChange({ responses: [{ ...written, method: 'oral' }] })));
  });

  it('takes answers only from listed grantors and withdrawal only from grantors or subjects', () => {
    const stranger = { personId: 'p-stranger', decision: 'granted' as const, at: '2026-01-05T10:00:00+01:00', method: 'oral' as const };
    expect(issueCodes(parseConsent(withChange({ responses: [stranger] })))).toEqual(['consent_response_not_grantor']);
    const withdrawal = { byPersonId: 'p-stranger', at: '2026-02-01T10:00:00+01:00', method: 'oral' as const };
    expect(issueCodes(parseConsent(withChange({ withdrawal })))).toEqual(['consent_withdrawal_not_grantor']);
    expectSuccess(parseConsent(withChange({ withdrawal: { ...withdrawal, byPersonId: 'c-sara' } })));
  });

  it('rejects duplicates, a purpose both allowed and excluded, and an end before the start', () => {
    expect(issueCodes(parseConsent(withChange({ grantors: ['p-amal', 'p-amal'], responses: [] })))).toEqual(['duplicate_id']);
    expect(issueCodes(parseConsent(withChange({ categories: ['health', 'health'] })))).toEqual(['duplicate_id']);
    expect(issueCodes(parseConsent(withChange({ exclusions: [{ kind: 'purpose', purposeId: 'schooling-daycare' }] })))).toEqual(['consent_exclusion_conflict']);
    expect(issueCodes(parseConsent(withChange({ period: { start: '2026-02-01', end: '2026-01-31' } })))).toEqual(['date_order']);
  });

  it('speaks English when asked', () => {
    const result = parseConsent(withChange({ exclusions: [{ kind: 'purpose', purposeId: 'schooling-daycare' }] }), { locale: 'en' });
    expectFailure(result);
    expect(result.issues[0]?.message).toBe('The purpose "schooling-daycare" is both allowed and excluded.');
  });

  it('does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(schoolConsent));
    expect(expectSuccess(parseConsent(frozen))).toEqual(schoolConsent);
  });

  it('never throws on hostile input and reports well-formed issues', () => {
    expect(issueCodes(parseConsent(throwingProxy()))).toEqual(['unreadable_input']);
    fc.assert(fc.property(anyInput, (input) => expectFailure(parseConsent(input))));
    fc.assert(
      fc.property(corruptSomewhere(schoolConsent), (input) => {
        const result = parseConsent(input);
        if (!result.ok) expectFailure(result);
      }),
    );
  });
});
