import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ConversationPhaseKind } from './conversation-guide.schema.js';
import type { ConversationSessionStatus } from './conversation-session.schema.js';
import { guarded } from './internal/guard.js';
import { loadSessionAndGuide } from './internal/load.js';
import { type StepEntry, stepStates } from './internal/step-states.js';

/**
 * Step counts: `done` answered, `skipped` left out after a `no`, `remaining` neither of those;
 * `deferred` counts the remaining steps put off with `not-now` or waiting on a deferred permission.
 */
export interface ConversationStepCounts {
  readonly total: number;
  readonly done: number;
  readonly skipped: number;
  readonly remaining: number;
  readonly deferred: number;
}

/** Progress in one phase. */
export interface ConversationPhaseProgress extends ConversationStepCounts {
  readonly phaseId: string;
  readonly kind: ConversationPhaseKind;
}

/** Progress through a whole conversation. */
export interface ConversationProgress extends ConversationStepCounts {
  readonly status: ConversationSessionStatus;
  readonly phases: readonly ConversationPhaseProgress[];
  /** Whether the follow-up and referral-offer steps both have a final answer. */
  readonly closingRecorded: boolean;
}

/** Options for {@link sessionProgress}. */
export type SessionProgressOptions = LocaleOptions;

const count = (entries: readonly StepEntry[]): ConversationStepCounts => {
  const done = entries.filter(({ state }) => state.status === 'done').length;
  const skipped = entries.filter(({ state }) => state.status === 'skipped').length;
  const deferred = entries.filter(
    ({ state }) => state.status === 'deferred' || (state.status === 'waiting' && state.deferred),
  ).length;
  return { total: entries.length, done, skipped, remaining: entries.length - done - skipped, deferred };
};

/**
 * Summarises how far a conversation has come, per phase and in total, so a widget can show
 * progress and a later conversation can pick up what was put off.
 *
 * @example
 * sessionProgress(startedSession, DEFAULT_CONVERSATION_GUIDE).value.phases[0]
 * //=> { phaseId: 'opening', kind: 'opening', total: 6, done: 0, skipped: 0, remaining: 6, deferred: 0 }
 */
export function sessionProgress(session: unknown, guide: unknown, options: SessionProgressOptions = {}): Result<ConversationProgress> {
  return guarded(options, () => {
    const loaded = loadSessionAndGuide(session, guide, options);
    if (!loaded.ok) return loaded;
    const { session: current, guide: currentGuide } = loaded.value;
    const entries = stepStates(currentGuide, current);
    const phases = currentGuide.phases.map((phase) => ({
      phaseId: phase.id,
      kind: phase.kind,
      ...count(entries.filter((entry) => entry.phase === phase)),
    }));
    const closingRecorded = entries
      .filter(({ step }) => step.kind === 'closing-follow-up' || step.kind === 'closing-referral')
      .every(({ state }) => state.status === 'done');
    return ok({ status: current.status, ...count(entries), phases, closingRecorded });
  });
}
