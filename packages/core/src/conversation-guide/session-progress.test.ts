import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerStep, sessionProgress } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { at, G, inProgress } from './internal/test-fixtures.js';

describe('sessionProgress', () => {
  it('counts per phase and in total', () => {
    const fresh = expectSuccess(sessionProgress(inProgress(), G));
    expect(fresh.phases[0]).toEqual({ phaseId: 'opening', kind: 'opening', total: 6, done: 0, skipped: 0, remaining: 6, deferred: 0 });
    expect(fresh).toMatchObject({ status: 'in-progress', total: 38, done: 0, skipped: 0, remaining: 38, deferred: 0, closingRecorded: false });

    let session = inProgress();
    session = expectSuccess(answerStep(session, G, { stepId: 'opening.permission', answer: 'yes', now: at(1) }));
    session = expectSuccess(answerStep(session, G, { stepId: 'children.permission', answer: 'declined', now: at(2) }));
    session = expectSuccess(answerStep(session, G, { stepId: 'body.permission', answer: 'not-now', now: at(3) }));
    const progress = expectSuccess(sessionProgress(session, G));
    expect(progress.phases.find((phase) => phase.phaseId === 'children')).toEqual({
      phaseId: 'children',
      kind: 'exploration',
      total: 4,
      done: 1,
      skipped: 3,
      remaining: 0,
      deferred: 0,
    });
    expect(progress.phases.find((phase) => phase.phaseId === 'body')).toMatchObject({ done: 0, skipped: 0, remaining: 5, deferred: 5 });
    expect(progress).toMatchObject({ total: 38, done: 2, skipped: 3, remaining: 33, deferred: 5 });
  });

  it('never throws on hostile input', () => {
    fc.assert(fc.property(anyInput, anyInput, (session, guide) => expectFailure(sessionProgress(session, guide))));
    fc.assert(
      fc.property(corruptSomewhere(inProgress()), (session) => {
        const result = sessionProgress(session, G);
        if (result.ok) expect(result.value.done + result.value.skipped + result.value.remaining).toBe(result.value.total);
        else expectFailure(result);
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const session = deepFreeze(inProgress());
    expectSuccess(sessionProgress(session, G));
    expect(session).toEqual(inProgress());
  });
});
