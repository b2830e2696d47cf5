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

  it('resolves #english-messages to built files: the whole catalogue in Node, a loader in browsers (decision 0011)', async () => {
    const target = corePackage.imports['#english-messages'];
    for (const condition of ['default', 'browser']) {
      expect(existsSync(join(root, 'packages/core', target[condition])), `${target[condition]} missing: run the build`).toBe(true);
    }
    const eager = await import(pathToFileURL(join(root, 'packages/core', target.default)).href);
    expect(eager.englishMessages()?.required).toBe('This field is required.');
    const onDemand = readFileSync(join(root, 'packages/core', target.browser), 'utf8');
    expect(onDemand).toMatch(/import\('\.\.\/messages-en\.js'\)/);
    expect(onDemand).not.toMatch(/^import .*messages-en/m);
  });

  it('resolves #danish-messages to built files: the whole catalogue in Node, a loader in browsers (decision 0012)', async () => {
    const target = corePackage.imports['#danish-messages'];
    for (const condition of ['default', 'browser']) {
      expect(existsSync(join(root, 'packages/core', target[condition])), `${target[condition]} missing: run the build`).toBe(true);
    }
    const eager = await import(pathToFileURL(join(root, 'packages/core', target.default)).href);
    expect(eager.allDanishMessages()?.network_meeting_time_invalid).toBe('Skriv et klokkeslæt som TT:MM, fx 09:30.');
    const onDemand = readFileSync(join(root, 'packages/core', target.browser), 'utf8');
    expect(onDemand).toMatch(/import\('\.\.\/messages-da\.js'\)/);
    expect(onDemand).not.toMatch(/^import .*messages-da/m);
    // The loader itself, in Node: nothing until asked, the whole catalogue after.
    const loader = await import(pathToFileURL(join(root, 'packages/core', target.browser)).href);
    expect(loader.allDanishMessages()).toBeUndefined();
    await loader.loadAllDanishMessages();
    expect(Object.keys(loader.allDanishMessages() ?? {}).sort()).toEqual(Object.keys(eager.allDanishMessages() ?? {}).sort());
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
