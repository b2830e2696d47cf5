import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoPortal } from '../packages/demo-portal/server.mjs';
import { launchChromium } from './support/serve-in-chromium.mjs';
import { watchTab } from './support/watch-tab.mjs';

// Eksempel Kommune as a new user meets it: every page in Chromium under the portal's strict CSP,
// with no console error, no CSP violation, no axe violation, and each widget's events in the log.
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js', { paths: [require.resolve('@samspil/widgets/package.json')] }), 'utf8');

let portal: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  portal = await startDemoPortal({ port: 0 });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

interface Visit {
  readonly tab: Page;
  readonly problems: string[];
}

async function visit(path: string, ready: string): Promise<Visit> {
  const tab = await browser.newPage();
  const { problems } = watchTab(tab);
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await tab.goto(new URL(path, portal.url).href, { waitUntil: 'load' });
  await tab.waitForFunction(new Function(`return (${ready})`) as () => boolean, { timeout: 15_000, polling: 50 });
  return { tab, problems };
}

async function axeViolations(tab: Page): Promise<string[]> {
  await tab.evaluate(axeSource);
  return tab.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}

const logText = (tab: Page) => tab.$eval('#event-log', (node) => node.textContent ?? '');

describe('the demo portal (npm start)', () => {
  it('shows the family and its network from the encrypted store, seeded on the first visit', async () => {
    const { tab, problems } = await visit('/', `document.querySelectorAll('#members tbody tr').length > 0`);
    expect(await tab.$$eval('#members tbody tr', (rows) => rows.length)).toBe(6);
    expect(await tab.$$eval('#actors tbody tr', (rows) => rows.length)).toBeGreaterThan(5);
    expect(await tab.$eval('#store-state', (node) => node.textContent)).toContain('Første besøg');
    await tab.reload({ waitUntil: 'load' });
    await tab.waitForFunction(() => document.querySelector('#store-state')?.textContent !== '', { polling: 50 });
    expect(await tab.$eval('#store-state', (node) => node.textContent)).toContain('hentet fra browserens krypterede lager');
    expect(await axeViolations(tab)).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  }, 60_000);

  it('records a home visit with the field-visit form, autosaved, with its events in the log', async () => {
    const { tab, problems } = await visit('/hjemmebesoeg', `(document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelectorAll('input').length ?? 0) > 10`);
    const place = await tab.waitForSelector('pierce/#fv-field-place');
    await place?.type('Hjemme hos familien');
    await place?.press('Tab');
    await tab.waitForFunction(() => document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelector('.draft-status')?.textContent?.includes('Gemt lokalt'), { timeout: 5_000, polling: 50 });
    expect(await axeViolations(tab)).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  }, 60_000);

  it('holds a conversation with the actioncard and logs samspil-session-change', async () => {
    const { tab, problems } = await visit('/samtale', `document.querySelector('samspil-actioncard')?.shadowRoot?.querySelector('#start') != null`);
    await (await tab.$('pierce/#start'))?.click();
    await tab.waitForFunction(() => document.querySelector('#event-log')?.textContent?.includes('samspil-session-change'), { timeout: 5_000, polling: 50 });
    expect(await logText(tab)).toMatch(/samtale samtale-darwish-1: [a-z-]+, 0 svar/);
    expect(await axeViolations(tab)).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  }, 60_000);

  it('works the coordination checklist and keeps each change in the store', async () => {
    const { tab, problems } = await visit('/tjekliste', `(document.querySelector('samspil-coordination-checklist')?.shadowRoot?.querySelectorAll('select.status').length ?? 0) > 5`);
    await tab.$eval('pierce/select.status', (select) => {
      (select as HTMLSelectElement).value = 'done';
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
    await tab.waitForFunction(() => document.querySelector('#event-log')?.textContent?.includes('samspil-checklist-change'), { timeout: 5_000, polling: 50 });
    expect(await logText(tab)).toContain(': done');
    expect(await axeViolations(tab)).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  }, 60_000);

  it('embeds the widgets the way a CMS would: one script tag and markup', async () => {
    const { tab, problems } = await visit(
      '/cms',
      `['samspil-field-visit-form', 'samspil-coordination-checklist'].every((tag) => (document.querySelector(tag)?.shadowRoot?.childElementCount ?? 0) > 1)`,
    );
    const scripts = await tab.$$eval('script[src]', (nodes) => nodes.map((node) => node.getAttribute('src')));
    expect(scripts).toEqual(['/samspil/samspil.js']);
    expect(await axeViolations(tab)).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  }, 60_000);

  it('purges the device at logout', async () => {
    const { tab, problems } = await visit('/', `document.querySelectorAll('#members tbody tr').length > 0`);
    await tab.click('#logout');
    await tab.waitForFunction(() => document.querySelector('main [role="status"].alert') !== null, { timeout: 8_000, polling: 50 });
    expect(await tab.$eval('main .alert', (node) => node.textContent)).toContain('er slettet');
    expect(await tab.evaluate(async () => (await indexedDB.databases()).map((info) => info.name))).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  }, 60_000);
});
