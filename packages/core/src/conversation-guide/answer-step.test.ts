import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConversationGuide,
  type ConversationSession,
  DEFAULT_CONVERSATION_GUIDE,
  answerStep,
  nextStep,
  parseConversationSession,
  pauseSession,
  sessionProgress,
  skippedSteps,
  startSession,
} from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { at } from './internal/test-fixtures.js';

const text = (value: string) => ({ da: value, en: value });

/** may-talk → may-ask → (may-detail → detail), and a question on may-talk alone. */
const chain: ConversationGuide = {
  id: 'chain',
  version: 2,
  title: text('Chain'),
  description: text('Nested permissions'),
  source: { source: 'samspil', section: 'tests' },
  phases: [
    {
      id: 'opening',
      kind: 'opening',
      title: text('Opening'),
      steps: [{ id: 'may-talk', kind: 'permission', prompt: text('May we talk?'), answers: ['yes', 'no', 'not-now', 'declined'] }],
    },
    {
      id: 'topic',
      kind: 'exploration',
      title: text('Topic'),
      steps: [
        { id: 'general', kind: 'question', prompt: text('General'), answers: ['answered', 'declined'], dependsOn: ['may-talk'], allowNotes: true },
        { id: 'may-ask', kind: 'permission', prompt: text('May I ask?'), answers: ['yes', 'no', 'not-now', 'declined'], dependsOn: ['may-talk'] },
        { id: 'asked', kind: 'question', prompt: text('Asked'), answers: ['yes', 'no', 'declined'], dependsOn: ['may-ask'] },
        { id: 'may-detail', kind: 'permission', prompt: text('Detail?'), answers: ['yes', 'no', 'declined'], dependsOn: ['may-ask'] },
        { id: 'detail', kind: 'question', prompt: text('Detail'), answers: ['answered', 'declined'], dependsOn: ['may-detail'] },
      ],
    },
    {
      id: 'closing',
      kind: 'closing',
      title: text('Closing'),
      steps: [
        { id: 'follow-up', kind: 'closing-follow-up', prompt: text('Again?'), answers: ['yes', 'no', 'not-now'] },
        { id: 'referral', kind: 'closing-referral', prompt: text('Referral?'), answers: ['yes', 'no', 'declined', 'answered'] },
      ],
    },
  ],
};

const start = (guide: ConversationGuide = chain): ConversationSession =>
  expectSuccess(startSession(guide, { id: 's-1', familyId: 'f-1', personIds: ['p-1'], actorId: 'a-1', now: at(0) }));

let minute = 0;
const answer = (session: ConversationSession, stepId: string, value: string, extra: object = {}, guide: ConversationGuide = chain) =>
  answerStep(session, guide, { stepId, answer: value, now: at(++minute), ...extra });
const answered = (session: ConversationSession, stepId: string, value: string, extra: object = {}, guide: ConversationGuide = chain) =>
  expectSuccess(answer(session, stepId, value, extra, guide));

describe('answerStep', () => {
  it('appends the answer with its time and optional note', () => {
    let session = answered(start(), 'may-talk', 'yes');
    session = answered(session, 'general', 'answered', { note: 'Bor i Gellerup, to børn.' });
    expect(session.answers).toEqual([
      { stepId: 'may-talk', answer: 'yes', at: at(minute - 1) },
      { stepId: 'general', answer: 'answered', at: at(minute), note: 'Bor i Gellerup, to børn.' },
    ]);
  });

  it('skips every step that depends on a refused permission, transitively', () => {
    for (const refusal of ['no', 'declined']) {
      const session = answered(answered(start(), 'may-talk', 'yes'), 'may-ask', refusal);
      expect(expectSuccess(skippedSteps(session, chain))).toEqual([
        { stepId: 'asked', phaseId: 'topic', permissionStepId: 'may-ask', answer: refusal, viaStepId: 'may-ask' },
        { stepId: 'may-detail', phaseId: 'topic', permissionStepId: 'may-ask', answer: refusal, viaStepId: 'may-ask' },
        { stepId: 'detail', phaseId: 'topic', permissionStepId: 'may-ask', answer: refusal, viaStepId: 'may-detail' },
      ]);
      const result = answer(session, 'detail', 'answered');
      expectFailure(result);
      expect(result.issues.map(({ code, path, params }) => ({ code, path, params }))).toEqual([
        { code: 'conversation_session_step_skipped', path: ['stepId'], params: { stepId: 'detail', permissionStepId: 'may-ask' } },
      ]);
    }
    const refusedAtTheTop = answered(start(), 'may-talk', 'no');
    expect(expectSuccess(skippedSteps(refusedAtTheTop, chain)).map((skip) => skip.stepId)).toEqual([
      'general',
      'may-ask',
      'asked',
      'may-detail',
      'detail',
    ]);
    expect(expectSuccess(nextStep(refusedAtTheTop, chain))?.step.id).toBe('follow-up');
  });

  it("keeps dependents pending after 'not-now', and lets the permission be asked again", () => {
    let session = answered(answered(start(), 'may-talk', 'yes'), 'may-ask', 'not-now');
    expect(expectSuccess(skippedSteps(session, chain))).toEqual([]);
    expect(issueCodes(answer(session, 'asked', 'yes'))).toEqual(['conversation_session_step_blocked']);
    expect(issueCodes(answer(session, 'detail', 'answered'))).toEqual(['conversation_session_step_blocked']);
    const topic = expectSuccess(sessionProgress(session, chain)).phases[1];
    expect(topic).toEqual({ phaseId: 'topic', kind: 'exploration', total: 5, done: 0, skipped: 0, remaining: 5, deferred: 4 });
    // nextStep does not press: the deferred permission is not offered again by itself.
    expect(expectSuccess(nextStep(session, chain))?.step.id).toBe('general');
    session = answered(session, 'may-ask', 'yes');
    expect(expectSuccess(nextStep(session, chain))?.step.id).toBe('general');
    session = answered(session, 'asked', 'no');
    expect(session.answers.map((record) => record.answer)).toEqual(['yes', 'not-now', 'yes', 'no']);
  });

  it('refuses what cannot be recorded', () => {
    const session = answered(start(), 'may-talk', 'yes');
    expect(issueCodes(answer(session, 'may-talk', 'no'))).toEqual(['conversation_session_step_already_answered']);
    expect(issueCodes(answer(session, 'nowhere', 'yes'))).toEqual(['unknown_reference']);
    expect(issueCodes(answer(session, 'general', 'yes'))).toEqual(['conversation_session_answer_not_allowed']);
    expect(issueCodes(answer(session, 'may-ask', 'yes', { note: 'no notes here' }))).toEqual(['conversation_session_note_not_allowed']);
    expect(issueCodes(answer(session, 'general', 'answered', { followUpDate: '2026-03-20' }))).toEqual([
      'conversation_session_closing_detail_misplaced',
    ]);
    expect(issueCodes(answer(session, 'follow-up', 'no', { followUpDate: '2026-03-20' }))).toEqual([
      'conversation_session_closing_detail_misplaced',
    ]);
    expect(issueCodes(answerStep(session, chain, { stepId: 'general', answer: 'answered', now: at(0) }))).toEqual([
      'conversation_session_time_order',
    ]);
    expect(issueCodes(answerStep(session, DEFAULT_CONVERSATION_GUIDE, { stepId: 'general', answer: 'answered', now: at(99) }))).toEqual([
      'conversation_session_guide_mismatch',
    ]);
    const paused = expectSuccess(pauseSession(session, { now: at(++minute) }));
    expect(issueCodes(answer(paused, 'general', 'answered'))).toEqual(['conversation_session_not_in_progress']);
  });

  it('fills in the closing record from the closing steps', () => {
    let session = answered(start(), 'follow-up', 'not-now');
    expect(session.closing).toEqual({ referralOffered: false });
    session = answered(session, 'follow-up', 'yes', { followUpDate: '2026-03-20' });
    session = answered(session, 'referral', 'yes', { referralTo: { sector: 'rehabilitation-centre' } });
    expect(session.closing).toEqual({
      followUpAgreed: true,
      followUpDate: '2026-03-20',
      referralOffered: true,
      referralAccepted: true,
      referralTo: { sector: 'rehabilitation-centre' },
    });
    const open = answered(answered(start(), 'follow-up', 'no'), 'referral', 'answered');
    expect(open.closing).toEqual({ followUpAgreed: false, referralOffered: true });
    expect(answered(start(), 'referral', 'declined').closing).toEqual({ referralOffered: true, referralAccepted: false });
    expect(issueCodes(answer(start(), 'referral', 'yes', { referralTo: {} }))).toEqual(['required']);
  });

  it('never answers a skipped or blocked step, whatever the order of answers', () => {
    const steps = chain.phases.flatMap((phase) => phase.steps.map((step) => step.id));
    const values = ['yes', 'no', 'not-now', 'declined', 'answered'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...steps), fc.constantFrom(...values)), { maxLength: 30 }), (moves) => {
        let session = start();
        let clock = 0;
        for (const [stepId, value] of moves) {
          const before = expectSuccess(skippedSteps(session, chain)).map((skip) => skip.stepId);
          const result = answerStep(session, chain, { stepId, answer: value, now: at(++clock) });
          if (result.ok) {
            expect(before).not.toContain(stepId);
            session = result.value;
          } else expectFailure(result);
        }
        const skipped = new Set(expectSuccess(skippedSteps(session, chain)).map((skip) => skip.stepId));
        for (const record of session.answers) expect(skipped.has(record.stepId)).toBe(false);
        const progress = expectSuccess(sessionProgress(session, chain));
        expect(progress.done + progress.skipped + progress.remaining).toBe(progress.total);
        expectSuccess(parseConversationSession(session));
      }),
    );
  });

  it('walks random conversations through the default guide without throwing', () => {
    const steps = DEFAULT_CONVERSATION_GUIDE.phases.flatMap((phase) => phase.steps.map((step) => step.id));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...steps), fc.constantFrom('yes', 'no', 'not-now', 'declined', 'answered')), { maxLength: 60 }), (moves) => {
        let session = start(DEFAULT_CONVERSATION_GUIDE);
        let clock = 0;
        for (const [stepId, value] of moves) {
          const skippedBefore = expectSuccess(skippedSteps(session, DEFAULT_CONVERSATION_GUIDE)).some((skip) => skip.stepId === stepId);
          const result = answerStep(session, DEFAULT_CONVERSATION_GUIDE, { stepId, answer: value, now: at(++clock) });
          if (result.ok) {
            expect(skippedBefore).toBe(false);
            session = result.value;
          } else expectFailure(result);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on hostile input', () => {
    const session = start();
    const valid = { stepId: 'may-talk', answer: 'yes', now: at(5) };
    fc.assert(fc.property(anyInput, anyInput, anyInput, (a, b, c) => expectFailure(answerStep(a, b, c))));
    fc.assert(fc.property(anyInput, (data) => expectFailure(answerStep(session, chain, data))));
    fc.assert(
      fc.property(corruptSomewhere(valid), corruptSomewhere(session), (data, corrupted) => {
        for (const result of [answerStep(session, chain, data), answerStep(corrupted, chain, valid)]) {
          if (result.ok) expectSuccess(parseConversationSession(result.value));
          else expectFailure(result);
        }
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const session = deepFreeze(start());
    const guide = deepFreeze(structuredClone(chain));
    const data = deepFreeze({ stepId: 'may-talk', answer: 'yes', now: at(5) });
    const next = expectSuccess(answerStep(session, guide, data));
    expect(session.answers).toEqual([]);
    expect(next.answers).toHaveLength(1);
    expect(guide).toEqual(chain);
  });
});
