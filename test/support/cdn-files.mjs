// The CDN build as a browser meets it: samspil.js (and storage.js) next to a chunks/ folder of
// code they share or load on demand (docs/decisions/0008). Tests, benchmarks and the budget
// measurement serve and count exactly these files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CDN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'widgets', 'cdn');

/** Every JavaScript file of the CDN build, by its path under cdn/ ("samspil.js", "chunks/….js"). */
export function cdnFiles() {
  if (!existsSync(CDN_DIR)) return [];
  return readdirSync(CDN_DIR, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.js'))
    .sort();
}

/** Routes serving the CDN build under `prefix` ("/" by default), for serveInChromium. */
export function cdnRoutes(prefix = '/') {
  return Object.fromEntries(cdnFiles().map((file) => [`${prefix}${file}`, { body: readFileSync(join(CDN_DIR, file)), type: 'text/javascript' }]));
}

// Minified static imports read `from"./chunks/x.js"` or `import"./chunks/x.js"`; on-demand
// ones are `import("./chunks/x.js")` and are deliberately not matched.
const staticImport = /(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g;

// And `import("./chunks/x.js")`, the on-demand ones.
const dynamicImport = /import\(\s*"(\.{1,2}\/[^"]+\.js)"\s*\)/g;

const graphOf = (file, patterns) => {
  const seen = new Set();
  const visit = (current) => {
    if (seen.has(current)) return;
    seen.add(current);
    const code = readFileSync(join(CDN_DIR, current), 'utf8');
    for (const pattern of patterns) for (const [, specifier] of code.matchAll(pattern)) visit(posix.normalize(posix.join(posix.dirname(current), specifier)));
  };
  visit(file);
  return [...seen].sort();
};

/** The files a browser must fetch before `file` runs: it and its static imports, transitively. */
export const staticGraphOf = (file) => graphOf(file, [staticImport]);

/** Every file `file` can ever load: its static and dynamic imports, transitively. */
export const reachableGraphOf = (file) => graphOf(file, [staticImport, dynamicImport]);

// Minified static imports and re-exports of bindings: `import{a as b,c}from"../samspil.js"`, `export{z as d}from"../samspil.js"`.
const bindingImport = /(?:import|export)\{([^}]*)\}from"(\.{1,2}\/[^"]+\.js)"/g;

/**
 * The exports of `file` that the build's other files import (decision 0008: the chunks take the
 * code they share from samspil.js, which exports it under short internal names).
 */
export function exportsImportedByOtherFiles(file) {
  const names = new Set();
  for (const other of cdnFiles()) {
    if (other === file) continue;
    const code = readFileSync(join(CDN_DIR, other), 'utf8');
    for (const [, bindings, specifier] of code.matchAll(bindingImport)) {
      if (posix.normalize(posix.join(posix.dirname(other), specifier)) !== file) continue;
      for (const binding of bindings.split(',')) names.add(binding.trim().split(/\s+as\s+/)[0]);
    }
  }
  return names;
}
