import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerStep, completeSession, nextStep, pauseSession, sessionProgress } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput } from '../../../../test/support/hostile.js';
import { at, G, inProgress } from './internal/test-fixtures.js';

const allSteps = G.phases.flatMap((phase) => phase.steps.map((step) => step.id));

/** Follows nextStep to the end, answering each step with `choose`. */
function walk(choose: (answers: readonly string[], stepId: string) => string) {
  let session = inProgress();
  const shown: string[] = [];
  for (let minute = 1; minute < 500; minute += 1) {
    const next = expectSuccess(nextStep(session, G));
    if (next === null) break;
    shown.push(next.step.id);
    session = expectSuccess(answerStep(session, G, { stepId: next.step.id, answer: choose(next.step.answers, next.step.id), now: at(minute) }));
  }
  return { session, shown };
}

describe('nextStep', () => {
  it('starts with the introduction and tells the phase', () => {
    expect(expectSuccess(nextStep(inProgress(), G))).toEqual({ phaseId: 'opening', phaseKind: 'opening', step: G.phases[0]?.steps[0] });
  });

  it('walks the whole default guide when every permission is given', () => {
    const { session, shown } = walk((answers) => (answers.includes('yes') ? 'yes' : answers[0]!));
    expect(shown).toEqual(allSteps);
    const progress = expectSuccess(sessionProgress(session, G));
    expect(progress).toMatchObject({ total: allSteps.length, done: allSteps.length, skipped: 0, remaining: 0, closingRecorded: true });
    expect(expectSuccess(completeSession(session, G, { now: at(600) })).status).toBe('completed');
  });

  it('goes straight from the opening to the closing when the person says no', () => {
    const { shown } = walk((answers, stepId) => (stepId === 'opening.permission' ? 'no' : answers.includes('yes') ? 'yes' : answers[0]!));
    expect(shown).toEqual([...G.phases[0]!.steps.map((step) => step.id), ...G.phases.at(-1)!.steps.map((step) => step.id)]);
  });

  it("does not bring back what was put off with 'not-now'", () => {
    const { session, shown } = walk((answers, stepId) =>
      stepId === 'flight.permission' || stepId === 'body.recognise' ? 'not-now' : answers.includes('yes') ? 'yes' : answers[0]!,
    );
    expect(shown).not.toContain('flight.journey');
    expect(shown.filter((id) => id === 'body.recognise')).toHaveLength(1);
    const progress = expectSuccess(sessionProgress(session, G));
    expect(progress.phases.find((phase) => phase.phaseId === 'flight')).toMatchObject({ done: 0, remaining: 3, deferred: 3 });
    expect(progress.phases.find((phase) => phase.phaseId === 'body')).toMatchObject({ done: 4, remaining: 1, deferred: 1 });
  });

  it('shows where a paused conversation goes on, and nothing after the end', () => {
    const paused = expectSuccess(pauseSession(inProgress(), { now: at(1) }));
    expect(expectSuccess(nextStep(paused, G))?.step.id).toBe('opening.introduction');
    const { session } = walk((answers) => answers[0]!);
    expect(expectSuccess(nextStep(session, G))).toBeNull();
  });

  it('never throws, and names a step that can be answered', () => {
    fc.assert(fc.property(anyInput, anyInput, (session, guide) => expectFailure(nextStep(session, guide))));
    expect(issueCodes(nextStep(inProgress(), { ...G, version: 2 }))).toEqual(['conversation_session_guide_mismatch']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('yes', 'no', 'not-now', 'declined', 'answered'), { maxLength: 80 }), (choices) => {
        let index = 0;
        walk((answers) => {
          const wanted = choices[index++ % Math.max(choices.length, 1)] ?? 'answered';
          return answers.includes(wanted) ? wanted : answers.find((answer) => answer !== 'not-now')!;
        });
      }),
      { numRuns: 40 },
    );
  });

  it('does not mutate its inputs', () => {
    const session = deepFreeze(inProgress());
    expectSuccess(nextStep(session, G));
    expect(session.answers).toEqual([]);
  });
});
