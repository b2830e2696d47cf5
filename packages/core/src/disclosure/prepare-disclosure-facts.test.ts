import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareDisclosureFacts } from '@samspil/core';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { actors, facts, schoolConsent } from './internal/test-fixtures.js';

describe('prepareDisclosureFacts', () => {
  it('answers an opaque, frozen handle', () => {
    const prepared = expectSuccess(prepareDisclosureFacts(facts));
    expect(prepared).toEqual({ kind: 'prepared-disclosure-facts', familyId: 'fam-1' });
    expect(Object.isFrozen(prepared)).toBe(true);
  });

  it('rejects duplicate ids and consents of another family', () => {
    const result = prepareDisclosureFacts({ ...facts, actors: [...actors, actors[0]], consents: [schoolConsent, { ...schoolConsent, id: 'cons-x', familyId: 'fam-9' }] });
    expectFailure(result);
    expect(result.issues.map(({ code, path }) => [code, path])).toEqual([
      ['duplicate_id', ['actors', actors.length, 'id']],
      ['disclosure_consent_family_mismatch', ['consents', 1, 'familyId']],
    ]);
  });

  it('validates rules and statutory bases given as options', () => {
    const bases = prepareDisclosureFacts(facts, { statutoryBases: [{ id: 'x' }] });
    expectFailure(bases);
    expect(bases.issues[0]?.path).toEqual(['statutoryBases', 0, 'kind']);
    const result = prepareDisclosureFacts(facts, { rules: { id: 'dk' } });
    expectFailure(result);
    expect(result.issues[0]?.path[0]).toBe('rules');
  });

  it('does not mutate its input', () => {
    expectSuccess(prepareDisclosureFacts(deepFreeze(structuredClone(facts))));
  });

  it('never throws on hostile input', () => {
    expect(issueCodes(prepareDisclosureFacts(throwingProxy()))).toEqual(['unreadable_input']);
    fc.assert(fc.property(anyInput, (input) => expectFailure(prepareDisclosureFacts(input))));
    fc.assert(
      fc.property(corruptSomewhere(facts), (input) => {
        const result = prepareDisclosureFacts(input);
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 60 },
    );
  });
});
