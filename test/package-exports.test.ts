import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// What a portal's bundler and TypeScript see when they install @samspil/core: the built
// package, not the sources (the test command builds before it tests).
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corePackage = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8'));

describe('@samspil/core as published', () => {
  it('declares types first in its exports map, no side effects, and no zod at run time (decision 0010)', () => {
    expect(Object.keys(corePackage.exports['.'])[0]).toBe('types');
    expect(corePackage.sideEffects).toBe(false);
    expect(corePackage.peerDependencies?.zod).toBeUndefined();
    expect(corePackage.dependencies?.zod).toBeUndefined();
    expect(corePackage.type).toBe('module');
  });

  it('builds to ESM with declarations that the exports map points at', async () => {
    const entry = corePackage.exports['.'];
    const types = join(root, 'packages/core', entry.types);
    const module = join(root, 'packages/core', entry.default);
    expect(existsSync(types), `${types} missing: run the build`).toBe(true);
    expect(existsSync(module), `${module} missing: run the build`).toBe(true);
    const built = await import(pathToFileURL(module).href);
    expect(typeof built.parseInput).toBe('function');
    expect(built.formatMessage('required', {}, { locale: 'en' })).toBe('This field is required.');
  });

  // Decisions 0011 and 0012: the whole English and the whole Danish catalogue, each imported in
  // Node and loaded on demand in browsers.
  it.each([
    { specifier: '#english-messages', file: 'messages-en', current: 'englishMessages', load: 'loadEnglishMessages', code: 'required', message: 'This field is required.' },
    { specifier: '#danish-messages', file: 'messages-da', current: 'allDanishMessages', load: 'loadAllDanishMessages', code: 'network_meeting_time_invalid', message: 'Skriv et klokkeslæt som TT:MM, fx 09:30.' },
  ])('resolves $specifier to built files: the whole catalogue in Node, a loader in browsers', async ({ specifier, file, current, load, code, message }) => {
    const target = corePackage.imports[specifier];
    for (const condition of ['default', 'browser']) {
      expect(existsSync(join(root, 'packages/core', target[condition])), `${target[condition]} missing: run the build`).toBe(true);
    }
    const eager = await import(pathToFileURL(join(root, 'packages/core', target.default)).href);
    expect(eager[current]()?.[code]).toBe(message);
    const onDemand = readFileSync(join(root, 'packages/core', target.browser), 'utf8');
    expect(onDemand).toContain(`import('../${file}.js')`);
    expect(onDemand).not.toMatch(new RegExp(`^import .*${file}`, 'm'));
    // The loader itself, in Node: nothing until asked, the whole catalogue after.
    const loader = await import(pathToFileURL(join(root, 'packages/core', target.browser)).href);
    expect(loader[current]()).toBeUndefined();
    await loader[load]();
    expect(Object.keys(loader[current]() ?? {}).sort()).toEqual(Object.keys(eager[current]() ?? {}).sort());
  });

  it('keeps dependencies as bare imports in the build, so portals deduplicate them', () => {
    const dueDate = readFileSync(join(root, 'packages/core/dist/checklist/internal/compute-due-date.js'), 'utf8');
    expect(dueDate).toMatch(/from 'date-fns'/);
    expect(dueDate).not.toMatch(/node_modules/);
  });

  it('imports zod nowhere in what it ships: the schemas run on the own layer of core', () => {
    const shipped = readdirSync(join(root, 'packages/core/dist'), { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.js') && !file.includes('.test.'),
    );
    expect(shipped.length).toBeGreaterThan(50);
    const importingZod = shipped.filter((file) => /from ['"]zod/.test(readFileSync(join(root, 'packages/core/dist', file), 'utf8')));
    expect(importingZod).toEqual([]);
  });
});
