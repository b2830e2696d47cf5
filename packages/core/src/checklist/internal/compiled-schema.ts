import * as z from 'zod/mini';

/**
 * A schema's compiled twin, built on first use, for validating thousands of checklists at once.
 * zod's compiler generates a fast path for valid input and falls back to the ordinary parser for
 * anything it rejects, so the issues are the same. Under a strict Content Security Policy (zod
 * configured `jitless`) or if compiling fails, the ordinary schema is used and nothing is generated.
 */
export function compiledSchema<S extends z.ZodMiniType>(schema: S): () => S {
  let compiled: S | undefined;
  return () => {
    if (compiled !== undefined) return compiled;
    if (z.config().jitless === true) return schema;
    try {
      compiled = z.compile(schema);
    } catch {
      compiled = schema;
    }
    return compiled;
  };
}
