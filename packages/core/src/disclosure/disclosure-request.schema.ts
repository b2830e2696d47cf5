import * as z from '../common/schema/index.js';
import { Id, IsoDateTime } from '../common/schemas.js';
import { DataCategory } from '../consent/data-category.js';
import { repeatedIds } from '../common/internal/repeated-ids.js';

/** `share`: an ordinary disclosure; `notify`: a notification of concern (underretning). */
export const DisclosureAction = z.enum(['share', 'notify']);
export type DisclosureAction = z.infer<typeof DisclosureAction>;

const noDuplicates = (field: 'subjectIds' | 'categories') =>
  z.superRefine((request: { subjectIds: readonly string[]; categories: readonly string[] }, ctx) => {
    for (const { index, id } of repeatedIds(request[field])) {
      ctx.issues.push({ code: 'custom', params: { code: 'duplicate_id', id }, path: [field, index], input: request });
    }
  });

/**
 * A question to the disclosure gate: may `fromActorId` give `toActorId` these categories of
 * information about these family members, for this purpose, at `at`? `necessity` states why
 * the disclosure is necessary, which some statutory bases require.
 */
export const DisclosureRequest = z
  .strictObject({
    id: z.optional(Id),
    familyId: z.optional(Id),
    fromActorId: Id,
    toActorId: Id,
    subjectIds: z.array(Id).check(z.minLength(1), z.maxLength(30)),
    categories: z.array(DataCategory).check(z.minLength(1), z.maxLength(6)),
    purpose: Id,
    at: IsoDateTime,
    action: z.optional(DisclosureAction),
    necessity: z.optional(z.string().check(z.minLength(1), z.maxLength(2_000))),
  })
  .check(noDuplicates('subjectIds'), noDuplicates('categories'));
export type DisclosureRequest = z.infer<typeof DisclosureRequest>;

/** One piece of the decision: one category of information about one person. */
export const DisclosurePair = z.strictObject({ subjectId: Id, category: DataCategory });
export type DisclosurePair = z.infer<typeof DisclosurePair>;
