import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsentValidity, CONSENT_RULES_DK, type Consent } from '@samspil/core';
import { reasonsOf } from '../../consent/internal/timeline.js';
import { expectSuccess } from '../../../../../test/support/expect-result.js';
import { actors, family, omarConsent, schoolConsent } from './test-fixtures.js';
import { buildPrepared, consentBitsAt } from './prepared.js';

const self = (personId: string): Consent => ({
  ...omarConsent,
  id: `self-${personId}`,
  grantors: [personId],
  subjects: [personId],
  responses: [{ personId, decision: 'granted', at: '2024-01-01T12:00:00+01:00', method: 'oral' }],
  period: { start: '2024-01-01' },
});
const parents = (subject: string): Consent => ({ ...schoolConsent, id: `parents-${subject}`, subjects: [subject], period: { start: '2024-01-01' }, responses: schoolConsent.responses.map((response) => ({ ...response, at: '2024-01-01T12:00:00+01:00' })) });
const consents = [self('c-yusuf'), self('c-omar'), parents('c-yusuf'), parents('c-omar'), parents('c-sara'), schoolConsent];

describe('prepared consent validity', () => {
  it("agrees with checkConsentValidity at any moment, birthdays included (age limits found by bisection)", () => {
    const instants = fc.oneof(
      fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2031-01-01T00:00:00Z') }),
      // Around Omar's 15th and 18th birthdays and the turn of Yusuf's years, to the second.
      fc.constantFrom('2025-02-14T22:59:59Z', '2025-02-14T23:00:00Z', '2028-02-14T22:59:59Z', '2028-02-14T23:00:00Z', '2026-12-30T23:00:00Z', '2026-12-30T22:59:59Z').map(Date.parse),
    );
    const withTeacher = consents.map((consent) => ({ ...consent, recipients: [{ kind: 'actor' as const, actorId: 'a-teacher' }] }));
    const preparedAll = buildPrepared(family, actors, withTeacher, [], CONSENT_RULES_DK, false);
    expect(preparedAll.actors.get('a-teacher')?.consents.length).toBe(consents.length);
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: consents.length - 1 }), (ms, index) => {
        const consent = withTeacher[index] as Consent;
        const fast = preparedAll.actors.get('a-teacher')?.consents[index];
        const slow = expectSuccess(checkConsentValidity(consent, family, { now: ms }));
        expect(reasonsOf(consentBitsAt(fast!, ms, CONSENT_RULES_DK))).toEqual(slow.reasons);
      }),
      { numRuns: 300 },
    );
  });
});
