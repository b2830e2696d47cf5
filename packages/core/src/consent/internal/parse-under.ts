import type * as z from '../../common/schema/index.js';
import { issuesUnder } from '../../common/internal/issues-under.js';
import { parseInput } from '../../common/parse-input.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { fail } from '../../result/fail.js';
import type { Result } from '../../result/result.js';

/** `parseInput` for one of several inputs: issue paths start with the input's name. */
export function parseUnder<S extends z.ZodMiniType>(schema: S, input: unknown, name: string, options: LocaleOptions): Result<z.output<S>> {
  const parsed = parseInput(schema, input, options);
  return parsed.ok ? parsed : fail(issuesUnder(parsed, [name]));
}
