import { parseInput } from '../../common/parse-input.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import type { Issue } from '../../issues/issue.js';
import { fail } from '../../result/fail.js';
import type { Result } from '../../result/result.js';
import { AttentionCatalogue, type AttentionCatalogueEntry } from '../attention-catalogue.schema.js';
import { parseOnceWhenFrozen } from './frozen-input.js';

// Never import the shipped catalogue here: every bundle that calls a catalogue function would
// carry its data (decision 0009). Callers pass it.
const validated = new WeakMap<object, readonly AttentionCatalogueEntry[]>();

/**
 * The catalogue a function was given, validated. A missing one is `required` at `path`; other
 * issues are reported under `path` too. A deep-frozen catalogue (such as the shipped
 * `ATTENTION_POINT_CATALOGUE`) is validated once and its frozen answer reused by identity; any
 * other is validated on every call, since the caller may have changed it in between.
 */
export function readCatalogue(
  catalogue: unknown,
  options: LocaleOptions,
  path: readonly (string | number)[] = ['catalogue'],
): Result<readonly AttentionCatalogueEntry[]> {
  if (catalogue === undefined) return fail([createIssue('required', path, undefined, options)]);
  const parsed = parseOnceWhenFrozen(validated, catalogue, (input) => parseInput(AttentionCatalogue, input, options));
  if (parsed.ok) return parsed;
  return fail(prefix(parsed.issues, path));
}

/** Puts issues found in a nested input under the path of that input. */
export function prefix(issues: readonly Issue[], path: readonly (string | number)[]): Issue[] {
  return issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
}
