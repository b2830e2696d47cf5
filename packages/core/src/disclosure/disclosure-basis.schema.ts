import * as z from '../common/schema/index.js';
import { Id, ShortText } from '../common/schemas.js';

/**
 * The ground a disclosure rests on. The gate permits nothing without one, and the ledger
 * records it with every disclosure so the family can see why information was shared.
 * - `consent`: a valid consent covering recipient, purpose, categories and subjects;
 * - `statutory`: a provision from the configured list of statutory bases (with its citation);
 * - `same-authority`: sender and recipient belong to the same public authority;
 * - `duty-to-notify`: a notification of concern (underretning), which a missing consent never blocks.
 */
export const DisclosureBasis = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('consent'), consentId: Id }),
  z.strictObject({ kind: z.literal('statutory'), basisId: Id, citation: ShortText }),
  z.strictObject({ kind: z.literal('same-authority'), authorityId: Id }),
  z.strictObject({ kind: z.literal('duty-to-notify'), basisId: Id, citation: ShortText }),
]);
export type DisclosureBasis = z.infer<typeof DisclosureBasis>;
