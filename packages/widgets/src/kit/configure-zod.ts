import { z } from '@samspil/core';

// Core's schema layer never generates code, so a strict Content Security Policy (even with
// `require-trusted-types-for 'script'`) has nothing to refuse. The setting is kept, and set before
// anything validates, for code that still reads it the way it read zod's.
z.config({ jitless: true });

/** True once the kit has switched the schema layer to jitless mode; exported so tests can check the order. */
export const zodConfiguredJitless = true;
