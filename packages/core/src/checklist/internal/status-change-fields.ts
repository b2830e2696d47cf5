import * as z from '../../common/schema/index.js';
import { Id, IsoDate, LongText } from '../../common/schemas.js';
import { ChecklistItemStatus } from '../checklist.schema.js';

/** The fields a status change reads from its options object. */
export const StatusChangeFields = z.object({
  itemId: Id,
  status: ChecklistItemStatus,
  doneOn: z.optional(IsoDate),
  note: z.optional(LongText),
});
