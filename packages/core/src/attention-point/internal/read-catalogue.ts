import { parseInput } from '../../common/parse-input.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import type { Issue } from '../../issues/issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { AttentionCatalogue, type AttentionCatalogueEntry } from '../attention-catalogue.schema.js';
import { ATTENTION_POINT_CATALOGUE } from '../attention-point-catalogue.js';
import { deepFreezeData } from '../../common/internal/deep-freeze-data.js';

let shipped: readonly AttentionCatalogueEntry[] | undefined;

/**
 * The catalogue a function works with: the one in `options.catalogue` when given (validated
 * each time, since callers may build it from plugin data), otherwise the shipped catalogue
 * (validated once, then frozen and reused). Issues are reported under `path`.
 */
export function readCatalogue(
  catalogue: unknown,
  options: LocaleOptions,
  path: readonly (string | number)[] = ['catalogue'],
): Result<readonly AttentionCatalogueEntry[]> {
  if (catalogue === undefined) {
    if (shipped === undefined) {
      const parsed = parseInput(AttentionCatalogue, ATTENTION_POINT_CATALOGUE, options);
      if (!parsed.ok) return parsed;
      shipped = deepFreezeData(parsed.value);
    }
    return ok(shipped);
  }
  const parsed = parseInput(AttentionCatalogue, catalogue, options);
  if (parsed.ok) return parsed;
  return fail(prefix(parsed.issues, path));
}

/** Puts issues found in a nested input under the path of that input. */
export function prefix(issues: readonly Issue[], path: readonly (string | number)[]): Issue[] {
  return issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
}
