import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { ConversationPhaseKind, ConversationStep } from './conversation-guide.schema.js';
import { guarded } from './internal/guard.js';
import { loadSessionAndGuide } from './internal/load.js';
import { stepStates } from './internal/step-states.js';

/** The step to show next, with the phase it belongs to. */
export interface ConversationNextStep {
  readonly phaseId: string;
  readonly phaseKind: ConversationPhaseKind;
  readonly step: ConversationStep;
}

/** Options for {@link nextStep}. */
export type NextStepOptions = LocaleOptions;

/**
 * Finds the next step to show: the first step in guide order that has not been answered, is not
 * skipped by a `no`, and whose permissions have all been given. Steps put off with `not-now` (and
 * those waiting on a deferred permission) are not offered again automatically, so a person is
 * never asked twice in a row; they can still be answered on purpose. Answers `null` when nothing
 * is left or the conversation was completed or stopped. A paused conversation shows where it
 * will go on.
 *
 * @example
 * nextStep(startedSession, DEFAULT_CONVERSATION_GUIDE).value?.step.id
 * //=> 'opening.introduction'
 */
export function nextStep(session: unknown, guide: unknown, options: NextStepOptions = {}): Result<ConversationNextStep | null> {
  return guarded(options, () => {
    const loaded = loadSessionAndGuide(session, guide, options);
    if (!loaded.ok) return loaded;
    const { session: current, guide: currentGuide } = loaded.value;
    if (current.status === 'stopped' || current.status === 'completed') return ok(null);
    const next = stepStates(currentGuide, current).find(({ state }) => state.status === 'open');
    return ok(next === undefined ? null : { phaseId: next.phase.id, phaseKind: next.phase.kind, step: next.step });
  });
}
