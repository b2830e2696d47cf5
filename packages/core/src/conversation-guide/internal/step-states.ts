import type { ConversationAnswer, ConversationGuide, ConversationPhase, ConversationStep } from '../conversation-guide.schema.js';
import type { ConversationSession } from '../conversation-session.schema.js';

/** Where one step of a guide stands in a session, derived from the answer log. */
export type StepState =
  | { readonly status: 'open' }
  | { readonly status: 'deferred' }
  | { readonly status: 'waiting'; readonly permissionStepId: string; readonly deferred: boolean }
  | { readonly status: 'done'; readonly answer: ConversationAnswer }
  | {
      readonly status: 'skipped';
      readonly permissionStepId: string;
      readonly answer: 'no' | 'declined';
      readonly viaStepId: string;
    };

export interface StepEntry {
  readonly phase: ConversationPhase;
  readonly step: ConversationStep;
  readonly state: StepState;
}

const REFUSALS = new Set<ConversationAnswer>(['no', 'declined']);

/**
 * Works out every step's state in guide order. Dependencies always point to earlier steps (the
 * guide schema guarantees it), so one pass settles transitive skips. A skip wins over anything
 * the log says about the step itself.
 */
export function stepStates(guide: ConversationGuide, session: ConversationSession): StepEntry[] {
  const finalAnswers = new Map<string, ConversationAnswer>();
  const deferred = new Set<string>();
  for (const record of session.answers) {
    if (record.answer === 'not-now') deferred.add(record.stepId);
    else if (!finalAnswers.has(record.stepId)) finalAnswers.set(record.stepId, record.answer);
  }

  const states = new Map<string, StepState>();
  const entries: StepEntry[] = [];
  for (const phase of guide.phases) {
    for (const step of phase.steps) {
      const state = stateOf(step, states, finalAnswers, deferred);
      states.set(step.id, state);
      entries.push({ phase, step, state });
    }
  }
  return entries;
}

function stateOf(
  step: ConversationStep,
  states: ReadonlyMap<string, StepState>,
  finalAnswers: ReadonlyMap<string, ConversationAnswer>,
  deferred: ReadonlySet<string>,
): StepState {
  let waiting: StepState | undefined;
  for (const dependsOn of step.dependsOn ?? []) {
    const dependency = states.get(dependsOn);
    if (dependency === undefined) continue;
    if (dependency.status === 'skipped') {
      return { status: 'skipped', permissionStepId: dependency.permissionStepId, answer: dependency.answer, viaStepId: dependsOn };
    }
    if (dependency.status === 'done' && REFUSALS.has(dependency.answer)) {
      return { status: 'skipped', permissionStepId: dependsOn, answer: dependency.answer as 'no' | 'declined', viaStepId: dependsOn };
    }
    if (waiting === undefined && !(dependency.status === 'done' && dependency.answer === 'yes')) {
      const blockedBy = dependency.status === 'waiting' ? dependency.permissionStepId : dependsOn;
      const isDeferred = dependency.status === 'deferred' || (dependency.status === 'waiting' && dependency.deferred);
      waiting = { status: 'waiting', permissionStepId: blockedBy, deferred: isDeferred };
    }
  }
  if (waiting !== undefined) return waiting;
  const answer = finalAnswers.get(step.id);
  if (answer !== undefined) return { status: 'done', answer };
  return deferred.has(step.id) ? { status: 'deferred' } : { status: 'open' };
}
