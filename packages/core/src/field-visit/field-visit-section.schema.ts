import * as z from '../common/schema/index.js';
import { LocalizedLongText, LocalizedText, ShortText } from '../common/schemas.js';
import { SourceReference } from '../common/source-reference.js';
import { FieldVisitKind, FieldVisitSectionId } from './field-visit.schema.js';

/**
 * A section of the visit form as data: its label and hint in both languages, the record fields it
 * covers, whether the family may decline it, and for which kinds of visit it must be filled in or
 * declined before submitting.
 */
export const FieldVisitSection = z.strictObject({
  id: FieldVisitSectionId,
  label: LocalizedText,
  hint: LocalizedLongText,
  fields: z.array(ShortText).check(z.minLength(1), z.maxLength(20)),
  declinable: z.boolean(),
  requiredFor: z.array(FieldVisitKind).check(z.maxLength(2)),
  source: SourceReference,
});
export type FieldVisitSection = z.infer<typeof FieldVisitSection>;
