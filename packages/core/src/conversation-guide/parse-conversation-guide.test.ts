import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConversationGuide, DEFAULT_CONVERSATION_GUIDE, parseConversationGuide } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere, pollutingObject, throwingProxy } from '../../../../test/support/hostile.js';

const text = (value: string) => ({ da: value, en: value });

/** A small valid guide: opening, one exploration topic with nested permissions, closing. */
function smallGuide(): ConversationGuide {
  return {
    id: 'test-guide',
    version: 1,
    title: text('Test'),
    description: text('A guide for tests'),
    source: { source: 'samspil', section: 'tests' },
    phases: [
      {
        id: 'opening',
        kind: 'opening',
        title: text('Opening'),
        steps: [
          { id: 'hello', kind: 'info', prompt: text('Hello'), answers: ['answered', 'not-now'] },
          { id: 'may-talk', kind: 'permission', prompt: text('May we talk?'), answers: ['yes', 'no', 'not-now', 'declined'] },
        ],
      },
      {
        id: 'topic',
        kind: 'exploration',
        title: text('Topic'),
        steps: [
          { id: 'may-ask', kind: 'permission', prompt: text('May I ask?'), answers: ['yes', 'no', 'declined'], dependsOn: ['may-talk'] },
          { id: 'q', kind: 'question', prompt: text('Question'), answers: ['answered', 'declined'], dependsOn: ['may-ask'] },
        ],
      },
      {
        id: 'closing',
        kind: 'closing',
        title: text('Closing'),
        steps: [
          { id: 'follow-up', kind: 'closing-follow-up', prompt: text('Again?'), answers: ['yes', 'no'] },
          { id: 'referral', kind: 'closing-referral', prompt: text('Referral?'), answers: ['yes', 'no'] },
        ],
      },
    ],
  };
}

const edit = (change: (guide: ConversationGuide) => void): ConversationGuide => {
  const guide = structuredClone(smallGuide());
  change(guide);
  return guide;
};

const issuesOf = (guide: unknown) => {
  const result = parseConversationGuide(guide);
  expectFailure(result);
  return result.issues.map(({ code, path }) => ({ code, path }));
};

describe('parseConversationGuide', () => {
  it('accepts the built-in guide and a small guide, and round-trips them', () => {
    expect(expectSuccess(parseConversationGuide(DEFAULT_CONVERSATION_GUIDE))).toEqual(DEFAULT_CONVERSATION_GUIDE);
    const guide = smallGuide();
    const parsed = expectSuccess(parseConversationGuide(guide));
    expect(parsed).toEqual(guide);
    expect(expectSuccess(parseConversationGuide(JSON.parse(JSON.stringify(parsed))))).toEqual(guide);
  });

  it('reports repeated phase and step ids', () => {
    const guide = edit((g) => {
      g.phases[1]!.id = 'opening';
      g.phases[1]!.steps[1]!.id = 'hello';
    });
    expect(issuesOf(guide)).toEqual(
      expect.arrayContaining([
        { code: 'duplicate_id', path: ['phases', 1, 'id'] },
        { code: 'duplicate_id', path: ['phases', 1, 'steps', 1, 'id'] },
      ]),
    );
  });

  it('requires dependencies to be known, earlier permission steps', () => {
    expect(issuesOf(edit((g) => (g.phases[1]!.steps[1]!.dependsOn = ['nowhere'])))).toEqual([
      { code: 'unknown_reference', path: ['phases', 1, 'steps', 1, 'dependsOn', 0] },
    ]);
    expect(issuesOf(edit((g) => (g.phases[1]!.steps[1]!.dependsOn = ['hello'])))).toEqual([
      { code: 'conversation_guide_dependency_not_permission', path: ['phases', 1, 'steps', 1, 'dependsOn', 0] },
    ]);
    // The opening permission now depends on a later permission that depends back on it: a cycle.
    expect(issuesOf(edit((g) => (g.phases[0]!.steps[1]!.dependsOn = ['may-ask'])))).toEqual([
      { code: 'conversation_guide_dependency_cycle', path: ['phases', 0, 'steps', 1, 'dependsOn', 0] },
    ]);
    expect(issuesOf(edit((g) => (g.phases[1]!.steps[0]!.dependsOn = ['may-ask'])))).toEqual([
      { code: 'conversation_guide_dependency_cycle', path: ['phases', 1, 'steps', 0, 'dependsOn', 0] },
    ]);
    // A later permission that does not lead back is an order problem, not a cycle.
    const forward = edit((g) => {
      g.phases[1]!.steps.push({ id: 'late', kind: 'permission', prompt: text('Late?'), answers: ['yes', 'no', 'declined'] });
      g.phases[1]!.steps[1]!.dependsOn = ['late'];
    });
    expect(issuesOf(forward)).toEqual([{ code: 'conversation_guide_dependency_order', path: ['phases', 1, 'steps', 1, 'dependsOn', 0] }]);
    expect(issuesOf(edit((g) => (g.phases[1]!.steps[1]!.dependsOn = ['may-ask', 'may-ask'])))).toEqual([
      { code: 'duplicate_id', path: ['phases', 1, 'steps', 1, 'dependsOn', 1] },
    ]);
  });

  it('requires phases in order and exactly one closing phase, last', () => {
    expect(issueCodes(parseConversationGuide(edit((g) => g.phases.reverse())))).toEqual(
      expect.arrayContaining(['conversation_guide_phase_order', 'conversation_guide_closing_last']),
    );
    expect(issuesOf(edit((g) => g.phases.pop()))).toEqual([{ code: 'conversation_guide_closing_last', path: ['phases', 1] }]);
    expect(issueCodes(parseConversationGuide(edit((g) => g.phases.push(structuredClone(g.phases[2]!)))))).toContain(
      'conversation_guide_closing_last',
    );
  });

  it('requires one follow-up and one referral step in the closing, never conditional', () => {
    expect(issuesOf(edit((g) => g.phases[2]!.steps.pop()))).toEqual([
      { code: 'conversation_guide_closing_step_missing', path: ['phases', 2, 'steps'] },
    ]);
    const twice = edit((g) => g.phases[2]!.steps.push({ ...g.phases[2]!.steps[0]!, id: 'again' }));
    expect(issuesOf(twice)).toEqual([{ code: 'conversation_guide_closing_step_repeated', path: ['phases', 2, 'steps'] }]);
    const conditional = edit((g) => (g.phases[2]!.steps[1]!.dependsOn = ['may-talk']));
    expect(issuesOf(conditional)).toEqual([
      { code: 'conversation_guide_closing_step_conditional', path: ['phases', 2, 'steps', 1, 'dependsOn'] },
    ]);
    const misplaced = edit((g) => g.phases[1]!.steps.push({ ...g.phases[2]!.steps[0]!, id: 'early' }));
    expect(issueCodes(parseConversationGuide(misplaced))).toContain('conversation_guide_closing_step_misplaced');
  });

  it('checks the answers a step allows', () => {
    expect(issuesOf(edit((g) => (g.phases[0]!.steps[1]!.answers = ['yes', 'declined'])))).toEqual([
      { code: 'conversation_guide_permission_answers', path: ['phases', 0, 'steps', 1, 'answers'] },
    ]);
    expect(issuesOf(edit((g) => (g.phases[1]!.steps[1]!.answers = ['answered'])))).toEqual([
      { code: 'conversation_guide_decline_missing', path: ['phases', 1, 'steps', 1, 'answers'] },
    ]);
    expect(issuesOf(edit((g) => (g.phases[0]!.steps[0]!.answers = ['not-now'])))).toEqual([
      { code: 'conversation_guide_no_final_answer', path: ['phases', 0, 'steps', 0, 'answers'] },
    ]);
    expect(issuesOf(edit((g) => (g.phases[0]!.steps[0]!.answers = ['answered', 'answered'])))).toEqual([
      { code: 'conversation_guide_answer_repeated', path: ['phases', 0, 'steps', 0, 'answers', 1] },
    ]);
  });

  it('reports in English when asked', () => {
    const result = parseConversationGuide(edit((g) => g.phases[2]!.steps.pop()), { locale: 'en' });
    expectFailure(result);
    expect(result.issues[0]?.message).toBe('The closing phase has no step of kind "closing-referral".');
  });

  it('answers unreadable_input for hostile objects and never throws', () => {
    expect(issueCodes(parseConversationGuide(throwingProxy()))).toEqual(['unreadable_input']);
    expectFailure(parseConversationGuide(pollutingObject()));
    fc.assert(fc.property(anyInput, (input) => expectFailure(parseConversationGuide(input))));
    fc.assert(
      fc.property(corruptSomewhere(smallGuide()), (input) => {
        const result = parseConversationGuide(input);
        if (!result.ok) expectFailure(result);
        else expect(parseConversationGuide(result.value)).toEqual(result);
      }),
    );
  });

  it('does not mutate its input', () => {
    const guide = deepFreeze(smallGuide());
    expectSuccess(parseConversationGuide(guide));
    expect(guide).toEqual(smallGuide());
  });
});
