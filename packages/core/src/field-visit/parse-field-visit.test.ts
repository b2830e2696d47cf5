import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldVisit, parseFieldVisit, parseInput, submitFieldVisit } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { draft, submitOptions } from './internal/test-fixtures.js';

const submitted = expectSuccess(submitFieldVisit(draft, submitOptions));

describe('parseFieldVisit', () => {
  it('reads drafts leniently and submitted visits strictly', () => {
    expect(expectSuccess(parseFieldVisit({ id: 'v', familyId: 'f', kind: 'home' })).status).toBe('draft');
    expect(expectSuccess(parseFieldVisit(submitted))).toEqual(submitted);
    const { place: _place, ...withoutPlace } = submitted;
    expect(issueCodes(parseFieldVisit(withoutPlace))).toEqual(['required']);
    expect(issueCodes(parseFieldVisit({ ...submitted, familyOwnWords: ' ' }))).toEqual(['field_visit_section_incomplete']);
  });

  it('agrees with the FieldVisit union schema on valid records', () => {
    expectSuccess(parseInput(FieldVisit, submitted));
    expectSuccess(parseInput(FieldVisit, draft));
  });

  it('never throws on arbitrary, corrupted or hostile input', () => {
    expect(issueCodes(parseFieldVisit(throwingProxy()))).toEqual(['unreadable_input']);
    fc.assert(fc.property(anyInput, (input) => expectFailure(parseFieldVisit(input))));
    fc.assert(
      fc.property(corruptSomewhere(submitted), (input) => {
        const result = parseFieldVisit(input);
        if (!result.ok) expectFailure(result);
      }),
    );
    expectSuccess(parseFieldVisit(deepFreeze(structuredClone(submitted))));
  });
});
