import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerStep, skippedSteps } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess } from '../../../../test/support/expect-result.js';
import { anyInput } from '../../../../test/support/hostile.js';
import { at, G, inProgress } from './internal/test-fixtures.js';

describe('skippedSteps', () => {
  it('is empty until a permission is refused', () => {
    expect(expectSuccess(skippedSteps(inProgress(), G))).toEqual([]);
  });

  it('names the refused permission behind each skip, through the chain', () => {
    let session = expectSuccess(answerStep(inProgress(), G, { stepId: 'opening.permission', answer: 'yes', now: at(1) }));
    session = expectSuccess(answerStep(session, G, { stepId: 'flight.permission', answer: 'no', now: at(2) }));
    expect(expectSuccess(skippedSteps(session, G))).toEqual([
      { stepId: 'flight.journey', phaseId: 'flight', permissionStepId: 'flight.permission', answer: 'no', viaStepId: 'flight.permission' },
      { stepId: 'flight.what-matters', phaseId: 'flight', permissionStepId: 'flight.permission', answer: 'no', viaStepId: 'flight.permission' },
    ]);

    const refused = expectSuccess(answerStep(inProgress(), G, { stepId: 'opening.permission', answer: 'declined', now: at(1) }));
    const skips = expectSuccess(skippedSteps(refused, G));
    expect(skips).toHaveLength(25);
    expect(new Set(skips.map((skip) => skip.permissionStepId))).toEqual(new Set(['opening.permission']));
    expect(skips.find((skip) => skip.stepId === 'body.talk')).toEqual({
      stepId: 'body.talk',
      phaseId: 'body',
      permissionStepId: 'opening.permission',
      answer: 'declined',
      viaStepId: 'body.permission',
    });
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(anyInput, anyInput, (session, guide) => expectFailure(skippedSteps(session, guide))));
  });

  it('does not mutate its inputs', () => {
    const session = deepFreeze(expectSuccess(answerStep(inProgress(), G, { stepId: 'opening.permission', answer: 'no', now: at(1) })));
    expect(expectSuccess(skippedSteps(session, G)).length).toBeGreaterThan(0);
    expect(session.answers).toHaveLength(1);
  });
});
