import * as z from 'zod/mini';

/**
 * A schema's compiled twin, built on first use. zod's compiler generates a fast path for valid
 * input and falls back to the ordinary parser for anything it rejects, so issues are exactly the
 * runtime's; validating thousands of records this way is several times faster. The ordinary
 * parser is used, and nothing is generated, where a portal runs zod jitless (a strict Content
 * Security Policy forbids generated code) or its zod is an older 4.x without `z.compile` (the
 * peer range starts at 4.1). The choice is made once, on the first call.
 */
export function compiledSchema<S extends z.ZodMiniType>(schema: S): () => S {
  let chosen: S | undefined;
  return () => {
    if (chosen === undefined) {
      const compile = (z as { compile?: (schema: S) => S }).compile;
      chosen = z.config().jitless === true || typeof compile !== 'function' ? schema : compile(schema);
    }
    return chosen;
  };
}
