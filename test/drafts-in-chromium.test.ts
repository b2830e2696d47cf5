import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdnRoutes } from './support/cdn-files.mjs';
import { formPage } from './support/form-page.js';
import { serveInChromium, type ChromiumHarness } from './support/serve-in-chromium.mjs';

// Drafts as a caseworker meets them: the built cdn/samspil.js on a page, the form with
// `autosave` (so the encrypted IndexedDB store), real typing, real reloads, closed tabs and two
// tabs on the same visit, in the system Chromium.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cdnFile = join(root, 'packages/widgets/cdn/samspil.js');

const pageFor = (visitId: string) => formPage(`autosave visit-id="${visitId}"`);

let harness: ChromiumHarness;

beforeAll(async () => {
  const html = (body: string) => ({ body, type: 'text/html; charset=utf-8' });
  harness = await serveInChromium({
    '/reload': html(pageFor('visit-reload')),
    '/close': html(pageFor('visit-close')),
    '/tabs-1': html(pageFor('visit-tabs-1')),
    '/tabs-2': html(pageFor('visit-tabs-2')),
    '/tabs-3': html(pageFor('visit-tabs-3')),
    ...cdnRoutes(),
  });
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

async function open(path: string, options: { newWindow?: boolean } = {}): Promise<Page> {
  const tab = options.newWindow === true ? await pageInNewWindow() : await harness.browser.newPage();
  await tab.goto(`${harness.origin}${path}`, { waitUntil: 'load' });
  await tab.waitForSelector('pierce/#fv-field-place', { timeout: 15_000 });
  return tab;
}

/** A page in a window of its own, so it stays visible beside the others (tabs of one window hide each other). */
async function pageInNewWindow(): Promise<Page> {
  const before = new Set(harness.browser.targets());
  const session = await harness.browser.target().createCDPSession();
  await session.send('Target.createTarget', { url: 'about:blank', newWindow: true });
  await session.detach();
  const target = await harness.browser.waitForTarget((candidate) => candidate.type() === 'page' && !before.has(candidate));
  const page = await target.page();
  if (page === null) throw new Error('no page in the new window');
  return page;
}

const place = (tab: Page) => tab.$eval('pierce/#fv-field-place', (input) => (input as HTMLInputElement).value);
const ownWords = (tab: Page) => tab.$eval('pierce/#fv-field-familyOwnWords', (input) => (input as HTMLTextAreaElement).value);
const status = (tab: Page) => tab.$eval('pierce/.draft-status', (node) => node.textContent?.trim() ?? '');

/** Every value in the page's IndexedDB databases, binary as Latin-1 text, for searching raw bytes. */
async function rawIndexedDb(tab: Page): Promise<string> {
  return tab.evaluate(async () => {
    const dump: string[] = [];
    const asText = (value: unknown): unknown => {
      if (value instanceof ArrayBuffer) return String.fromCharCode(...new Uint8Array(value));
      if (ArrayBuffer.isView(value)) return String.fromCharCode(...new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      if (Array.isArray(value)) return value.map(asText);
      if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, asText(entry)]));
      return value;
    };
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const name of db.objectStoreNames) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        dump.push(JSON.stringify(rows.map((row) => (row instanceof CryptoKey ? '[CryptoKey]' : asText(row)))));
      }
      db.close();
    }
    return dump.join('\n');
  });
}

describe('drafts of <samspil-field-visit-form autosave> in Chromium', () => {
  it('is built', () => {
    expect(existsSync(cdnFile), 'run the build first').toBe(true);
  });

  it('brings everything typed back after a reload, keeps none of it readable on disk, and purges at logout', async () => {
    const tab = await open('/reload');
    await (await tab.$('pierce/#fv-field-place'))?.type('Hjemme hos Huda i Vollsmose');
    await (await tab.$('pierce/#fv-field-familyOwnWords'))?.type('Vi savner vores familie i Aleppo.');
    await tab.waitForFunction(() => document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelector('.draft-status')?.textContent?.includes('Gemt lokalt'), { timeout: 5_000, polling: 100 });
    expect(await status(tab)).toMatch(/^Gemt lokalt kl\. \d\d\.\d\d$/);

    const raw = await rawIndexedDb(tab);
    expect(raw.length).toBeGreaterThan(100);
    for (const secret of ['Vollsmose', 'Aleppo', 'savner']) {
      expect(raw).not.toContain(secret);
      // UTF-16 as well as UTF-8 bytes.
      expect(raw).not.toContain(secret.split('').join('\u0000'));
    }

    await tab.reload({ waitUntil: 'load' });
    await tab.waitForFunction(() => (document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelector('#fv-field-place') as HTMLInputElement | null)?.value !== '', { timeout: 10_000, polling: 100 });
    expect(await place(tab)).toBe('Hjemme hos Huda i Vollsmose');
    expect(await ownWords(tab)).toBe('Vi savner vores familie i Aleppo.');
    expect(await status(tab)).toMatch(/^Din kladde fra kl\. \d\d\.\d\d er hentet frem igen\.$/);

    // Logout: the portal purges, and nothing of the draft (nor its key) is left in the browser.
    // A string, so the test runner does not rewrite the page's own dynamic import.
    const purged = await tab.evaluate(`(async () => {
      const samspil = await import('/samspil.js');
      const result = await samspil.purgeLocalDrafts();
      return { ok: result.ok, databases: (await indexedDB.databases()).map((info) => info.name) };
    })()`);
    expect(purged).toEqual({ ok: true, databases: [] });
    await tab.close();
  }, 60_000);

  it('keeps what was typed when the tab is closed mid-typing', async () => {
    const tab = await open('/close');
    await (await tab.$('pierce/#fv-field-place'))?.type('Skrevet lige før låget blev lukket');
    // No pause for autosave: the tab goes away straight after the last keystroke.
    await tab.close({ runBeforeUnload: true });
    const again = await open('/close');
    await again.waitForFunction(() => (document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelector('#fv-field-place') as HTMLInputElement | null)?.value !== '', { timeout: 10_000, polling: 100 });
    expect(await place(again)).toBe('Skrevet lige før låget blev lukket');
    await again.close();
  }, 60_000);

  it('shows both copies when two windows type in the same field, and overwrites neither', async () => {
    const edit = (tab: Page, text: string) =>
      tab.$eval(
        'pierce/#fv-field-place',
        (input, value) => {
          (input as HTMLInputElement).value = value;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
        },
        text,
      );
    const saveState = (tab: Page) => tab.$eval('pierce/.draft-status', (node) => node.textContent?.trim() ?? '');
    // Two windows side by side, both visible (a hidden tab saves at once, so tabs of one window
    // rarely collide). The scenario needs both edits on screen before either autosave (400 ms);
    // on a busy machine that may not happen, and such a run is tried again on a fresh visit.
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const [first, second] = [await open(`/tabs-${attempt}`, { newWindow: true }), await open(`/tabs-${attempt}`, { newWindow: true })];
      await Promise.all([edit(first, 'Hjemme'), edit(second, 'Skolen')]);
      const bothUnsaved = (await saveState(first)) === '' && (await saveState(second)) === '';
      if (!bothUnsaved && attempt < 3) {
        await first.close();
        await second.close();
        continue;
      }
      const conflictIn = async (tab: Page) =>
        tab
          .waitForFunction(() => document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelector('.draft-conflict') !== null, { timeout: 6_000, polling: 100 })
          .then(() => true)
          .catch(() => false);
      const shown = await Promise.all([conflictIn(first), conflictIn(second)]);
      const stateOf = async (tab: Page) => `${await saveState(tab)} / ${await place(tab)}`;
      expect(shown.some(Boolean), `no conflict panel; windows say: ${await stateOf(first)} | ${await stateOf(second)}`).toBe(true);
      const withPanel = shown[0] ? first : second;
      const panel = await withPanel.$eval('pierce/.draft-conflict', (node) => node.textContent ?? '');
      expect(panel).toContain('Hjemme');
      expect(panel).toContain('Skolen');
      expect(panel).toContain('Sted');
      // Neither window's text was replaced behind its back.
      expect([await place(first), await place(second)]).toEqual(['Hjemme', 'Skolen']);
      await first.close();
      await second.close();
      return;
    }
  }, 90_000);
});
