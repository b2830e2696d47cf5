import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Result } from '../result/result.js';
import { ChecklistInstance } from './checklist.schema.js';

/** Options for `parseChecklistInstance`: only the language of issues. */
export type ParseChecklistInstanceOptions = LocaleOptions;

/**
 * Validates one family's checklist as stored: shape, unique item ids, and a completion date on
 * exactly the items marked done. It does not need the template; functions that change an
 * instance also check it against its template.
 *
 * @example
 * parseChecklistInstance(stored).ok
 * //=> true
 */
export function parseChecklistInstance(input: unknown, options: ParseChecklistInstanceOptions = {}): Result<ChecklistInstance> {
  return parseInput(ChecklistInstance, input, options);
}
