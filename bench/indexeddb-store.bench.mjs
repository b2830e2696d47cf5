// The encrypted IndexedDB store in headless Chromium, measured inside the page with
// performance.now(): saving (AES-GCM encrypt + one readwrite transaction with the version check)
// and loading (read + decrypt) a 20 kB draft, as the widgets' autosave and restore do. The built
// module (packages/widgets/dist/storage) is bundled with its dependencies (idb, core, zod/mini)
// the way test/support/measure-bundles.mjs does, then served to the page from 127.0.0.1 (a
// secure context, which WebCrypto needs). Build first: `npx rollup -c rollup.config.mjs --silent`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveInChromium } from '../test/support/serve-in-chromium.mjs';
import { rollup } from 'rollup';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'packages/widgets/dist/storage/index.js');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const RUNS = 41;

async function bundleStorage() {
  const bundle = await rollup({
    input: entry,
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
}

/** A field-visit draft of about 20 kB of JSON: several long free-text fields and a few lists. */
function draftOf20kB() {
  const sentence = 'Familien fortalte om ugen; børnene sover bedre, og mor ønsker hjælp til at kontakte skolen. ';
  const draft = {
    id: 'visit-2026-03-02-darwish',
    familyId: 'family-1',
    kind: 'home',
    startedAt: '2026-03-02T09:00:00+01:00',
    participants: ['huda', 'karim', 'yara', 'omar'],
    observations: [],
    agreements: [],
    notes: '',
  };
  let index = 0;
  while (JSON.stringify(draft).length < 20_000) {
    index += 1;
    if (index % 3 === 0) draft.observations.push({ id: `obs-${index}`, text: sentence.repeat(2), personId: 'yara' });
    else if (index % 3 === 1) draft.agreements.push({ id: `agr-${index}`, text: sentence, owner: 'actor-0', due: '2026-03-16' });
    else draft.notes += sentence;
  }
  return draft;
}

export default async function run() {
  if (!existsSync(entry)) throw new Error('build first: packages/widgets/dist/storage/index.js is missing');
  const code = await bundleStorage();
  const { browser, origin, close } = await serveInChromium({
    '/': { body: '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>', type: 'text/html' },
    '/storage.js': { body: code, type: 'text/javascript' },
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/`, { waitUntil: 'load' });
    const figures = await tab.evaluate(
      async ({ draft, runs }) => {
        const clock = () => globalThis.performance.now();
        const { createIndexedDbStore } = await import(`${globalThis.location.origin}/storage.js`);
        const created = createIndexedDbStore({ databaseName: 'samspil-bench' });
        if (!created.ok) throw new Error(JSON.stringify(created.issues));
        const store = created.value;
        const openStart = clock();
        const opened = await store.ready();
        const firstOpen = clock() - openStart;
        if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
        const saves = [];
        const loads = [];
        let version = 0;
        for (let run = 0; run < runs + 5; run += 1) {
          const value = { ...draft, notes: `${draft.notes}${run}` };
          const saveStart = clock();
          const saved = await store.put('drafts', value, { expectedVersion: version });
          const saveTime = clock() - saveStart;
          if (!saved.ok) throw new Error(JSON.stringify(saved.issues));
          version = saved.value.record.version;
          const loadStart = clock();
          const loaded = await store.get('drafts', draft.id);
          const loadTime = clock() - loadStart;
          if (!loaded.ok || loaded.value?.value.notes !== value.notes) throw new Error('round trip failed');
          if (run >= 5) {
            saves.push(saveTime);
            loads.push(loadTime);
          }
        }
        const purged = await store.purge();
        store.close();
        if (!purged.ok) throw new Error(JSON.stringify(purged.issues));
        return { saves, loads, firstOpen, bytes: JSON.stringify(draft).length };
      },
      { draft: draftOf20kB(), runs: RUNS },
    );
    const size = `${Math.round(figures.bytes / 1000)} kB`;
    return [
      { name: `IndexedDB store, encrypted save of a ${size} draft (put with expectedVersion)`, value: median(figures.saves), unit: 'ms', target: 10, better: 'lower' },
      { name: `IndexedDB store, encrypted load of a ${size} draft (get + decrypt)`, value: median(figures.loads), unit: 'ms', target: 10, better: 'lower' },
      { name: 'IndexedDB store, first open (create database, generate key)', value: figures.firstOpen, unit: 'ms', target: null, better: 'lower' },
    ];
  } finally {
    await close();
  }
}
