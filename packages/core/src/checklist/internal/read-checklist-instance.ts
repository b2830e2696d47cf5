import { parseInput } from '../../common/parse-input.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { ChecklistInstance } from '../checklist.schema.js';
import { preparedChecklistState } from './prepared-checklist-state.js';

/** A checklist instance from either a `PreparedChecklist` handle (no validation needed) or plain input (validated). */
export function readChecklistInstance(input: unknown, options: LocaleOptions): Result<ChecklistInstance> {
  const state = preparedChecklistState(input);
  return state === undefined ? parseInput(ChecklistInstance, input, options) : ok(state.instance);
}
