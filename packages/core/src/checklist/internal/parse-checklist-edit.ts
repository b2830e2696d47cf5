import type * as z from '../../common/schema/index.js';
import { issuesUnder } from '../../common/internal/issues-under.js';
import { parseInput } from '../../common/parse-input.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { type InstanceWithTemplate, parseInstanceWithTemplate } from './parse-instance-with-template.js';

/** A checklist with its template, and the edit's own fields read from the options. */
export interface ChecklistEdit<F> extends InstanceWithTemplate {
  readonly fields: F;
}

/**
 * The shared opening of an edit to one checklist: the instance with the template it comes from,
 * and the edit's fields (`Fields` read from the options object), with every issue of both
 * reported at once, the checklist's first.
 */
export function parseChecklistEdit<S extends z.ZodMiniType>(
  instance: unknown,
  template: unknown,
  Fields: S,
  options: LocaleOptions,
): Result<ChecklistEdit<z.infer<S>>> {
  const pair = parseInstanceWithTemplate(instance, template, options);
  const fields = parseInput(Fields, options, options);
  if (!pair.ok || !fields.ok) return fail([...issuesUnder(pair), ...issuesUnder(fields)]);
  return ok({ ...pair.value, fields: fields.value });
}
