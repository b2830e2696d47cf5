import * as z from 'zod/mini';

// zod decides at schema construction whether it may compile parsers with `new Function`; the
// probe itself is reported as a violation under `require-trusted-types-for 'script'`. Import this
// module before anything that builds a schema (every kit module that imports `@samspil/core`
// imports it first), so core's schemas are built jitless.
z.config({ jitless: true });

/** True once the kit has switched zod to jitless mode; exported so tests can check the order. */
export const zodConfiguredJitless = true;
