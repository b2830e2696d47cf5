import type { ChecklistInstance, ChecklistItemTemplate, ChecklistTemplate } from '../checklist.schema.js';

/** What a `PreparedChecklist` handle stands for: validated, frozen copies and the template's items by id. */
export interface PreparedChecklistState {
  readonly instance: ChecklistInstance;
  readonly template: ChecklistTemplate;
  /** Template items by id, in template order. */
  readonly items: ReadonlyMap<string, ChecklistItemTemplate>;
}

/**
 * The state behind each `PreparedChecklist` handle. Only core's prepared functions write here,
 * so a look-alike object built by a caller is never taken for a validated checklist.
 */
export const preparedChecklists = new WeakMap<object, PreparedChecklistState>();
