import type { MessageTemplate } from '../i18n/message-template.js';
import type { conversationGuideMessagesDa } from './messages.da.js';

/** English messages for issues about conversation guides. */
export const conversationGuideMessagesEn = {
  conversation_guide_dependency_not_permission: 'Step "{stepId}" may only depend on a permission step, and "{dependsOn}" is not one.',
  conversation_guide_dependency_order: 'Permission step "{dependsOn}" must come before step "{stepId}", which depends on it.',
  conversation_guide_dependency_cycle: 'Step "{stepId}" depends on itself, directly or through other steps.',
  conversation_guide_phase_order: 'Phases must come in the order opening, exploration, closing.',
  conversation_guide_closing_last: 'A guide must end with exactly one closing phase.',
  conversation_guide_closing_step_missing: 'The closing phase has no step of kind "{kind}".',
  conversation_guide_closing_step_repeated: 'The closing phase may have only one step of kind "{kind}".',
  conversation_guide_closing_step_misplaced: 'Steps of kind "{kind}" belong in the closing phase.',
  conversation_guide_closing_step_conditional: 'Step "{stepId}" is part of the closing and must not depend on a permission.',
  conversation_guide_answer_repeated: 'The answer "{answer}" is listed more than once.',
  conversation_guide_permission_answers: 'A permission step must accept "yes" and "no" and cannot be marked "answered".',
  conversation_guide_decline_missing: 'The person must always be able to decline: add the answer "declined" to step "{stepId}".',
  conversation_guide_no_final_answer: 'Step "{stepId}" needs an answer other than "not now".',
  conversation_guide_duplicate: 'Conversation guide "{id}" version {version} already exists.',
  conversation_session_inconsistent: 'The conversation record contradicts itself ({field}).',
  conversation_session_guide_mismatch: 'The conversation belongs to guide "{sessionGuideId}" version {sessionGuideVersion}, not "{guideId}" version {guideVersion}.',
  conversation_session_not_in_progress: (p) =>
    p.status === 'paused'
      ? 'The conversation is paused. Resume it before recording answers.'
      : 'The conversation is not in progress, so nothing more can be recorded in it.',
  conversation_session_closed: 'The conversation has been completed or stopped and cannot be changed.',
  conversation_session_not_paused: 'The conversation is not paused.',
  conversation_session_time_order: 'The time is earlier than what the conversation already records.',
  conversation_session_step_skipped: 'Step "{stepId}" is skipped because the answer at "{permissionStepId}" was no.',
  conversation_session_step_blocked: 'Step "{stepId}" is waiting for a yes at "{permissionStepId}".',
  conversation_session_step_already_answered: 'Step "{stepId}" has already been answered.',
  conversation_session_answer_not_allowed: 'The answer "{answer}" cannot be used at step "{stepId}".',
  conversation_session_note_not_allowed: 'Notes cannot be written at step "{stepId}".',
  conversation_session_closing_detail_misplaced: '"{field}" can only be recorded at the closing step it concerns, with a fitting answer.',
  conversation_session_closing_incomplete: 'The conversation can be completed once step "{stepId}" has been answered.',
} satisfies Record<keyof typeof conversationGuideMessagesDa, MessageTemplate>;
