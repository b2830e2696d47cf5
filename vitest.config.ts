import { defineConfig } from 'vitest/config';

// Tests import packages by their published names; the `source` export condition points those
// names at TypeScript sources, so no build is needed before testing.
const conditions = ['source', 'import', 'module', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ['packages/core/src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup/fail-on-console.ts'],
    // Property-based tests run many cases; two cores are all CI has.
    testTimeout: 30_000,
    // Every test file imports the whole core through its barrel; with isolation each file
    // re-imports it (about two thirds of the run). Test files share no mutable state: the console
    // spies are restored after each test, and the tests that change zod's config or stub globals
    // undo it in afterEach.
    isolate: false,
  },
});
