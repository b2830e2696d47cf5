import * as z from '../common/schema/index.js';
import { Id, LocalizedLongText, LocalizedText } from '../common/schemas.js';
import { SourceReference } from '../common/source-reference.js';

/** One entry of the purpose catalogue: the id consents and requests use, what it means, and where it comes from. */
export const ConsentPurposeEntry = z.strictObject({
  id: Id,
  label: LocalizedText,
  description: LocalizedLongText,
  source: SourceReference,
});
export type ConsentPurposeEntry = z.infer<typeof ConsentPurposeEntry>;
