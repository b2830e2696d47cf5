import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import type { Result } from '../result/result.js';
import { type FieldVisit, SubmittedFieldVisit } from './field-visit.schema.js';
import { parseFieldVisitDraft } from './parse-field-visit-draft.js';

/** Options for {@link parseFieldVisit}. */
export type ParseFieldVisitOptions = LocaleOptions;

/**
 * Reads a field visit in either state: a record with `status: 'submitted'` is held to every submit
 * rule that needs no outside facts, anything else is read as a lenient draft.
 *
 * @example
 * parseFieldVisit({ id: 'v1', familyId: 'f1', kind: 'home', status: 'submitted' }).ok
 * //=> false
 */
export function parseFieldVisit(input: unknown, options: ParseFieldVisitOptions = {}): Result<FieldVisit> {
  let submitted: boolean;
  try {
    submitted = input !== null && typeof input === 'object' && (input as { status?: unknown }).status === 'submitted';
  } catch {
    return fail([createIssue('unreadable_input', [], undefined, options)]);
  }
  return submitted ? parseInput(SubmittedFieldVisit, input, options) : parseFieldVisitDraft(input, options);
}
