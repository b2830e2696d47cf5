import { describe, expect, it } from 'vitest';
import { CONVERSATION_ANSWERS, CONVERSATION_SESSION_STATUSES, DEFAULT_CONVERSATION_GUIDE, parseConversationGuide } from '@samspil/core';
import { expectSuccess } from '../../../../test/support/expect-result.js';

const steps = DEFAULT_CONVERSATION_GUIDE.phases.flatMap((phase) => phase.steps.map((step) => ({ phase, step })));

describe('DEFAULT_CONVERSATION_GUIDE', () => {
  it('validates against its own schema', () => {
    expect(expectSuccess(parseConversationGuide(DEFAULT_CONVERSATION_GUIDE))).toEqual(DEFAULT_CONVERSATION_GUIDE);
  });

  it('has the opening, seven permission-gated topics and the closing', () => {
    expect(DEFAULT_CONVERSATION_GUIDE.phases.map((phase) => phase.id)).toEqual([
      'opening',
      'life-before',
      'resources',
      'flight',
      'life-now',
      'children',
      'body',
      'stressors',
      'closing',
    ]);
    expect(DEFAULT_CONVERSATION_GUIDE.phases[0]?.steps.map((step) => step.id)).toEqual([
      'opening.introduction',
      'opening.purpose',
      'opening.confidentiality',
      'opening.interpreter',
      'opening.rights',
      'opening.permission',
    ]);
    expect(DEFAULT_CONVERSATION_GUIDE.phases.at(-1)?.steps.map((step) => step.kind)).toContain('closing-follow-up');
    expect(DEFAULT_CONVERSATION_GUIDE.phases.at(-1)?.steps.map((step) => step.kind)).toContain('closing-referral');
  });

  it('asks permission before every sensitive topic and lets every question be declined', () => {
    for (const phase of DEFAULT_CONVERSATION_GUIDE.phases.filter((candidate) => candidate.kind === 'exploration')) {
      const [first, ...rest] = phase.steps;
      expect(first?.kind).toBe('permission');
      expect(first?.dependsOn).toEqual(['opening.permission']);
      for (const step of rest) expect(step.dependsOn).toEqual([first?.id]);
    }
    for (const { step } of steps) {
      if (step.kind === 'question' || step.kind === 'permission') expect(step.answers).toContain('declined');
    }
  });

  it('speaks both languages, with guidance on distress where the flight is raised', () => {
    for (const { step } of steps) {
      expect(step.prompt.da.trim()).not.toBe('');
      expect(step.prompt.en.trim()).not.toBe('');
      expect(step.prompt.da).not.toBe(step.prompt.en);
    }
    const flight = steps.find(({ step }) => step.id === 'flight.permission')?.step;
    expect(flight?.guidance?.en).toMatch(/distress/);
    expect(flight?.guidance?.da).toMatch(/uro/);
  });

  it('is frozen so no caller can change the built-in data', () => {
    expect(Object.isFrozen(DEFAULT_CONVERSATION_GUIDE)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CONVERSATION_GUIDE.phases[0]?.steps[0]?.prompt)).toBe(true);
  });

  it('ships labels for every answer and status', () => {
    expect(Object.keys(CONVERSATION_ANSWERS).sort()).toEqual(['answered', 'declined', 'no', 'not-now', 'yes']);
    expect(Object.keys(CONVERSATION_SESSION_STATUSES).sort()).toEqual(['completed', 'in-progress', 'paused', 'stopped']);
    for (const { label } of [...Object.values(CONVERSATION_ANSWERS), ...Object.values(CONVERSATION_SESSION_STATUSES)]) {
      expect(label.da).not.toBe('');
      expect(label.en).not.toBe('');
    }
  });
});
