import * as z from '../../common/schema/index.js';
import { Id } from '../../common/schemas.js';

/** The fields an assignment reads from its options object; `actorId: null` removes the owner. */
export const AssignFields = z.object({ itemId: Id, actorId: z.nullable(Id) });
