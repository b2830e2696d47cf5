import type { compile } from 'zod/mini';

/**
 * The browser stand-in for `zod-compile.ts`: no compiler. Widgets run zod jitless under a strict
 * Content Security Policy anyway, and validate one record at a time, where compiling buys nothing.
 */
export const zodCompile: typeof compile | undefined = undefined;
