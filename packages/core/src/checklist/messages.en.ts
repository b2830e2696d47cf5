import type { MessageTemplate } from '../i18n/message-template.js';
import type { checklistMessagesDa } from './messages.da.js';

/** English messages for issues about checklists. */
export const checklistMessagesEn = {
  checklist_owner_missing: 'Give a sector, a role or both as responsible for the item.',
  checklist_empty_offset: 'The deadline needs a number of days, weeks or months.',
  checklist_unknown_anchor: 'The deadline refers to the date "{anchor}", which the template does not declare.',
  checklist_unknown_dependency: 'The item depends on "{id}", which is not in the template.',
  checklist_dependency_cycle: 'Items depend on each other in a circle ({cycle}), so none of them could ever be done.',
  checklist_done_on_mismatch: 'A completion date belongs only to items marked done, and every done item needs one.',
  checklist_blocked: 'The item "{itemId}" cannot be marked done yet: it is waiting for {blockedBy}.',
  checklist_has_done_dependents: 'The item "{itemId}" cannot be reopened while {dependents} is marked done. Reopen those first.',
  checklist_unknown_item: 'The checklist has no item with the id "{itemId}".',
  checklist_missing_item: 'The template item "{itemId}" is missing from the checklist.',
  checklist_template_mismatch: 'The checklist was made from template "{templateId}" version {templateVersion}, not from the template given.',
  checklist_duplicate_template: 'The template "{id}" version {version} already exists.',
  checklist_date_out_of_range: 'The computed deadline falls outside the supported range of dates.',
} satisfies Record<keyof typeof checklistMessagesDa, MessageTemplate>;
