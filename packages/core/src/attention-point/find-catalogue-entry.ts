import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { AttentionCatalogueEntry } from './attention-catalogue.schema.js';
import { AttentionCode } from './attention-code.schema.js';
import { readCatalogue } from './internal/read-catalogue.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { attentionPointMessagesDa } from './messages.da.js';

learnMessages(attentionPointMessagesDa);

/** What `findCatalogueEntry` takes besides its input; `locale` picks the language of issue messages. */
export interface FindCatalogueEntryOptions extends LocaleOptions {
  /** The catalogue to search, e.g. `ATTENTION_POINT_CATALOGUE`. Required (`required` at `['catalogue']` when missing). */
  readonly catalogue: unknown;
}

/**
 * Looks up one catalogue entry by its code, e.g. to show the label and guidance of a recorded
 * attention point. Answers `attention_point_unknown_code` when no entry has the code.
 *
 * @example
 * findCatalogueEntry('family-cohesion', { catalogue: ATTENTION_POINT_CATALOGUE, locale: 'en' }).value.label.en
 * //=> 'The family sticks together and supports each other'
 */
export function findCatalogueEntry(code: unknown, options: FindCatalogueEntryOptions): Result<AttentionCatalogueEntry> {
  const opts: Partial<FindCatalogueEntryOptions> = options ?? {};
  const parsed = parseInput(AttentionCode, code, opts);
  if (!parsed.ok) return fail(parsed.issues.map((issue) => ({ ...issue, path: ['code', ...issue.path] })));
  const catalogue = readCatalogue(opts.catalogue, opts);
  if (!catalogue.ok) return catalogue;
  const entry = catalogue.value.find((candidate) => candidate.code === parsed.value);
  if (entry === undefined) return fail([createIssue('attention_point_unknown_code', ['code'], { code: parsed.value }, opts)]);
  return ok(entry);
}
