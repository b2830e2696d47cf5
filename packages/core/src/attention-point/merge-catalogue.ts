import { createIssue } from '../issues/create-issue.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { parseInput } from '../common/parse-input.js';
import { deepFreezeData } from '../common/internal/deep-freeze-data.js';
import { AttentionCatalogue, type AttentionCatalogueEntry } from './attention-catalogue.schema.js';
import { prefix, readCatalogue } from './internal/read-catalogue.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { attentionPointMessagesDa } from './messages.da.js';

learnMessages(attentionPointMessagesDa);

/** What `mergeCatalogue` takes besides its input; `locale` picks the language of issue messages. */
export interface MergeCatalogueOptions extends LocaleOptions {
  /** When true, an addition whose code already exists replaces that entry in place. */
  readonly replace?: boolean;
}

/**
 * Adds a plugin's entries to a catalogue and answers with a new, validated catalogue, frozen all the
 * way down like the shipped one (so the functions that take it validate it once). A code
 * that already exists is reported as `attention_point_catalogue_duplicate_code` unless
 * `replace: true`, in which case the addition takes the existing entry's place. New entries are
 * appended. `base` is required (`required` at `['base']` when missing); pass
 * `ATTENTION_POINT_CATALOGUE` to extend the shipped catalogue.
 *
 * @example
 * mergeCatalogue(ATTENTION_POINT_CATALOGUE, [{ ...entry, code: 'kommune-local-sign' }]).value.length
 * //=> ATTENTION_POINT_CATALOGUE.length + 1
 */
export function mergeCatalogue(
  base: unknown,
  additions: unknown,
  options: MergeCatalogueOptions = {},
): Result<readonly AttentionCatalogueEntry[]> {
  const baseResult = readCatalogue(base, options, ['base']);
  const added = parseInput(AttentionCatalogue, additions, options);
  const issues = [...(baseResult.ok ? [] : baseResult.issues), ...(added.ok ? [] : prefix(added.issues, ['additions']))];
  if (!baseResult.ok || !added.ok) return fail(issues);
  const replace = options.replace === true;
  const merged = [...baseResult.value];
  const positions = new Map(merged.map((entry, index) => [entry.code, index]));
  const duplicates = added.value.flatMap((entry, index) => {
    const position = positions.get(entry.code);
    if (position === undefined) {
      positions.set(entry.code, merged.length);
      merged.push(entry);
      return [];
    }
    if (replace) {
      merged[position] = entry;
      return [];
    }
    return [createIssue('attention_point_catalogue_duplicate_code', ['additions', index, 'code'], { entryCode: entry.code }, options)];
  });
  if (duplicates.length > 0) return fail(duplicates);
  const checked = parseInput(AttentionCatalogue, merged, options);
  return checked.ok ? ok(deepFreezeData(checked.value)) : checked;
}
