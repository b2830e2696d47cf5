import { compile } from 'zod/mini';

/**
 * zod's schema compiler, kept in a module of its own so browser builds can swap it out: the
 * package's `browser` field maps this file to `zod-compile.browser.js`, which leaves the ~90 kB
 * compiler (and its `new Function`) out of every widget bundle. Node keeps the fast path.
 */
export const zodCompile: typeof compile | undefined = compile;
