// Gzip sizes of what a browser downloads before a widget can render, and of what it loads only
// on demand (decision 0008): the CDN build as built (samspil.js and its static imports, each file
// compressed on its own, as a server sends them), and each widget's own entry bundled with
// everything it pulls in (Lit, core, zod/mini, the date-fns it uses), minified the way the CDN build
// is. Shared by the bundle-budget test and `pnpm bench`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { CDN_DIR, reachableGraphOf, staticGraphOf } from './cdn-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WIDGET_ENTRIES = ['field-visit-form', 'actioncard', 'coordination-checklist'];
// The budget for the form's own entry, which its own CDN file meets too (decision 0015).
const budgetOf = (widget) => (widget === 'field-visit-form' ? 40 : null);

const gzipKilobytes = (code) => gzipSync(code, { level: 9 }).length / 1000;
const sum = (values) => Math.round(values.reduce((total, value) => total + value, 0) * 10) / 10;

/**
 * Bundles one built entry module with its dependencies, split and minified the way the CDN build
 * is: the entry holds the code it needs up front (no second round trip) and on-demand code goes to
 * chunks. Answers the entry's file name and every chunk's code by file name, so a benchmark can
 * serve exactly what is measured here.
 */
export async function bundleEntry(entryFile) {
  const bundle = await rollup({
    input: entryFile,
    preserveEntrySignatures: 'allow-extension',
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false }, ecma: 2022, module: true })] });
  await bundle.close();
  const chunks = output.filter((item) => item.type === 'chunk');
  return { entry: chunks.find((chunk) => chunk.isEntry).fileName, chunks: new Map(chunks.map((chunk) => [chunk.fileName, chunk])) };
}

/**
 * The minified gzip size in kB of what a bundled entry loads up front (the entry and its static
 * imports) and of what it loads on demand (dynamic imports, e.g. the encrypted store behind
 * `autosave`).
 */
export async function bundledEntrySize(entryFile) {
  const { entry, chunks } = await bundleEntry(entryFile);
  const upFront = new Set();
  const visit = (fileName) => {
    if (upFront.has(fileName)) return;
    upFront.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(entry);
  const size = (names) => sum(names.map((name) => gzipKilobytes(chunks.get(name).code)));
  return { kilobytes: size([...upFront]), onDemandKilobytes: size([...chunks.keys()].filter((name) => !upFront.has(name))) };
}

/** Sizes of the CDN build and of every widget entry that has been built. */
export async function measureBundles() {
  const sizes = [];
  // Each CDN entry (samspil.js, and one file per widget, decision 0015) with what it loads up front
  // and, on demand, the chunks it can reach by dynamic import.
  const cdnEntries = [['samspil.js', 'cdn/samspil.js (all widgets)', 90], ...WIDGET_ENTRIES.map((widget) => [`${widget}.js`, `cdn/${widget}.js (only this widget)`, budgetOf(widget)])];
  for (const [file, name, budget] of cdnEntries) {
    if (!existsSync(join(CDN_DIR, file))) continue;
    const upFront = staticGraphOf(file);
    const onDemand = reachableGraphOf(file).filter((chunk) => !upFront.includes(chunk));
    const size = (files) => sum(files.map((chunk) => gzipKilobytes(readFileSync(join(CDN_DIR, chunk)))));
    sizes.push({ name, kilobytes: size(upFront), onDemandKilobytes: size(onDemand), budget });
  }
  for (const widget of WIDGET_ENTRIES) {
    const entry = join(root, `packages/widgets/dist/${widget}/${widget}.js`);
    if (!existsSync(entry)) continue;
    sizes.push({ name: `${widget} entry`, ...(await bundledEntrySize(entry)), budget: budgetOf(widget) });
  }
  return sizes;
}
