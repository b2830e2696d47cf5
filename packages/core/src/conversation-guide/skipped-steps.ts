import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { guarded } from './internal/guard.js';
import { loadSessionAndGuide } from './internal/load.js';
import { stepStates } from './internal/step-states.js';

/**
 * A step left out, and why: `permissionStepId` is the permission that got the `no` (or
 * `declined`); `viaStepId` is the step it depends on directly, which differs when the skip
 * came through a chain of permissions.
 */
export interface ConversationSkippedStep {
  readonly stepId: string;
  readonly phaseId: string;
  readonly permissionStepId: string;
  readonly answer: 'no' | 'declined';
  readonly viaStepId: string;
}

/** Options for {@link skippedSteps}. */
export type SkippedStepsOptions = LocaleOptions;

/**
 * Lists the steps a conversation leaves out because the person said no to a permission, with
 * the permission each skip goes back to. This documents that a no was respected.
 *
 * @example
 * skippedSteps(sessionWithNoToFlight, DEFAULT_CONVERSATION_GUIDE).value.map((skip) => skip.stepId)
 * //=> ['flight.journey', 'flight.what-matters']
 */
export function skippedSteps(session: unknown, guide: unknown, options: SkippedStepsOptions = {}): Result<ConversationSkippedStep[]> {
  return guarded(options, () => {
    const loaded = loadSessionAndGuide(session, guide, options);
    if (!loaded.ok) return loaded;
    const { session: current, guide: currentGuide } = loaded.value;
    return ok(
      stepStates(currentGuide, current).flatMap(({ phase, step, state }) =>
        state.status === 'skipped'
          ? [
              {
                stepId: step.id,
                phaseId: phase.id,
                permissionStepId: state.permissionStepId,
                answer: state.answer,
                viaStepId: state.viaStepId,
              },
            ]
          : [],
      ),
    );
  });
}
