import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Result } from '../result/result.js';
import { FieldVisitDraft } from './field-visit.schema.js';

/** Options for {@link parseFieldVisitDraft}. */
export type ParseFieldVisitDraftOptions = LocaleOptions;

/**
 * Reads a field visit being written. Lenient about what is missing, so a half-written visit can be
 * saved at any point (only id, family and kind are needed); strict about what is there (a date must
 * be a real date, an unknown field is reported). Missing lists come back empty.
 *
 * @example
 * parseFieldVisitDraft({ id: 'v1', familyId: 'f1', kind: 'home' }).value.status
 * //=> 'draft'
 */
export function parseFieldVisitDraft(input: unknown, options: ParseFieldVisitDraftOptions = {}): Result<FieldVisitDraft> {
  return parseInput(FieldVisitDraft, input, options);
}
