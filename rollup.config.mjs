// Builds every publishable package. Library builds keep dependencies as bare imports, one
// module per source file, so a portal's bundler deduplicates and tree-shakes exactly. The CDN
// build is one self-contained module for a CMS page with nothing else on it.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const isLibraryModule = (file) =>
  file.endsWith('.ts') && !/\.(test|bench)\.ts$/.test(file) && !/fixtures[^/]*\.ts$/.test(file) && !/(^|\/)testing\//.test(file);

const librarySources = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter(isLibraryModule)
    .map((file) => `${dir}/${file}`);

const isBareImport = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

// Type-only modules compile to nothing; that is expected, not worth a warning.
const onwarn = (warning, warn) => {
  if (warning.code !== 'EMPTY_BUNDLE') warn(warning);
};

// The widgets' html`` and css`` templates lose the indentation and comments that are there for
// people (Lit's own advice for production builds). Whitespace only ever collapses to one space,
// never to nothing, so text between inline elements reads the same; a template the minifier cannot
// read fails the build instead of shipping unminified.
const minifyTemplates = () =>
  minifyHtmlLiterals({
    include: ['packages/widgets/src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
  });

const library = (name) => ({
  input: librarySources(`packages/${name}/src`),
  external: isBareImport,
  output: {
    dir: `packages/${name}/dist`,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: `packages/${name}/src`,
    sourcemap: true,
  },
  plugins: [...(name === 'widgets' ? [minifyTemplates()] : []), typescript({ tsconfig: `packages/${name}/tsconfig.build.json` })],
  onwarn,
});

const cdnEntry = 'packages/widgets/src/samspil.ts';
const cdnStorage = '\0cdn/storage.js';

// cdn/storage.js, the encrypted store for a portal that makes its own, is a chunk that always loads
// after samspil.js (it imports it), so it takes the code they share from samspil.js instead of
// splitting that into a chunk samspil.js would have to wait for. Its exports are local constants:
// Rollup 4.68 crashes on a strict-signature chunk that re-exports from another chunk.
const cdnStorageChunk = {
  name: 'cdn-storage',
  buildStart() {
    this.emitFile({ type: 'chunk', id: cdnStorage, fileName: 'storage.js', implicitlyLoadedAfterOneOf: [resolve(cdnEntry)], preserveSignature: 'strict' });
  },
  resolveId: (id) => (id === cdnStorage ? id : null),
  load: (id) =>
    id === cdnStorage
      ? [
          `import * as storage from ${JSON.stringify(resolve('packages/widgets/src/storage/index.ts'))};`,
          'export const createIndexedDbStore = storage.createIndexedDbStore;',
          'export const createIndexedDbQueueStorage = storage.createIndexedDbQueueStorage;',
        ].join('\n')
      : null,
};
// cdn/field-visit-form.js, cdn/actioncard.js, cdn/coordination-checklist.js: one widget each, for
// a page that shows only that widget (decision 0015). Each is built on its own from the widgets'
// dist/ (compiled and template-minified by the library build, which runs first), so, like
// samspil.js, each holds all it needs up front and shares nothing with the others; their on-demand
// chunks go into the same chunks/ folder, named by content hash.
// How every CDN build finds its dependencies (core from its fresh build, Lit in its production
// form) and minifies, so the one-widget files cannot drift from samspil.js.
const resolveForBrowser = () => nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] });
const minifyForCdn = () => terser({ format: { comments: false }, ecma: 2022, module: true });

const cdnWidget = (widget) => ({
  input: { [widget]: `packages/widgets/dist/${widget}/${widget}.js` },
  preserveEntrySignatures: 'allow-extension',
  output: { dir: 'packages/widgets/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[hash].js', sourcemap: true },
  plugins: [resolveForBrowser(), minifyForCdn()],
  onwarn,
});
const CDN_WIDGETS = ['field-visit-form', 'actioncard', 'coordination-checklist'];

// Every build starts from empty folders: a module whose source was deleted must not linger in
// dist/ (and be published), and CDN chunk names carry a content hash, so no stale chunk is served.
for (const folder of ['packages/core/dist', 'packages/widgets/dist', 'packages/widgets/cdn']) rmSync(folder, { recursive: true, force: true });

/** @type {import('rollup').RollupOptions[]} */
export default [
  library('core'),
  ...(existsSync('packages/widgets/tsconfig.build.json') ? [library('widgets')] : []),
  ...(existsSync(cdnEntry)
    ? [
        {
          // samspil.js registers every widget and holds all the code a page needs before they render:
          // one file, no second round trip. Code only some pages use (the store behind `autosave`,
          // shipped content, English) is in chunks loaded on demand from next to it; they import
          // what they share from samspil.js, which therefore exports a few short internal names
          // besides its API (decision 0008, addendum 2026-11-26).
          input: { samspil: cdnEntry },
          preserveEntrySignatures: 'allow-extension',
          output: {
            dir: 'packages/widgets/cdn',
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[hash].js',
            sourcemap: true,
          },
          plugins: [
            cdnStorageChunk,
            minifyTemplates(),
            typescript({ tsconfig: 'packages/widgets/tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'packages/widgets/cdn' }),
            resolveForBrowser(),
            minifyForCdn(),
          ],
          onwarn,
        },
        ...CDN_WIDGETS.map(cdnWidget),
      ]
    : []),
];
