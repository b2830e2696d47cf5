import * as z from 'zod/mini';
import { zodCompile } from './zod-compile.js';

/** Whether generated code may be tried now: never under `jitless`, and only where zod's own probe found `new Function` allowed. */
function mayGenerateCode(): boolean {
  // `jitless` first: reading `allowsEval` runs zod's one-off `new Function` probe (cached), which
  // a strict Content Security Policy reports even though the error is caught.
  if (z.config().jitless === true) return false;
  return z.util.allowsEval.value;
}

/**
 * A schema's compiled twin, built on first use, for validating thousands of records at once.
 * zod's compiler generates a fast path for valid input and falls back to the ordinary parser for
 * anything it rejects, so the issues are exactly the runtime's. Nothing is generated at import
 * time, and nothing while zod runs `jitless` (a portal under a strict Content Security Policy):
 * then, or where zod is an older 4.x without `z.compile` (the peer range starts at 4.1) or
 * compiling fails, the ordinary schema is used. `jitless` is consulted on every call until a
 * compiled twin exists, so a portal that turns it on before its first parse never sees an eval
 * attempt.
 */
export function compiledSchema<S extends z.ZodMiniType>(schema: S): () => S {
  let chosen: S | undefined;
  return () => {
    if (chosen !== undefined) return chosen;
    if (!mayGenerateCode()) return schema;
    try {
      chosen = typeof zodCompile === 'function' ? (zodCompile(schema) as unknown as S) : schema;
    } catch {
      chosen = schema;
    }
    return chosen;
  };
}
