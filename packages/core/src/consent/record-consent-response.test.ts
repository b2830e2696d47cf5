import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsentValidity, recordConsentResponse } from '@samspil/core';
import { anyInput } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { family, NOW, schoolConsent } from '../disclosure/internal/test-fixtures.js';

const pending = { ...schoolConsent, responses: [] };
const answer = { personId: 'p-amal', decision: 'granted', at: '2026-01-05T10:00:00+01:00', method: 'oral' } as const;

describe('recordConsentResponse', () => {
  it('adds an answer and returns a new consent', () => {
    const input = deepFreeze(structuredClone(pending));
    const updated = expectSuccess(recordConsentResponse(input, deepFreeze({ ...answer })));
    expect(updated.responses).toEqual([answer]);
    expect(input.responses).toEqual([]);
  });

  it('records a refusal like any other answer', () => {
    const updated = expectSuccess(recordConsentResponse(pending, { ...answer, decision: 'refused' }));
    expect(expectSuccess(checkConsentValidity(updated, family, { now: NOW })).reasons).toContain('consent_refused');
  });

  it('needs the interpreter details to be complete when one took part', () => {
    const result = recordConsentResponse(pending, { ...answer, interpreter: { language: 'ar', interpreterName: 'Tolk', mode: 'phone' } });
    expect(issueCodes(result)).toEqual(['required']);
    expectFailure(result);
    expect(result.issues[0]?.path).toEqual(['response', 'interpreter', 'teachBack']);
  });

  it('refuses answers from people not asked, and after withdrawal', () => {
    expect(issueCodes(recordConsentResponse(pending, { ...answer, personId: 'c-sara' }))).toEqual(['consent_response_not_grantor']);
    const withdrawn = { ...pending, withdrawal: { byPersonId: 'p-amal', at: '2026-02-01T10:00:00+01:00', method: 'oral' } };
    expect(issueCodes(recordConsentResponse(withdrawn, answer))).toEqual(['consent_already_withdrawn']);
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(anyInput, (input) => expectFailure(recordConsentResponse(pending, input))));
    fc.assert(fc.property(anyInput, (input) => expectFailure(recordConsentResponse(input, answer))));
  });
});
