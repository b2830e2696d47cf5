import { nodeResolve } from '@rollup/plugin-node-resolve';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup, type OutputChunk } from 'rollup';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringsInCode } from './support/strings-in-code.mjs';

// Decision 0009: core functions take shipped content as an argument, so a bundle that calls every
// function but never imports a content constant must not carry that content. Bundled from the
// built package by its published name, as a portal's bundler sees it (`sideEffects: false`).
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(root, 'packages/core/dist');
const coreDist = join(distDir, 'index.js');
// A path inside the workspace, so `@samspil/core` resolves from the root's node_modules.
const entryId = join(root, 'content-tree-shaking-entry.js');

const CONTENT = ['ATTENTION_POINT_CATALOGUE', 'CHECKLIST_TEMPLATES', 'DEFAULT_CONVERSATION_GUIDE'] as const;
const DATA_MODULES = ['attention-point/attention-point-catalogue.js', 'checklist/checklist-templates.js', 'conversation-guide/default-conversation-guide.js'];

interface Bundled {
  readonly chunk: OutputChunk;
  /** Every string literal and template text in the output: what a bundle carries as data. */
  readonly strings: ReadonlySet<string>;
}

async function bundle(names: readonly string[]): Promise<Bundled> {
  const code = `import { ${names.join(', ')} } from '@samspil/core';\nexport default [${names.join(', ')}];\n`;
  const build = await rollup({
    input: entryId,
    // Third-party code holds none of Samspil's content; leaving it out halves the build time.
    external: (id) => /^(zod|date-fns)(\/|$)/.test(id),
    plugins: [
      { name: 'entry', resolveId: (id) => (id === entryId ? id : null), load: (id) => (id === entryId ? code : null) },
      nodeResolve({ exportConditions: ['import', 'default'] }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunk = output[0];
  return { chunk, strings: stringsInCode(chunk.code) };
}

/**
 * Ids only the shipped content holds: every attention-point code, template id, and the guide's
 * id and step ids that are written out as a literal in the data module and in no other module of
 * the build (a code like `faith-community` is an actor role too; `flight.permission` is composed
 * at run time).
 */
function contentMarkers(core: Record<string, unknown>): Record<(typeof CONTENT)[number], string[]> {
  const catalogue = core.ATTENTION_POINT_CATALOGUE as readonly { code: string }[];
  const templates = core.CHECKLIST_TEMPLATES as readonly { id: string }[];
  const guide = core.DEFAULT_CONVERSATION_GUIDE as { id: string; phases: readonly { steps: readonly { id: string }[] }[] };
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).map((file) => file.split('\\').join('/')).filter((file) => file.endsWith('.js'));
  const elsewhere = new Set(files.filter((file) => !DATA_MODULES.includes(file)).flatMap((file) => [...stringsInCode(readFileSync(join(distDir, file), 'utf8'))]));
  const only = (dataModule: string, ids: readonly string[]) => {
    const own = stringsInCode(readFileSync(join(distDir, dataModule), 'utf8'));
    return ids.filter((id) => own.has(id) && !elsewhere.has(id));
  };
  const [catalogueModule, templatesModule, guideModule] = DATA_MODULES as [string, string, string];
  return {
    ATTENTION_POINT_CATALOGUE: only(catalogueModule, catalogue.map((entry) => entry.code)),
    CHECKLIST_TEMPLATES: only(templatesModule, templates.map((template) => template.id)),
    DEFAULT_CONVERSATION_GUIDE: only(guideModule, [guide.id, ...guide.phases.flatMap((phase) => phase.steps.map((step) => step.id))]),
  };
}

const renderedDataModules = (chunk: OutputChunk) =>
  DATA_MODULES.filter((suffix) => Object.entries(chunk.modules).some(([id, info]) => id.split('\\').join('/').endsWith(suffix) && info.renderedLength > 0));

describe('shipped content is tree-shaken from a bundle that only calls core functions', () => {
  let functions: string[] = [];
  let markers: Record<(typeof CONTENT)[number], string[]>;
  let onlyFunctions: Bundled;

  beforeAll(async () => {
    if (!existsSync(coreDist)) throw new Error(`${coreDist} is missing: run the build first (node scripts/pnpm.mjs run build)`);
    const core = (await import(pathToFileURL(coreDist).href)) as Record<string, unknown>;
    functions = Object.keys(core).filter((name) => typeof core[name] === 'function').sort();
    markers = contentMarkers(core);
    onlyFunctions = await bundle(functions);
  }, 60_000);

  it('imports every function core exports and no content constant', () => {
    expect(functions.length).toBeGreaterThan(50);
    for (const name of ['raiseAttentionPoint', 'submitFieldVisit', 'catalogueFor', 'mergeCatalogue', 'createChecklist', 'startSession']) {
      expect(functions).toContain(name);
    }
    for (const name of CONTENT) expect(functions).not.toContain(name);
    // Enough ids to recognise each content (the catalogue has over 60 codes, seven templates).
    expect(markers.ATTENTION_POINT_CATALOGUE.length).toBeGreaterThan(50);
    expect(markers.CHECKLIST_TEMPLATES.length).toBeGreaterThanOrEqual(5);
    expect(markers.DEFAULT_CONVERSATION_GUIDE.length).toBeGreaterThanOrEqual(10);
    // Each function survives tree-shaking, so the bundle really holds everything they import.
    expect(onlyFunctions.chunk.exports).toEqual(['default']);
    expect(onlyFunctions.strings).toContain('attention_point_unknown_code');
  });

  it.each(CONTENT)('carries none of %s', (name) => {
    const found = markers[name].filter((marker) => onlyFunctions.strings.has(marker));
    expect(found, `ids from ${name} in a bundle of core's functions: some function imports it`).toEqual([]);
  });

  it('renders none of the data modules', () => {
    expect(renderedDataModules(onlyFunctions.chunk)).toEqual([]);
  });

  it('would notice the content: a bundle that imports the constants carries every marker', async () => {
    const withContent = await bundle(CONTENT);
    for (const name of CONTENT) expect(markers[name].filter((marker) => !withContent.strings.has(marker)), name).toEqual([]);
    expect(renderedDataModules(withContent.chunk)).toEqual(DATA_MODULES);
  }, 60_000);
});
