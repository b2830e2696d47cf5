import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as core from '@samspil/core';
import { cdnFiles, cdnRoutes, exportsImportedByOtherFiles } from './support/cdn-files.mjs';
import { serveInChromium, type ChromiumHarness } from './support/serve-in-chromium.mjs';

// The generated API reference (docs/api, `pnpm docs:api`) is complete: every entry of the
// packages' exports maps is a module in it, every name such a module exports has a documented
// page, and every custom element the CDN bundle defines is documented under its tag.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REGENERATE = 'run `pnpm docs:api` (node scripts/pnpm.mjs run docs:api) after `pnpm build`';

// TypeDoc's ReflectionKind values as they appear in api.json.
const MODULE = 2;
const CLASS = 128;
const REFERENCE = 4_194_304;

interface Text {
  readonly text: string;
}
interface DocComment {
  readonly summary: readonly Text[];
  readonly blockTags?: readonly { readonly tag: string; readonly content: readonly Text[] }[];
}
interface Reflection {
  readonly id: number;
  readonly name: string;
  readonly kind: number;
  readonly comment?: DocComment;
  readonly signatures?: readonly { readonly comment?: DocComment }[];
  readonly children?: readonly Reflection[];
  readonly sources?: readonly { readonly fileName: string }[];
  readonly target?: number;
}

interface Entry {
  /** What a portal imports, e.g. `@samspil/widgets/kit`. */
  readonly specifier: string;
  /** The TypeScript source behind it, relative to the repository root. */
  readonly source: string;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

// Every `exports` entry with a `source` condition is public TypeScript API; the CDN files, the
// manifest and package.json are not.
const entries: Entry[] = ['core', 'widgets'].flatMap((folder) => {
  const manifest = readJson(`packages/${folder}/package.json`) as { name: string; exports: Record<string, unknown> };
  return Object.entries(manifest.exports).flatMap(([subpath, target]) => {
    const source = typeof target === 'object' && target !== null ? (target as { source?: string }).source : undefined;
    if (source === undefined) return [];
    return [{ specifier: manifest.name + subpath.slice(1), source: `packages/${folder}/${source.replace(/^\.\//, '')}` }];
  });
});

let project: Reflection;
const byId = new Map<number, Reflection>();

beforeAll(() => {
  const path = join(root, 'docs/api/api.json');
  if (!existsSync(path) || !existsSync(join(root, 'docs/api/index.html'))) {
    throw new Error(`docs/api/ has no generated reference: ${REGENERATE}.`);
  }
  project = JSON.parse(readFileSync(path, 'utf8')) as Reflection;
  const index = (reflection: Reflection): void => {
    byId.set(reflection.id, reflection);
    reflection.children?.forEach(index);
  };
  index(project);
});

function moduleFor(entry: Entry): Reflection {
  const found = project.children?.find((child) => child.kind === MODULE && child.sources?.[0]?.fileName === entry.source);
  if (found === undefined) throw new Error(`${entry.specifier} (${entry.source}) has no module in docs/api/api.json: add it to typedoc.json and ${REGENERATE}.`);
  return found;
}

const filled = (parts: readonly Text[]) => parts.some((part) => part.text.trim() !== '');
// A widget class may open with @tagname and put its description in @summary (the manifest's field).
const hasText = (comment: DocComment | undefined) =>
  comment !== undefined && (filled(comment.summary) || (comment.blockTags ?? []).some((block) => block.tag === '@summary' && filled(block.content)));

/** The reflection a page shows for a name: a re-export points at the declaration it repeats. */
function declarationOf(reflection: Reflection): Reflection {
  return reflection.kind === REFERENCE && reflection.target !== undefined ? (byId.get(reflection.target) ?? reflection) : reflection;
}

const isDocumented = (reflection: Reflection) => {
  const declaration = declarationOf(reflection);
  return hasText(declaration.comment) || (declaration.signatures ?? []).some((signature) => hasText(signature.comment));
};

/** Names `module` lacks, and names it has without any description. */
function gaps(module: Reflection, names: Iterable<string>): { missing: string[]; undocumented: string[] } {
  const missing: string[] = [];
  const undocumented: string[] = [];
  for (const name of names) {
    const pages = (module.children ?? []).filter((child) => child.name === name);
    if (pages.length === 0) missing.push(name);
    else if (!pages.every(isDocumented)) undocumented.push(name);
  }
  return { missing, undocumented };
}

describe('the API reference (docs/api)', () => {
  it("documents exactly the entries of the packages' exports maps", () => {
    const text = readFileSync(join(root, 'typedoc.json'), 'utf8');
    const { config, error } = ts.parseConfigFileTextToJson('typedoc.json', text);
    expect(error, 'typedoc.json does not parse').toBeUndefined();
    expect([...(config as { entryPoints: string[] }).entryPoints].sort()).toEqual(entries.map((entry) => entry.source).sort());
    // The core barrel and the widget entries, at least: a broken exports map must not pass as empty.
    expect(entries.map((entry) => entry.specifier)).toEqual(expect.arrayContaining(['@samspil/core', '@samspil/widgets', '@samspil/widgets/kit', '@samspil/widgets/storage']));
  });

  it('has a module per entry, named after its import path where the source names it', () => {
    for (const entry of entries) {
      const module = moduleFor(entry);
      // Generated barrels cannot carry the tag until the generator writes it; the rest must match.
      if (/@module\s/.test(readFileSync(join(root, entry.source), 'utf8'))) expect(module.name).toBe(entry.specifier);
    }
  });

  it('gives every name each entry exports (types included) a page with a description', () => {
    const parsed = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    });
    if (parsed === undefined) throw new Error('tsconfig.json does not parse');
    // Export names need module resolution only: leaving out lib and @types files saves the time of
    // parsing them (the type errors that causes do not change what a module exports).
    const program = ts.createProgram(entries.map((entry) => join(root, entry.source)), { ...parsed.options, noLib: true, types: [] });
    const checker = program.getTypeChecker();
    for (const entry of entries) {
      const file = program.getSourceFile(join(root, entry.source));
      const symbol = file === undefined ? undefined : checker.getSymbolAtLocation(file);
      if (symbol === undefined) throw new Error(`${entry.source} is not a module`);
      const names = checker.getExportsOfModule(symbol).map((exported) => exported.name);
      expect(names.length, `${entry.specifier} exports nothing`).toBeGreaterThan(0);
      const { missing, undocumented } = gaps(moduleFor(entry), names);
      expect(missing, `exported by ${entry.specifier} but not in the reference (${REGENERATE})`).toEqual([]);
      expect(undocumented, `exported by ${entry.specifier} without a doc comment`).toEqual([]);
    }
  }, 60_000);

  it("documents every value @samspil/core exports at run time", () => {
    const coreEntry = entries.find((entry) => entry.specifier === '@samspil/core');
    if (coreEntry === undefined) throw new Error('@samspil/core has no "." export');
    const names = Object.keys(core);
    expect(names.length).toBeGreaterThan(100);
    expect(gaps(moduleFor(coreEntry), names)).toEqual({ missing: [], undocumented: [] });
  });
});

describe('the API reference and the CDN bundle in Chromium', () => {
  let harness: ChromiumHarness;
  let tab: Page;

  beforeAll(async () => {
    if (cdnFiles().length === 0) throw new Error('packages/widgets/cdn/ is empty: run `pnpm build` first.');
    harness = await serveInChromium({
      ...cdnRoutes('/cdn/'),
      '/': { body: '<!doctype html><html lang="da"><title>API</title><body></body></html>', type: 'text/html' },
    });
    tab = await harness.browser.newPage();
    await tab.goto(`${harness.origin}/`);
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  // String expressions: vitest would rewrite an import() inside a callback.
  const keysOf = (path: string) => tab.evaluate(`import(${JSON.stringify(path)}).then((module) => Object.keys(module))`) as Promise<string[]>;

  it('documents every export of cdn/samspil.js, cdn/storage.js and the one-widget files', async () => {
    const checks: [string, string][] = [
      ['/cdn/samspil.js', '@samspil/widgets'],
      ['/cdn/storage.js', '@samspil/widgets/storage'],
      // One widget each (decision 0015): the same API as the widget's subpath.
      ['/cdn/field-visit-form.js', '@samspil/widgets/field-visit-form'],
      ['/cdn/actioncard.js', '@samspil/widgets/actioncard'],
      ['/cdn/coordination-checklist.js', '@samspil/widgets/coordination-checklist'],
    ];
    for (const [path, specifier] of checks) {
      const entry = entries.find((candidate) => candidate.specifier === specifier);
      if (entry === undefined) throw new Error(`${specifier} is not in the exports map`);
      const names = await keysOf(path);
      expect(names.length, `${path} exports nothing`).toBeGreaterThan(0);
      // The entries also export short internal names for their own chunks (decision 0008); only those.
      const internal = exportsImportedByOtherFiles(path.slice('/cdn/'.length));
      const documented = (moduleFor(entry).children ?? []).map((child) => child.name);
      const linksOnly = [...internal].filter((name) => !documented.includes(name));
      expect(linksOnly.every((name) => /^[A-Za-z_$][A-Za-z0-9_$]?$/.test(name)), `internal links of ${path}: ${linksOnly.join(', ')}`).toBe(true);
      const api = names.filter((name) => !linksOnly.includes(name));
      expect(api.length, `${path} exports no API`).toBeGreaterThan(0);
      expect(gaps(moduleFor(entry), api), `${path} against ${specifier}`).toEqual({ missing: [], undocumented: [] });
    }
  });

  it('documents each custom element the bundle defines under its tag', async () => {
    const manifest = readJson('packages/widgets/custom-elements.json') as {
      modules: { declarations?: { name: string; tagName?: string }[] }[];
    };
    const tags = manifest.modules.flatMap((module) => (module.declarations ?? []).flatMap((declaration) => (declaration.tagName === undefined ? [] : [declaration.tagName])));
    expect(tags.length).toBeGreaterThanOrEqual(3);
    // Which export of samspil.js is the class defined under each tag (class names are minified).
    const defined = (await tab.evaluate(`import('/cdn/samspil.js').then((module) => Object.fromEntries(${JSON.stringify(tags)}.map((tag) => {
      const constructor = customElements.get(tag);
      return [tag, constructor === undefined ? null : Object.keys(module).find((key) => module[key] === constructor) ?? '(not exported)'];
    })))`)) as Record<string, string | null>;
    for (const tag of tags) {
      const name = defined[tag];
      expect(name, `<${tag}> is not defined by cdn/samspil.js`).toBeTypeOf('string');
      const pages = [...byId.values()].filter((reflection) => reflection.kind === CLASS && reflection.name === name);
      expect(pages, `class ${name} for <${tag}>`).toHaveLength(1);
      const tagNames = (pages[0]?.comment?.blockTags ?? []).filter((block) => block.tag === '@tagname').map((block) => block.content.map((part) => part.text).join('').trim());
      expect(tagNames, `@tagname of ${name}`).toEqual([tag]);
      expect(isDocumented(pages[0] as Reflection)).toBe(true);
    }
  });
});
