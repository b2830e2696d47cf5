import * as z from '../common/schema/index.js';

// A module of its own: a field visit names catalogue codes without needing the catalogue's schema.

/** A stable catalogue code in kebab-case, e.g. `child-sleep-problems`. */
export const AttentionCode = z.string().check(z.minLength(2), z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
export type AttentionCode = z.infer<typeof AttentionCode>;
