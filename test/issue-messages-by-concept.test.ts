import { nodeResolve } from '@rollup/plugin-node-resolve';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringsInCode } from './support/strings-in-code.mjs';
import * as core from '@samspil/core';
import { CORE_SOURCE, WIDGETS_SOURCE, codeUse, danishCatalogues } from './support/issue-codes-in-source.mjs';

// Decision 0012: Danish issue messages travel with the modules that raise their codes, so a
// browser bundle carries the messages of the concepts it holds and no others. Bundled from the
// built package by its published name with the browser condition, as a portal's bundler sees it.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const coreDist = join(root, 'packages/core/dist/index.js');
const entryId = join(root, 'issue-messages-entry.js');

/** Bundles a module that uses some of core's exports; answers the strings of everything loaded up front. */
async function bundle(names: readonly string[]): Promise<Set<string>> {
  const code = `import { ${names.join(', ')} } from '@samspil/core';\nexport default [${names.join(', ')}];\n`;
  const build = await rollup({
    input: entryId,
    external: (id) => /^(date-fns|@noble)(\/|$)/.test(id),
    plugins: [
      { name: 'entry', resolveId: (id) => (id === entryId ? id : null), load: (id) => (id === entryId ? code : null) },
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = new Map(output.flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (entry === undefined) throw new Error('no entry chunk');
  // The entry and its static imports: code shared with an on-demand chunk may sit in a chunk of its own.
  const upFront = new Set<string>();
  const visit = (fileName: string): void => {
    if (upFront.has(fileName)) return;
    upFront.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(entry.fileName);
  return new Set([...upFront].flatMap((fileName) => [...stringsInCode(chunks.get(fileName)?.code ?? '')]));
}

/** Writes a browser bundle of an entry module to a temporary folder and imports it here. */
async function importBrowserBundle(code: string): Promise<{ module: Record<string, unknown>; remove: () => void }> {
  const build = await rollup({
    input: entryId,
    plugins: [
      { name: 'entry', resolveId: (id) => (id === entryId ? id : null), load: (id) => (id === entryId ? code : null) },
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
    ],
    onwarn: () => {},
  });
  const dir = mkdtempSync(join(tmpdir(), 'samspil-messages-'));
  await build.write({ dir, format: 'es', entryFileNames: 'entry.mjs', chunkFileNames: '[name]-[hash].mjs' });
  await build.close();
  return { module: (await import(pathToFileURL(join(dir, 'entry.mjs')).href)) as Record<string, unknown>, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const catalogues = Object.fromEntries(danishCatalogues().map((catalogue) => [catalogue.name, catalogue]));
const catalogueValues = (name: string) => Object.values((core as unknown as Record<string, Record<string, unknown>>)[name] ?? {});
/**
 * The Danish messages of a catalogue that are plain strings (functions carry their text in
 * template parts) and that no other catalogue words the same way: a field visit and a network
 * meeting both say "Tidszonen … kendes ikke.", so that sentence tells nothing about which is there.
 */
const plainMessages = (name: string) =>
  catalogueValues(name).filter(
    (message): message is string =>
      typeof message === 'string' && Object.keys(catalogues).every((other) => other === name || !catalogueValues(other).includes(message)),
  );

describe('issue messages by concept (decision 0012)', () => {
  it.each([
    ['core', CORE_SOURCE],
    ['widgets', WIDGETS_SOURCE],
  ])('every %s module that names a concept\'s issue code teaches that concept\'s catalogue', (_, folder) => {
    const uses = codeUse(folder);
    expect(uses.length).toBeGreaterThan(5);
    const untaught = uses
      .map((use) => ({ file: relative(root, use.file), missing: use.named.filter((name) => !use.learned.includes(name)) }))
      .filter((use) => use.missing.length > 0);
    expect(untaught, 'add learnMessages(<catalogue>) to these modules').toEqual([]);
  });

  it('knows every catalogue it reads and every concept core has', () => {
    expect(Object.keys(catalogues).sort()).toEqual(Object.keys(core).filter((name) => name.endsWith('MessagesDa')).sort());
    const all = Object.values(catalogues).flatMap((catalogue) => [...catalogue.codes]);
    expect(all.sort()).toEqual(Object.keys(core.messagesDa).sort());
  });

  describe('in a browser bundle', () => {
    let familyOnly: Set<string>;
    let fieldVisit: Set<string>;

    beforeAll(async () => {
      if (!existsSync(coreDist)) throw new Error(`${coreDist} is missing: run the build first (node scripts/pnpm.mjs run build)`);
      [familyOnly, fieldVisit] = await Promise.all([bundle(['parseFamily']), bundle(['submitFieldVisit'])]);
    }, 60_000);

    it('carries the messages of the concepts it uses', () => {
      expect(plainMessages('networkMeetingMessagesDa').length).toBeGreaterThan(10);
      for (const message of [...plainMessages('commonMessagesDa'), ...plainMessages('familyMessagesDa')]) expect(familyOnly).toContain(message);
      for (const message of plainMessages('fieldVisitMessagesDa')) expect(fieldVisit).toContain(message);
    });

    it('carries none of the messages of concepts it does not use', () => {
      for (const name of ['networkMeetingMessagesDa', 'conversationGuideMessagesDa', 'checklistMessagesDa', 'consentMessagesDa', 'disclosureMessagesDa', 'storeMessagesDa']) {
        const carried = plainMessages(name).filter((message) => familyOnly.has(message) || fieldVisit.has(message));
        expect(carried, name).toEqual([]);
      }
    });

    it('answers a code of a concept it does not hold with the code, and with its message after loadMessages("da")', async () => {
      const { module, remove } = await importBrowserBundle(
        "export { formatMessage, loadMessages, parseFamily } from '@samspil/core';",
      );
      try {
        const formatMessage = module.formatMessage as typeof core.formatMessage;
        const parseFamily = module.parseFamily as typeof core.parseFamily;
        // Issues the bundle raises carry their messages, common and family codes alike.
        const parsed = parseFamily({ id: 'f1', name: 'Familien Haddad', members: 'x' });
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.issues.every((issue) => issue.message !== '' && issue.message !== issue.code)).toBe(true);
        expect(formatMessage('required')).toBe(core.messagesDa.required);
        expect(formatMessage('network_meeting_time_invalid')).toBe('network_meeting_time_invalid');
        expect(formatMessage('network_meeting_time_invalid', {}, { messages: { network_meeting_time_invalid: 'Eget ord.' } })).toBe('Eget ord.');
        await (module.loadMessages as typeof core.loadMessages)('da');
        expect(formatMessage('network_meeting_time_invalid')).toBe(core.messagesDa.network_meeting_time_invalid);
      } finally {
        remove();
      }
    }, 60_000);

    it('would notice the messages: a bundle that formats messages by code carries all of them', async () => {
      const withAll = await bundle(['messagesDa']);
      for (const message of plainMessages('networkMeetingMessagesDa')) expect(withAll).toContain(message);
    }, 60_000);
  });
});
