import { nodeResolve } from '@rollup/plugin-node-resolve';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { rollup } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRestStoreServer, type RestStoreServer } from './support/rest-store-server.mjs';
import { cdnRoutes } from './support/cdn-files.mjs';
import { serveInChromium, type ChromiumHarness } from './support/serve-in-chromium.mjs';

// The field-visit form keeping its draft on a portal's own backend through core's HTTP store,
// in Chromium: the network goes away mid-visit, the changes wait in the store's queue (and the
// form says so), and when the server is back they arrive in order, each exactly once. The page's
// `/api/…` requests are passed to the REST test server by the browser's request interception.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cdnFile = join(root, 'packages/widgets/cdn/samspil.js');
const coreDist = join(root, 'packages/core/dist/index.js');

const family = { id: 'family-1', name: 'Familien Darwish', members: [{ id: 'huda', givenName: 'Huda', role: 'parent', birthDate: '1987-05-12', languages: ['ar'] }] };
const page = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Besøg</title>
<script type="module" src="/samspil.js"></script>
<script type="module" src="/connect.js"></script></head><body>
<samspil-field-visit-form autosave visit-id="visit-http" family-id="family-1" actor-id="sara"><script type="application/json">${JSON.stringify({ family, actors: [] })}</script></samspil-field-visit-form>
</body></html>`;
// The portal's own code: one HTTP store for the form, retries kept short for the test.
const connect = `import { createHttpStore } from '/core.js';
const created = createHttpStore({ baseUrl: location.origin + '/api', retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 20 } });
window.__store = created.value;
const form = document.querySelector('samspil-field-visit-form');
form.store = created.value;`;

let harness: ChromiumHarness;
let server: RestStoreServer;

async function bundleCore(): Promise<string> {
  const bundle = await rollup({ input: coreDist, plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] })], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output[0].code;
}

beforeAll(async () => {
  server = await startRestStoreServer();
  harness = await serveInChromium({
    '/': { body: page, type: 'text/html; charset=utf-8' },
    '/connect.js': { body: connect, type: 'text/javascript' },
    '/core.js': { body: existsSync(coreDist) ? await bundleCore() : '', type: 'text/javascript' },
    ...cdnRoutes(),
  });
}, 60_000);

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

/** Passes `/api/…` to the REST test server; a refused connection fails the browser's request like a lost network. */
async function routeApi(tab: Page): Promise<void> {
  await tab.setRequestInterception(true);
  tab.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) return void request.continue();
    const headers = { ...request.headers() };
    delete headers.host;
    fetch(`${server.url}${url.pathname.slice(4)}${url.search}`, { method: request.method(), headers, body: request.postData() })
      .then(async (response) => request.respond({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) }))
      .catch(() => request.abort('internetdisconnected'));
  });
}

const typeInto = (tab: Page, selector: string, text: string) =>
  tab.$eval(
    `pierce/${selector}`,
    (input, value) => {
      (input as HTMLInputElement).value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    },
    text,
  );
const statusOf = (tab: Page) => tab.$eval('pierce/.draft-status', (node) => node.textContent?.trim() ?? '');
const waitForStatus = (tab: Page, start: string) =>
  tab.waitForFunction((prefix) => document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelector('.draft-status')?.textContent?.trim().startsWith(prefix), { timeout: 8_000, polling: 50 }, start);

describe('drafts through the HTTP store in Chromium', () => {
  it('holds changes while the server is unreachable and sends them in order, exactly once, when it is back', async () => {
    expect(existsSync(cdnFile), 'run the build first').toBe(true);
    const tab = await harness.browser.newPage();
    await routeApi(tab);
    await tab.goto(`${harness.origin}/`, { waitUntil: 'load' });
    await tab.waitForSelector('pierce/#fv-field-place', { timeout: 15_000 });
    await tab.waitForFunction(() => (window as unknown as { __store?: unknown }).__store !== undefined);

    await typeInto(tab, '#fv-field-place', 'Hjemme');
    await waitForStatus(tab, 'Gemt lokalt');
    expect(server.record('drafts', 'field-visit.visit-http')?.version).toBe(1);

    server.setOffline(true);
    server.resetCounters();
    await typeInto(tab, '#fv-field-place', 'Hjemme hos Huda');
    await waitForStatus(tab, 'Gemt på enheden');
    expect(await statusOf(tab)).toContain('Sendes, når der er forbindelse igen.');
    await typeInto(tab, '#fv-field-familyOwnWords', 'Vi vil gerne have en fast kontaktperson.');
    await tab.waitForFunction(async () => {
      const store = (window as unknown as { __store: { pendingChanges(): Promise<{ ok: boolean; value: unknown[] }> } }).__store;
      const pending = await store.pendingChanges();
      return pending.ok && pending.value.length === 2;
    }, { timeout: 8_000, polling: 100 });
    expect(server.appliedWrites).toBe(0);
    // What was typed is on screen the whole time.
    expect(await tab.$eval('pierce/#fv-field-place', (input) => (input as HTMLInputElement).value)).toBe('Hjemme hos Huda');

    server.setOffline(false);
    await tab.evaluate(() => window.dispatchEvent(new Event('online')));
    await tab.waitForFunction(async () => {
      const store = (window as unknown as { __store: { pendingChanges(): Promise<{ ok: boolean; value: unknown[] }> } }).__store;
      const pending = await store.pendingChanges();
      return pending.ok && pending.value.length === 0;
    }, { timeout: 8_000, polling: 100 });
    const puts = server.requests.filter((request) => request.method === 'PUT');
    expect(server.appliedWrites).toBe(2);
    expect(new Set(puts.map((request) => request.idempotencyKey)).size).toBe(2);
    const stored = server.record('drafts', 'field-visit.visit-http');
    expect(stored?.version).toBe(3);
    const draft = stored?.value.draft as { place?: string; familyOwnWords?: string };
    expect(draft.place).toBe('Hjemme hos Huda');
    expect(draft.familyOwnWords).toBe('Vi vil gerne have en fast kontaktperson.');
    await tab.close();
  }, 60_000);
});
