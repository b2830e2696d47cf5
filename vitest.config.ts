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
  },
});
