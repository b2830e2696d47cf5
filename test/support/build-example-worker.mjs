#!/usr/bin/env node
// Type-checks and builds one embedding example the way its framework's toolchain would:
//   node test/support/build-example-worker.mjs <example> <outDir>
// writes the site to <outDir>/dist, served from /<example>/. A separate Node process on purpose:
// vitest runs its workers with `--conditions import`, under which CommonJS packages in these
// toolchains (Vue's SFC compiler, Babel) load the ESM builds of their dependencies and break.
//
// The examples import @samspil/core and @samspil/widgets by their published names. Here those
// names resolve through each package's exports map to the built dist/ (`default`, and `types`
// for the type check), which is what a portal gets from npm.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { build } from 'vite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES = join(ROOT, 'docs/examples');
const PACKAGES = ['core', 'widgets'];

function exportsOf(name) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8'));
  return Object.entries(manifest.exports).map(([subpath, target]) => [`@samspil/${name}${subpath.slice(1)}`, target]);
}

const packageFile = (name, file) => join(ROOT, 'packages', name, file);
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Vite aliases from every export to the file a bundler gets. */
export function workspaceAliases() {
  return PACKAGES.flatMap((name) =>
    exportsOf(name).map(([specifier, target]) => ({
      find: new RegExp(`^${escapeRegExp(specifier)}$`),
      replacement: packageFile(name, typeof target === 'string' ? target : target.default),
    })),
  );
}

/** TypeScript `paths` from every export to its declarations. */
export function workspaceTypePaths() {
  const paths = {};
  for (const name of PACKAGES) {
    for (const [specifier, target] of exportsOf(name)) {
      if (typeof target === 'object' && target.types !== undefined) paths[specifier] = [packageFile(name, target.types)];
    }
  }
  return paths;
}

function failWith(diagnostics, host) {
  throw new Error(ts.formatDiagnostics(diagnostics, host));
}

const diagnosticHost = {
  getCanonicalFileName: (file) => file,
  getCurrentDirectory: () => ROOT,
  getNewLine: () => '\n',
};

/** Type-checks an example with its own tsconfig.json, as `tsc --noEmit` would. */
function typecheck(dir) {
  const read = ts.readConfigFile(join(dir, 'tsconfig.json'), ts.sys.readFile);
  if (read.error !== undefined) failWith([read.error], diagnosticHost);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dir, { paths: workspaceTypePaths(), noEmit: true });
  if (parsed.errors.length > 0) failWith(parsed.errors, diagnosticHost);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) failWith(diagnostics, diagnosticHost);
}

/**
 * Angular ahead of time, as the Angular CLI does it: ngtsc compiles the templates (type-checking
 * them) to JavaScript, and Angular's linker finishes the partially compiled code that Angular's
 * own packages ship on npm. Without the linker those packages would fall back to the JIT
 * compiler at runtime, which needs `new Function` and so fails under a strict CSP.
 */
async function angularPlugins(dir, outDir) {
  const { readConfiguration, performCompilation } = await import('@angular/compiler-cli');
  const { needsLinking } = await import('@angular/compiler-cli/linker');
  const { default: linkerPlugin } = await import('@angular/compiler-cli/linker/babel');
  // Babel is the linker's host; it comes with the compiler, so resolve it from there.
  const babel = createRequire(fileURLToPath(import.meta.resolve('@angular/compiler-cli')))('@babel/core');

  const emitted = join(outDir, 'ngc');
  const config = readConfiguration(join(dir, 'tsconfig.json'), {
    paths: workspaceTypePaths(),
    rootDir: EXAMPLES,
    outDir: emitted,
    noEmit: false,
    declaration: false,
    sourceMap: false,
  });
  if (config.errors.length > 0) failWith(config.errors, diagnosticHost);
  const { diagnostics } = performCompilation({ rootNames: config.rootNames, options: config.options, emitFlags: config.emitFlags });
  const errors = diagnostics.filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) failWith(errors, diagnosticHost);

  return [
    {
      name: 'samspil-example:angular-aot-output',
      enforce: 'pre',
      // Each TypeScript source is served as ngtsc compiled it.
      load(id) {
        if (!id.startsWith(`${EXAMPLES}/`) || !id.endsWith('.ts')) return null;
        return readFileSync(join(emitted, relative(EXAMPLES, id)).replace(/\.ts$/, '.js'), 'utf8');
      },
    },
    {
      name: 'samspil-example:angular-linker',
      async transform(code, id) {
        if (!id.includes('/node_modules/') || !/\.m?js$/.test(id) || !needsLinking(id, code)) return null;
        const result = await babel.transformAsync(code, { filename: id, plugins: [linkerPlugin], configFile: false, babelrc: false, compact: false, sourceMaps: false });
        return result?.code ?? null;
      },
    },
  ];
}

async function main() {
  const [name, outDir] = process.argv.slice(2);
  if (name === undefined || outDir === undefined) throw new Error('usage: build-example-worker.mjs <example> <outDir>');
  const dir = join(EXAMPLES, name);
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html`);
  mkdirSync(outDir, { recursive: true });

  const extra = {};
  if (name === 'angular') {
    extra.plugins = await angularPlugins(dir, outDir);
    // What the Angular CLI defines for a production build: no dev-mode checks, no JIT.
    extra.define = { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' };
  } else if (existsSync(join(dir, 'tsconfig.json'))) {
    typecheck(dir);
  }

  await build({
    ...extra,
    root: dir,
    mode: 'production',
    base: `/${name}/`,
    configFile: existsSync(join(dir, 'vite.config.ts')) ? join(dir, 'vite.config.ts') : false,
    // Loads the config in memory; the default loader writes a temp file beside it.
    configLoader: 'runner',
    cacheDir: join(outDir, 'vite-cache'),
    logLevel: 'warn',
    resolve: { alias: workspaceAliases() },
    build: { outDir: join(outDir, 'dist'), emptyOutDir: true, reportCompressedSize: false },
  });
  rmSync(join(outDir, 'ngc'), { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
