import * as z from '../common/schema/index.js';
import { Id, LocalizedLongText, LocalizedText, ShortText } from '../common/schemas.js';
import { SourceReference } from '../common/source-reference.js';
import { DataCategory } from '../consent/data-category.js';
import { ActorSector } from '../consent/internal/peer.js';

/** Sectors a statutory basis allows as sender or recipient: a list, or `'any'`. */
export const StatutorySectors = z.union([z.literal('any'), z.array(ActorSector).check(z.minLength(1), z.maxLength(50))]);
export type StatutorySectors = z.infer<typeof StatutorySectors>;

/**
 * Age limits (whole years, inclusive) on the people a basis lets information be shared about.
 * `every-subject`: each person must be within them; `any-subject`: the request must concern at
 * least one such person (e.g. a child, together with the child's parents). For an exchange the
 * age must certainly be within the limits; for a duty to notify it is enough that it may be.
 */
export const StatutorySubjectAge = z
  .strictObject({
    minYears: z.optional(z.int().check(z.minimum(0), z.maximum(150))),
    maxYears: z.optional(z.int().check(z.minimum(0), z.maximum(150))),
    scope: z.enum(['every-subject', 'any-subject']),
  })
  .check(
    z.refine((age) => age.minYears === undefined || age.maxYears === undefined || age.minYears <= age.maxYears, {
      params: { code: 'date_order' },
      path: ['maxYears'],
    }),
  );
export type StatutorySubjectAge = z.infer<typeof StatutorySubjectAge>;

/**
 * A provision that lets information be shared without consent, with its conditions as data:
 * which sectors may send and receive, which categories, which ages, for which purposes, and
 * whether the sender must state why the disclosure is necessary. `duty-to-notify` bases apply
 * only to requests with action `notify` and are never blocked by a missing consent.
 */
export const StatutoryBasis = z.strictObject({
  id: Id,
  kind: z.enum(['exchange', 'duty-to-notify']),
  citation: ShortText,
  label: LocalizedText,
  description: LocalizedLongText,
  senderSectors: StatutorySectors,
  recipientSectors: StatutorySectors,
  categories: z.array(DataCategory).check(z.minLength(1), z.maxLength(6)),
  subjectAge: z.optional(StatutorySubjectAge),
  /** When present, the request's purpose must be one of these. */
  purposes: z.optional(z.array(Id).check(z.minLength(1), z.maxLength(50))),
  requiresNecessity: z.boolean(),
  /** False until the kommune's lawyers have confirmed the paragraph and its scope. */
  verified: z.boolean(),
  source: SourceReference,
});
export type StatutoryBasis = z.infer<typeof StatutoryBasis>;
