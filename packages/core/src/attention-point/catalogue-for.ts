import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import { AgeBand } from '../family/age-bands.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { AttentionCategory, type AttentionCatalogueEntry, AttentionKind } from './attention-catalogue.schema.js';
import { readCatalogue } from './internal/read-catalogue.js';

/** Which entries `catalogueFor` keeps; every filter given must match. */
export const CatalogueFilter = z.strictObject({
  ageBand: z.optional(AgeBand),
  category: z.optional(AttentionCategory),
  kind: z.optional(AttentionKind),
});
export type CatalogueFilter = z.infer<typeof CatalogueFilter>;

/** What `catalogueFor` takes besides its input; `locale` picks the language of issue messages. */
export interface CatalogueForOptions extends LocaleOptions {
  /**
   * The catalogue to filter: `ATTENTION_POINT_CATALOGUE`, or e.g. the result of `mergeCatalogue`.
   * Required (`required` at `['catalogue']` when missing): core never loads the shipped one itself.
   */
  readonly catalogue: unknown;
}

/**
 * The catalogue entries that fit a member's age band, a category and/or a kind, in catalogue
 * order (resources and protective factors first), so an observation form shows only what
 * applies to the person in front of it.
 *
 * @example
 * catalogueFor({ ageBand: '5', category: 'child-sign' }, { catalogue: ATTENTION_POINT_CATALOGUE }).value.map((entry) => entry.code).slice(0, 2)
 * //=> ['child-clinging', 'child-separation-anxiety']
 */
export function catalogueFor(filter: unknown, options: CatalogueForOptions): Result<readonly AttentionCatalogueEntry[]> {
  const opts: Partial<CatalogueForOptions> = options ?? {};
  const parsed = parseInput(CatalogueFilter, filter ?? {}, opts);
  if (!parsed.ok) return parsed;
  const catalogue = readCatalogue(opts.catalogue, opts);
  if (!catalogue.ok) return catalogue;
  const { ageBand, category, kind } = parsed.value;
  return ok(
    catalogue.value.filter(
      (entry) =>
        (ageBand === undefined || entry.ageBands.includes(ageBand)) &&
        (category === undefined || entry.category === category) &&
        (kind === undefined || entry.kind === kind),
    ),
  );
}
