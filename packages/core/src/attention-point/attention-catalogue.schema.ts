import * as z from '../common/schema/index.js';
import { Extensions, LocalizedLongText, LocalizedText } from '../common/schemas.js';
import { SourceReference } from '../common/source-reference.js';
import { DataCategory } from '../consent/data-category.js';
import { AgeBand } from '../family/age-bands.js';
import { AttentionCode } from './attention-code.schema.js';
import { kindFitsCategory } from './internal/kind-fits-category.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { attentionPointMessagesDa } from './messages.da.js';

learnMessages(attentionPointMessagesDa);

/**
 * Whether an attention point is something that worries (`concern`) or something that carries
 * the family (`resource`). Resources are recorded and shown beside concerns, never as an
 * afterthought: the model this catalogue follows is resource-first.
 */
export const AttentionKind = z.enum(['resource', 'concern']);
export type AttentionKind = z.infer<typeof AttentionKind>;

/**
 * The groups of the catalogue, resource groups first:
 * - `resource`: strengths, skills and communities the family or a member brings;
 * - `protective-factor`: conditions research links to better wellbeing despite risk;
 * - `child-sign`: signs in a child that may point to trauma or strain, by age band;
 * - `adult-trauma-sign`: signs in an adult that may point to trauma or strain;
 * - `post-migration-stressor`: pressures of life in exile that can start or keep trauma going;
 * - `school-daycare-sign`: what school or daycare notices, to be read with understanding;
 * - `parenting-capacity`: what helps or limits the parents' room to care (both kinds);
 * - `negative-social-control`: control that limits a young person's life and rights;
 * - `risk-factor`: circumstances that raise the chance of a hard course, not signs in themselves.
 */
export const AttentionCategory = z.enum([
  'resource',
  'protective-factor',
  'child-sign',
  'adult-trauma-sign',
  'post-migration-stressor',
  'school-daycare-sign',
  'parenting-capacity',
  'negative-social-control',
  'risk-factor',
]);
export type AttentionCategory = z.infer<typeof AttentionCategory>;


/** A short marker a portal can group entries by, e.g. `sfi-five` for SFI's five risk factors. */
export const AttentionTag = z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
export type AttentionTag = z.infer<typeof AttentionTag>;

/**
 * One entry of the attention-point catalogue: what can be noticed, for whom (age bands), how to
 * read it, how sensitive a record of it is and where the knowledge comes from.
 */
export const AttentionCatalogueEntry = z
  .strictObject({
    code: AttentionCode,
    kind: AttentionKind,
    category: AttentionCategory,
    ageBands: z.array(AgeBand).check(
      z.minLength(1),
      z.maxLength(5),
      z.refine((bands) => new Set(bands).size === bands.length, {
        params: { code: 'attention_point_catalogue_duplicate_age_band' },
      }),
    ),
    label: LocalizedText,
    guidance: z.optional(LocalizedLongText),
    sensitivity: DataCategory,
    source: SourceReference,
    tags: z.optional(z.array(AttentionTag).check(z.maxLength(10))),
    extensions: z.optional(Extensions),
  })
  .check(
    z.refine((entry) => kindFitsCategory(entry.kind, entry.category), {
      params: { code: 'attention_point_catalogue_kind_mismatch' },
      path: ['kind'],
    }),
  );
export type AttentionCatalogueEntry = z.infer<typeof AttentionCatalogueEntry>;

/** A whole catalogue: up to 2 000 entries with unique codes. */
export const AttentionCatalogue = z.array(AttentionCatalogueEntry).check(
  z.minLength(1),
  z.maxLength(2_000),
  z.superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.code)) {
        ctx.issues.push({
          code: 'custom',
          params: { code: 'attention_point_catalogue_duplicate_code', entryCode: entry.code },
          path: [index, 'code'],
          input: entry.code,
        });
      }
      seen.add(entry.code);
    });
  }),
);
export type AttentionCatalogue = z.infer<typeof AttentionCatalogue>;

/** A category described for people: its label and how to read the entries in it. */
export interface AttentionCategoryInfo {
  readonly id: AttentionCategory;
  readonly kind: AttentionKind | 'both';
  readonly label: LocalizedText;
  readonly guidance: LocalizedLongText;
}
