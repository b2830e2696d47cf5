import { preparedChecklists, type PreparedChecklistState } from './prepared-checklist-store.js';

/** The state behind a genuine `PreparedChecklist` handle, or `undefined` for anything else (never throws: a WeakMap lookup runs no traps). */
export function preparedChecklistState(value: unknown): PreparedChecklistState | undefined {
  return typeof value === 'object' && value !== null ? preparedChecklists.get(value) : undefined;
}
