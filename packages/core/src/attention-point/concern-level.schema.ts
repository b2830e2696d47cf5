import * as z from '../common/schema/index.js';

// A module of its own: a field visit records a concern's level without needing the attention-point schema.

/** The levels a concern may carry. */
export const ConcernLevel = z.enum(['observation', 'concern', 'serious']);
export type ConcernLevel = z.infer<typeof ConcernLevel>;
