import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExample, routesFor } from './support/build-example.js';
import { serveInChromium, type ChromiumHarness, type Route } from './support/serve-in-chromium.mjs';
import { watchTab } from './support/watch-tab.mjs';

// The embedding guide's examples (docs/examples), each built with its own toolchain and opened in
// Chromium under the strict CSP a kommune portal may send. Each test checks that the widget shows
// what the page or framework handed it and that its event reaches the page's own handler.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'docs/examples');
const cdn = join(root, 'packages/widgets/cdn');
const guide = join(root, 'docs/guides/embedding.md');
const CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

// One server and one browser for all examples. serveInChromium looks routes up per request, so
// each test adds its example's files to this object once they are built.
const routes: Record<string, Route> = {};
let harness: ChromiumHarness;
let browser: Browser;

beforeAll(async () => {
  harness = await serveInChromium(routes, { 'Content-Security-Policy': CSP });
  browser = harness.browser;
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

interface Opened {
  readonly tab: Page;
  /** Console errors and warnings, uncaught errors, CSP and Trusted Types violations. */
  readonly problems: string[];
  /** Paths the page asked the server for. */
  readonly requests: string[];
}

async function open(path: string, ready: string): Promise<Opened> {
  const tab = await browser.newPage();
  const { problems, requests } = watchTab(tab);
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
  await tab.goto(new URL(path, harness.origin).href, { waitUntil: 'load' });
  try {
    await tab.waitForFunction(ready, { timeout: 15_000, polling: 100 });
  } catch (error) {
    throw new Error(`${path} never got ready (${ready}); problems: ${problems.join('; ') || 'none'}`, { cause: error });
  }
  return { tab, problems, requests };
}

const rendered = (tag: string, selector: string, atLeast: number) =>
  `(document.querySelector('${tag}')?.shadowRoot?.querySelectorAll('${selector}').length ?? 0) >= ${atLeast}`;

const shadowText = (tab: Page, tag: string) => tab.$eval(tag, (element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');

const textNow = (tab: Page, selector: string) => tab.$eval(selector, (node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '');

/** The text of `selector` once it contains `part` (or after 10 s, so the assertion shows what it is). */
async function textOf(tab: Page, selector: string, part: string): Promise<string> {
  await tab
    .waitForFunction(`(document.querySelector(${JSON.stringify(selector)})?.textContent ?? '').includes(${JSON.stringify(part)})`, { timeout: 10_000, polling: 50 })
    .catch(() => undefined);
  return textNow(tab, selector);
}

const checklistItems = (tab: Page) => tab.$eval('samspil-coordination-checklist', (element) => element.shadowRoot?.querySelectorAll('select.status').length ?? 0);

/** Picks a status for the checklist's first item as a person would, and lets the widget hear it. */
async function setFirstStatus(tab: Page, status: string): Promise<void> {
  await tab.$eval(
    'samspil-coordination-checklist',
    (element, value) => {
      const select = element.shadowRoot?.querySelector('select.status');
      if (!(select instanceof HTMLSelectElement)) throw new Error('the checklist shows no status');
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    },
    status,
  );
}

/**
 * Activates a control inside a widget from the keyboard (Enter for buttons, Space for boxes and
 * radios), as a person would. Keyboard rather than mouse: a click lands on coordinates, which
 * move while a long form is still laying out.
 */
async function press(tab: Page, selector: string, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  const control = await tab.$(`pierce/${selector}`);
  if (control === null) throw new Error(`no ${selector} on the page`);
  await control.focus();
  await tab.keyboard.press(key);
}

async function type(tab: Page, selector: string, text: string): Promise<void> {
  const field = await tab.$(`pierce/${selector}`);
  if (field === null) throw new Error(`no ${selector} on the page`);
  await field.focus();
  await tab.keyboard.type(text);
}

const MEMBERS = ['Huda Darwish', 'Karim Darwish', 'Lina Darwish'];

/**
 * The framework examples hand the form the family, the actors and a saved draft as properties
 * and show what their handler received from `samspil-visit-submit`.
 */
async function expectSavedVisitSubmits(path: string): Promise<void> {
  const { tab, problems } = await open(path, rendered('samspil-field-visit-form', 'input', 10));
  const text = await shadowText(tab, 'samspil-field-visit-form');
  for (const member of MEMBERS) expect(text).toContain(member);
  expect(text).toContain('Sara Holm');
  // The draft arrived as an object: its place is in the field, and no attribute holds "[object Object]".
  expect(await tab.$eval('pierce/#fv-field-place', (input) => (input as HTMLInputElement).value)).toBe('Familiens hjem');
  expect(await tab.$eval('samspil-field-visit-form', (form) => ['family', 'actors', 'visit'].filter((name) => form.hasAttribute(name)))).toEqual([]);
  expect(await textNow(tab, '#visit-received')).toBe('');

  await press(tab, 'button.submit');
  expect(await textOf(tab, '#visit-received', 'sendt ind')).toBe('Besøget visit-darwish-2026-03-02 er sendt ind (2 til stede).');
  expect(problems).toEqual([]);
  await tab.close();
}

describe('the script-tag example (a CMS page, no build step)', () => {
  beforeAll(() => {
    Object.assign(routes, {
      ...routesFor(join(examples, 'script-tag'), '/'),
      '/assets/samspil-events.js': { body: readFileSync(join(examples, 'script-tag/samspil-events.js')), type: 'text/javascript' },
      ...(existsSync(cdn) ? routesFor(cdn, '/assets/samspil/') : {}),
    });
  });

  it('has the CDN bundle to copy (built by `pnpm build`)', () => {
    expect(existsSync(join(cdn, 'samspil.js')), 'run the build first').toBe(true);
  });

  it('shows the family from the JSON block, and a visit filled in by hand reaches the page', async () => {
    const { tab, problems, requests } = await open('/', `${rendered('samspil-field-visit-form', 'input', 10)} && ${rendered('samspil-actioncard', 'button', 1)}`);
    const text = await shadowText(tab, 'samspil-field-visit-form');
    for (const member of MEMBERS) expect(text).toContain(member);

    // A new home visit, as a caseworker fills it in after the visit.
    await tab.$eval('pierce/#fv-field-date', (input) => {
      (input as HTMLInputElement).value = '2026-03-02';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
    await type(tab, '#fv-field-place', 'Familiens hjem');
    await press(tab, '#fv-field-visitors', 'Space');
    await press(tab, '#fv-field-membersPresent', 'Space');
    await press(tab, '#fv-decline-resources', 'Space');
    await type(tab, '#fv-field-familyOwnWords', 'Vi vil gerne have ro.');
    await press(tab, '#fv-field-consentExplained-explained-no', 'Space');
    await press(tab, 'button.submit');
    expect(await textOf(tab, '#visit-received', 'sendt ind')).toBe('Besøget visit-darwish-cms-1 er sendt ind (1 til stede).');

    // The actioncard was configured by attributes alone.
    await press(tab, '#start');
    expect(await textOf(tab, '#conversation-state', 'Samtalen')).toBe('Samtalen conversation-darwish-cms-1: in-progress, 0 svar.');

    expect(problems).toEqual([]);
    expect(requests.every((path) => path === '/' || path === '/assets/samspil-events.js' || path.startsWith('/assets/samspil/'))).toBe(true);
    await tab.close();
  }, 60_000);
});

describe('the bundler example (Vite, one widget, core functions)', () => {
  let javascript = '';

  it('type-checks and builds', async () => {
    const built = await buildExample('bundler');
    Object.assign(routes, built.routes);
    javascript = built.javascript;
  }, 120_000);

  it('bundles only the checklist', () => {
    expect(javascript).toContain('samspil-coordination-checklist');
    expect(javascript).not.toContain('samspil-field-visit-form');
    expect(javascript).not.toContain('samspil-actioncard');
  });

  it('shows the checklist core created, and a change reaches the page', async () => {
    const { tab, problems } = await open('/bundler/', rendered('samspil-coordination-checklist', 'select.status', 5));
    expect(await tab.evaluate(() => ['samspil-coordination-checklist', 'samspil-field-visit-form', 'samspil-actioncard'].map((tag) => customElements.get(tag) !== undefined))).toEqual([true, false, false]);
    expect(await shadowText(tab, 'samspil-coordination-checklist')).toContain('Forberedelse af netværksmøde');
    const total = await checklistItems(tab);
    expect(await textOf(tab, '#checklist-progress', 'klaret')).toBe(`0 af ${total} punkter er klaret.`);

    await setFirstStatus(tab, 'done');
    expect(await textOf(tab, '#checklist-progress', '1 af')).toBe(`1 af ${total} punkter er klaret.`);
    expect(problems).toEqual([]);
    await tab.close();
  }, 60_000);
});

describe('the React example (React 19 elements and @lit/react wrappers)', () => {
  it('type-checks and builds', async () => {
    Object.assign(routes, (await buildExample('react')).routes);
  }, 120_000);

  it('passes the family and a saved draft as properties, and hears the submit through onsamspil-visit-submit', async () => {
    await expectSavedVisitSubmits('/react/');
  }, 60_000);

  it('drives the checklist through the @lit/react wrapper and its typed onChecklistChange', async () => {
    const { tab, problems } = await open('/react/', rendered('samspil-coordination-checklist', 'select.status', 5));
    const total = await checklistItems(tab);
    expect(await textOf(tab, '#checklist-progress', 'klaret')).toBe(`0 af ${total} punkter er klaret.`);
    await setFirstStatus(tab, 'done');
    expect(await textOf(tab, '#checklist-progress', '1 af')).toBe(`1 af ${total} punkter er klaret.`);
    // React state and the element agree after the change.
    expect(await tab.$eval('samspil-coordination-checklist', (element) => (element as HTMLElement & { instance?: { items: { status: string }[] } }).instance?.items[0]?.status)).toBe('done');
    expect(problems).toEqual([]);
    await tab.close();
  }, 60_000);
});

describe('the Vue example (SFC with .prop bindings)', () => {
  it('builds', async () => {
    Object.assign(routes, (await buildExample('vue')).routes);
  }, 120_000);

  it('binds the family and a saved draft with .prop, and hears the submit through @samspil-visit-submit', async () => {
    await expectSavedVisitSubmits('/vue/');
  }, 60_000);
});

describe('the Angular example (standalone, zoneless, AOT)', () => {
  it('compiles ahead of time (templates type-checked) and builds', async () => {
    Object.assign(routes, (await buildExample('angular')).routes);
  }, 120_000);

  it('binds [family] and a saved draft, and hears the submit through (samspil-visit-submit)', async () => {
    await expectSavedVisitSubmits('/angular/');
  }, 60_000);
});

describe('the embedding guide', () => {
  it('quotes the examples as they are', () => {
    const markdown = readFileSync(guide, 'utf8');
    // A fenced block whose info string names an example file, e.g. ```tsx react/HomeVisit.tsx
    const blocks = [...markdown.matchAll(/^```[\w-]+ ([\w./-]+)\n([\s\S]*?)^```$/gm)];
    expect(new Set(blocks.map(([, file]) => file?.split('/')[0]))).toEqual(new Set(['script-tag', 'bundler', 'react', 'vue', 'angular']));
    for (const [, file, code] of blocks) {
      const path = join(examples, file ?? '');
      expect(existsSync(path), `${file} named in the guide`).toBe(true);
      expect(readFileSync(path, 'utf8'), `the guide's block from ${file}`).toContain(code);
    }
  });
});
