import * as z from '../common/schema/index.js';
import { Consent } from '../consent/consent.schema.js';
import { Actor, Family } from '../consent/internal/peer.js';
import { StatutoryBasis } from './statutory-basis.schema.js';

/**
 * What the gate decides from: the family, the actors around it, the family's consents and,
 * optionally, the statutory bases (otherwise `STATUTORY_BASES_DK` or the option).
 */
export const DisclosureFacts = z.strictObject({
  family: Family,
  actors: z.array(Actor).check(z.maxLength(500)),
  consents: z.array(Consent).check(z.maxLength(1_000)),
  statutoryBases: z.optional(z.array(StatutoryBasis).check(z.maxLength(200))),
});
export type DisclosureFacts = z.infer<typeof DisclosureFacts>;
