import type { IssueCode } from '../../i18n/issue-code.js';
import type { ConversationAnswer, ConversationGuide, ConversationStep } from '../conversation-guide.schema.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { conversationGuideMessagesDa } from '../messages.da.js';

learnMessages(conversationGuideMessagesDa);

type GuideShape = Pick<ConversationGuide, 'phases'>;
type Report = (code: IssueCode, path: (string | number)[], params?: Record<string, string | number>) => void;

const PHASE_RANK = { opening: 0, exploration: 1, closing: 2 } as const;
const CLOSING_KINDS = ['closing-follow-up', 'closing-referral'] as const;

/**
 * The rules a guide must follow beyond its shape. Runs after the shape is valid; reports through
 * `report` so the schema can turn each finding into a zod custom issue.
 */
export function reportGuideRules(guide: GuideShape, report: Report): void {
  const stepIndex = new Map<string, { step: ConversationStep; order: number }>();
  const phaseIds = new Set<string>();
  let order = 0;

  guide.phases.forEach((phase, p) => {
    if (phaseIds.has(phase.id)) report('duplicate_id', ['phases', p, 'id'], { id: phase.id });
    phaseIds.add(phase.id);
    phase.steps.forEach((step, s) => {
      if (stepIndex.has(step.id)) report('duplicate_id', ['phases', p, 'steps', s, 'id'], { id: step.id });
      else stepIndex.set(step.id, { step, order });
      order += 1;
    });
  });

  checkPhases(guide, report);

  // Dependencies: an edge to a later (or the same) step is reported as a cycle when the target
  // can reach back to the source, otherwise as an order problem.
  guide.phases.forEach((phase, p) => {
    phase.steps.forEach((step, s) => {
      const here = stepIndex.get(step.id);
      const seen = new Set<string>();
      (step.dependsOn ?? []).forEach((dependsOn, d) => {
        const path = ['phases', p, 'steps', s, 'dependsOn', d];
        if (seen.has(dependsOn)) return report('duplicate_id', path, { id: dependsOn });
        seen.add(dependsOn);
        const target = stepIndex.get(dependsOn);
        if (target === undefined) return report('unknown_reference', path, { id: dependsOn });
        if (target.step.kind !== 'permission') {
          report('conversation_guide_dependency_not_permission', path, { stepId: step.id, dependsOn });
        }
        if (here !== undefined && target.order >= here.order) {
          const cyclic = dependsOn === step.id || reaches(dependsOn, step.id, stepIndex);
          report(cyclic ? 'conversation_guide_dependency_cycle' : 'conversation_guide_dependency_order', path, {
            stepId: step.id,
            dependsOn,
          });
        }
      });
      checkAnswers(step, ['phases', p, 'steps', s], report);
      const closingKind = (CLOSING_KINDS as readonly string[]).includes(step.kind);
      if (closingKind && phase.kind !== 'closing') {
        report('conversation_guide_closing_step_misplaced', ['phases', p, 'steps', s, 'kind'], { kind: step.kind });
      }
      if (closingKind && (step.dependsOn?.length ?? 0) > 0) {
        report('conversation_guide_closing_step_conditional', ['phases', p, 'steps', s, 'dependsOn'], { stepId: step.id });
      }
    });
  });
}

function checkPhases(guide: GuideShape, report: Report): void {
  const phases = guide.phases;
  // Refinements also run after non-fatal issues such as an empty list; that one is reported already.
  if (phases.length === 0) return;
  for (let p = 1; p < phases.length; p += 1) {
    const previous = phases[p - 1];
    const current = phases[p];
    if (previous && current && PHASE_RANK[current.kind] < PHASE_RANK[previous.kind]) {
      report('conversation_guide_phase_order', ['phases', p, 'kind']);
    }
  }
  const closingIndexes = phases.flatMap((phase, p) => (phase.kind === 'closing' ? [p] : []));
  const last = phases.length - 1;
  if (closingIndexes.length !== 1 || closingIndexes[0] !== last) {
    report('conversation_guide_closing_last', ['phases', last]);
  }
  const closing = phases[last];
  if (closing?.kind !== 'closing') return;
  for (const kind of CLOSING_KINDS) {
    const count = closing.steps.filter((step) => step.kind === kind).length;
    if (count === 0) report('conversation_guide_closing_step_missing', ['phases', last, 'steps'], { kind });
    if (count > 1) report('conversation_guide_closing_step_repeated', ['phases', last, 'steps'], { kind });
  }
}

function checkAnswers(step: ConversationStep, path: (string | number)[], report: Report): void {
  const seen = new Set<ConversationAnswer>();
  step.answers.forEach((answer, a) => {
    if (seen.has(answer)) report('conversation_guide_answer_repeated', [...path, 'answers', a], { answer });
    seen.add(answer);
  });
  if (step.kind === 'permission' && (!seen.has('yes') || !seen.has('no') || seen.has('answered'))) {
    report('conversation_guide_permission_answers', [...path, 'answers']);
  }
  if ((step.kind === 'permission' || step.kind === 'question') && !seen.has('declined')) {
    report('conversation_guide_decline_missing', [...path, 'answers'], { stepId: step.id });
  }
  if ([...seen].every((answer) => answer === 'not-now')) {
    report('conversation_guide_no_final_answer', [...path, 'answers'], { stepId: step.id });
  }
}

function reaches(from: string, to: string, steps: ReadonlyMap<string, { step: ConversationStep }>): boolean {
  const stack = [from];
  const visited = new Set<string>();
  while (stack.length > 0) {
    const current = stack.pop() as string;
    if (current === to) return true;
    if (visited.has(current)) continue;
    visited.add(current);
    stack.push(...(steps.get(current)?.step.dependsOn ?? []));
  }
  return false;
}
