import type { PreparedChecklist } from '../prepare-checklist.js';
import { type PreparedChecklistState, preparedChecklists } from './prepared-checklist-store.js';

/** Wraps validated, frozen state in a new frozen handle and registers it as genuine. */
export function registerPreparedChecklist(state: PreparedChecklistState): PreparedChecklist {
  const handle: PreparedChecklist = Object.freeze({ kind: 'prepared-checklist', instance: state.instance, template: state.template });
  preparedChecklists.set(handle, state);
  return handle;
}
