import { ATTENTION_POINT_CATALOGUE } from '@samspil/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CDN_DIR, cdnRoutes, reachableGraphOf, staticGraphOf } from './support/cdn-files.mjs';
import { formPage } from './support/form-page.js';
import { serveInChromium, type ChromiumHarness } from './support/serve-in-chromium.mjs';

// The field-visit form on a CMS page (cdn/samspil.js) while the attention-point catalogue, a chunk
// of its own, is slow or cannot be fetched: every field is there without it, an opened member list
// says it is loading, submitting waits for the catalogue, and a failed fetch can be tried again.
const page = formPage('visit-id="visit-1" kind="home"');

// The chunk holding the shipped catalogue: loaded on demand, and the one that names its codes.
const firstCode = ATTENTION_POINT_CATALOGUE[0]?.code ?? '';
const catalogueChunk = () => {
  const upFront = staticGraphOf('samspil.js');
  const found = reachableGraphOf('samspil.js').filter((file) => !upFront.includes(file) && readFileSync(join(CDN_DIR, file), 'utf8').includes(`"${firstCode}"`));
  expect(found, 'exactly one on-demand chunk carries the catalogue').toHaveLength(1);
  return `/${found[0]}`;
};

// Runs inside the page: the form's shadow root.
const formState = `(() => {
  const root = document.querySelector('samspil-field-visit-form').shadowRoot;
  const points = root.querySelector('.points');
  return {
    fields: root.querySelectorAll('input, select, textarea').length,
    busy: document.querySelector('samspil-field-visit-form').getAttribute('aria-busy'),
    pointsText: points === null ? '' : points.textContent.replace(/\\s+/g, ' ').trim(),
    pointBoxes: points === null ? 0 : points.querySelectorAll('input[type="checkbox"]').length,
    retry: points !== null && [...points.querySelectorAll('button')].some((button) => button.textContent.trim() === 'Prøv igen'),
    summary: root.querySelector('#fv-error-summary-title') !== null,
    renderError: document.querySelector('samspil-field-visit-form').hasError === true,
  };
})()`;
type FormState = { fields: number; busy: string | null; pointsText: string; pointBoxes: number; retry: boolean; summary: boolean; renderError: boolean };

let harness: ChromiumHarness;

beforeAll(async () => {
  harness = await serveInChromium({ '/': { body: page, type: 'text/html; charset=utf-8' }, ...cdnRoutes() });
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

// The chunk holding core's submit rules (decision 0014): on demand, the one that raises
// `field_visit_already_submitted` (its Danish message is up front, so only on-demand files count).
const submitRulesChunk = () => {
  const upFront = staticGraphOf('samspil.js');
  const found = reachableGraphOf('samspil.js').filter(
    (file) => file.endsWith('.js') && !upFront.includes(file) && readFileSync(join(CDN_DIR, file), 'utf8').includes('"field_visit_already_submitted"'),
  );
  expect(found, 'exactly one on-demand chunk carries the submit rules').toHaveLength(1);
  return `/${found[0]}`;
};

// Opens a tab whose requests for the given chunks (by default the catalogue's) are held until the
// test answers them.
async function tabHoldingCatalogue(chunks: readonly string[] = [catalogueChunk()]): Promise<{ tab: Page; held: HTTPRequest[] }> {
  const tab = await harness.browser.newPage();
  const held: HTTPRequest[] = [];
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (chunks.includes(new URL(request.url()).pathname)) held.push(request);
    else void request.continue();
  });
  await tab.goto(`${harness.origin}/`, { waitUntil: 'domcontentloaded' });
  await tab.waitForFunction(() => (document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelectorAll('input').length ?? 0) > 10, {
    timeout: 15_000,
    polling: 50,
  });
  return { tab, held };
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 5_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const state = (tab: Page) => tab.evaluate(formState) as Promise<FormState>;
const click = (tab: Page, selector: string) => tab.evaluate(`document.querySelector('samspil-field-visit-form').shadowRoot.querySelector(${JSON.stringify(selector)}).click()`);

describe('the field-visit form before its attention-point catalogue has arrived', () => {
  it('shows every field at once, says an opened list is loading, and submits only once the catalogue is there', async () => {
    const { tab, held } = await tabHoldingCatalogue();
    try {
      // Asked for once the fields are painted (decision 0014), without anyone opening a list.
      await until(() => held.length === 1);
      const before = await state(tab);
      expect(before.fields).toBeGreaterThan(10);
      expect(before.busy).toBeNull();
      await click(tab, '#fv-field-membersPresent');
      await tab.waitForFunction(`document.querySelector('samspil-field-visit-form').shadowRoot.querySelector('button.disclosure') !== null`, { polling: 50 });
      await click(tab, 'button.disclosure');
      await tab.waitForFunction(`${formState}.pointsText === 'Indlæser …'`, { timeout: 5_000, polling: 50 });
      // Submitting now waits for the catalogue: no summary yet.
      await click(tab, 'button.submit');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await state(tab)).summary).toBe(false);
      await held[0]?.continue();
      await tab.waitForFunction(`(() => { const s = ${formState}; return s.pointBoxes > 0 && s.summary; })()`, { timeout: 5_000, polling: 50 });
      const after = await state(tab);
      expect(after.pointBoxes).toBeGreaterThan(10);
      expect(after.renderError).toBe(false);
    } finally {
      await tab.close();
    }
  }, 60_000);

  it('keeps the form when the catalogue cannot be fetched, says so in the opened list, and tries again on request', async () => {
    const { tab, held } = await tabHoldingCatalogue();
    try {
      await click(tab, '#fv-field-membersPresent');
      await tab.waitForFunction(`document.querySelector('samspil-field-visit-form').shadowRoot.querySelector('button.disclosure') !== null`, { polling: 50 });
      await click(tab, 'button.disclosure');
      await until(() => held.length === 1);
      await held[0]?.abort('connectionfailed');
      await tab.waitForFunction(`${formState}.retry`, { timeout: 5_000, polling: 50 });
      const failed = await state(tab);
      expect(failed.pointsText).toContain('kunne ikke hentes');
      expect(failed.renderError).toBe(false);
      expect(failed.fields).toBeGreaterThan(10);
      // Submitting cannot check the codes without the catalogue: nothing is handed in, and the
      // live region says why.
      await click(tab, 'button.submit');
      await until(() => held.length === 2);
      await held[1]?.abort('connectionfailed');
      // The opened list says the catalogue could not be fetched; the live region that the visit could not be checked.
      await tab.waitForFunction(
        `(() => {
          const regions = [...document.querySelector('samspil-field-visit-form').shadowRoot.querySelectorAll('[role="status"]')].map((region) => region.textContent);
          return regions.some((text) => text.includes('Listen over opmærksomhedspunkter kunne ikke hentes')) && regions.some((text) => text.includes('Besøget kunne ikke tjekkes'));
        })()`,
        { timeout: 5_000, polling: 50 },
      );
      expect((await state(tab)).summary).toBe(false);
      // "Prøv igen" fetches it again, and the list fills in.
      await click(tab, '.points button');
      await until(() => held.length === 3);
      await held[2]?.continue();
      await tab.waitForFunction(`${formState}.pointBoxes > 0`, { timeout: 5_000, polling: 50 });
    } finally {
      await tab.close();
    }
  }, 60_000);

  it('is not valid for a portal\'s form until core\'s submit rules have arrived, and says why', async () => {
    const rules = submitRulesChunk();
    const { tab, held } = await tabHoldingCatalogue([rules]);
    const validity = () =>
      tab.evaluate(() => {
        const form = document.querySelector('samspil-field-visit-form') as HTMLElement & { checkValidity(): boolean; validationMessage: string };
        return { valid: form.checkValidity(), message: form.validationMessage };
      });
    try {
      await until(() => held.length === 1);
      expect(held.map((request) => new URL(request.url()).pathname), 'the rules are asked for once the fields are painted').toEqual([rules]);
      expect(await validity()).toEqual({ valid: false, message: 'Besøget er ved at blive tjekket. Vent et øjeblik, og prøv igen.' });
      await held[0]?.abort('connectionfailed');
      await until(() => held.length === 1);
      await tab.waitForFunction(
        `document.querySelector('samspil-field-visit-form').validationMessage.startsWith('Besøget kunne ikke tjekkes')`,
        { timeout: 5_000, polling: 50 },
      );
      expect((await validity()).valid).toBe(false);
      // Submitting fetches the rules again; once they are there, core's own rules decide.
      await click(tab, 'button.submit');
      await until(() => held.length === 2);
      await held[1]?.continue();
      await tab.waitForFunction(`${formState}.summary`, { timeout: 5_000, polling: 50 });
      const checked = await validity();
      expect(checked.valid).toBe(false);
      expect(checked.message).not.toContain('tjekke');
      expect(checked.message.length).toBeGreaterThan(0);
    } finally {
      await tab.close();
    }
  }, 60_000);
});
