// Gzip sizes of what a browser downloads: the CDN module as built, and each widget's own entry
// bundled with everything it pulls in (Lit, core, zod/mini, the date-fns it uses), minified the
// way the CDN build is. Shared by the bundle-budget test and `pnpm bench`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WIDGET_ENTRIES = ['field-visit-form', 'actioncard', 'coordination-checklist'];
export const CDN_FILE = join(root, 'packages/widgets/cdn/samspil.js');

const gzipKilobytes = (code) => gzipSync(code, { level: 9 }).length / 1000;

/** Bundles one built entry module with its dependencies and answers its minified gzip size in kB. */
export async function bundledEntrySize(entryFile) {
  const bundle = await rollup({
    input: entryFile,
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true, plugins: [terser({ format: { comments: false }, ecma: 2022, module: true })] });
  await bundle.close();
  return gzipKilobytes(output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join(''));
}

/** Sizes of the CDN module and of every widget entry that has been built. */
export async function measureBundles() {
  const sizes = [];
  if (existsSync(CDN_FILE)) sizes.push({ name: 'cdn/samspil.js (all widgets)', kilobytes: gzipKilobytes(readFileSync(CDN_FILE)), budget: 90 });
  for (const widget of WIDGET_ENTRIES) {
    const entry = join(root, `packages/widgets/dist/${widget}/${widget}.js`);
    if (!existsSync(entry)) continue;
    sizes.push({ name: `${widget} entry`, kilobytes: await bundledEntrySize(entry), budget: widget === 'field-visit-form' ? 40 : null });
  }
  return sizes;
}
