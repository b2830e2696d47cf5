import * as z from '../common/schema/index.js';
import { Id } from '../common/schemas.js';
import { DataCategory } from './data-category.js';
import { Actor, ActorSector } from './internal/peer.js';

/** The parts of a receiving actor a consent's recipients are matched against. */
export const ConsentRecipientProfile = z.strictObject({
  actorId: Id,
  organisationId: z.optional(Id),
  authorityId: z.optional(Id),
  sector: z.optional(ActorSector),
});
export type ConsentRecipientProfile = z.infer<typeof ConsentRecipientProfile>;

/** A question to `consentCovers`: may this recipient get these categories about these people for this purpose? */
export const ConsentCoverageQuery = z.strictObject({
  /** An actor record or just its profile. */
  recipient: z.union([ConsentRecipientProfile, Actor]),
  purpose: Id,
  categories: z.array(DataCategory).check(z.minLength(1), z.maxLength(6)),
  subjects: z.array(Id).check(z.minLength(1), z.maxLength(30)),
});
export type ConsentCoverageQuery = z.infer<typeof ConsentCoverageQuery>;
