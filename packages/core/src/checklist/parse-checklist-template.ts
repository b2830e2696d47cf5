import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Result } from '../result/result.js';
import { ChecklistTemplate } from './checklist.schema.js';

/** Options for `parseChecklistTemplate`: only the language of issues. */
export type ParseChecklistTemplateOptions = LocaleOptions;

/**
 * Validates a checklist template from a plugin, a portal or storage: its shape, unique ids,
 * dependencies that exist and form no cycle, and deadlines that use declared anchors. Answers
 * with the template as parsed (unknown keys are an issue, never silently dropped).
 *
 * @example
 * parseChecklistTemplate({ ...template, phases: [] }).ok
 * //=> false
 */
export function parseChecklistTemplate(input: unknown, options: ParseChecklistTemplateOptions = {}): Result<ChecklistTemplate> {
  return parseInput(ChecklistTemplate, input, options);
}
