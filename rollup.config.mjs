// Builds every publishable package to ESM with declarations. Dependencies stay bare imports so
// a portal's bundler deduplicates them; one module per source file keeps tree-shaking exact.
import typescript from '@rollup/plugin-typescript';
import { readdirSync } from 'node:fs';

const librarySources = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !/\.(test|bench)\.ts$/.test(file) && !/fixtures[^/]*\.ts$/.test(file))
    .map((file) => `${dir}/${file}`);

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: librarySources('packages/core/src'),
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    output: {
      dir: 'packages/core/dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'packages/core/src',
      sourcemap: true,
    },
    plugins: [typescript({ tsconfig: 'packages/core/tsconfig.build.json' })],
    // Type-only modules compile to nothing; that is expected, not worth a warning.
    onwarn(warning, warn) {
      if (warning.code !== 'EMPTY_BUNDLE') warn(warning);
    },
  },
];
