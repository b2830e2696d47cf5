import { CHECKLIST_TEMPLATES, createChecklist } from '@samspil/core';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CDN_DIR, cdnFiles, cdnRoutes, reachableGraphOf, staticGraphOf } from './support/cdn-files.mjs';
import { serveInChromium, type ChromiumHarness } from './support/serve-in-chromium.mjs';
import { watchTab } from './support/watch-tab.mjs';

// A CMS page as a kommune would write it: one <script type="module"> loading cdn/samspil.js,
// markup with inline JSON configuration, and the strictest CSP the widget issue names. Served
// from 127.0.0.1 and opened in the system Chromium.
const cdnFile = `${CDN_DIR}/samspil.js`;
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; require-trusted-types-for 'script'";
const hostile = '"><img src=x onerror="window.__pwned=1">';

const reception = CHECKLIST_TEMPLATES.find((template) => template.id === 'reception-asylum-to-housing');
const instance = (() => {
  if (reception === undefined) throw new Error('reception template missing');
  const anchors = Object.fromEntries(reception.anchors.map((anchor) => [anchor.id, '2026-01-05']));
  const created = createChecklist(reception, { id: 'checklist-1', familyId: 'family-1', anchors, now: '2026-01-05' });
  if (!created.ok) throw new Error(JSON.stringify(created.issues));
  return created.value;
})();

const family = {
  id: 'family-1',
  name: 'Familien Darwish',
  members: [
    { id: 'huda', givenName: hostile, role: 'parent', birthDate: '1987-05-12', languages: ['ar'], interpreterNeed: { language: 'ar', mode: 'in-person' } },
    { id: 'adam', givenName: 'Adam', role: 'child', birthDate: '2021-12-10', languages: ['ar'], custodyHolderIds: ['huda'] },
  ],
};
const actors = [
  { id: 'sara', kind: 'person', name: `Sara ${hostile}`, sector: 'children-family-services', authority: { id: 'ek', name: 'Eksempel Kommune', kind: 'municipality' }, roles: ['caseworker', 'coordinator'], contacts: [] },
];
// A JSON data block must not be able to close its own <script> element.
const jsonBlock = (value: unknown) => `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

// The probe first, then the one module a CMS page loads.
const cmsPage = (lang: string, title: string, body: string, script = '/samspil.js') => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${title}</title>
<script src="/probe.js"></script>
<script type="module" src="${script}"></script>
</head>
<body>${body}</body>
</html>`;

const page = cmsPage(
  'da',
  'Eksempel Kommune',
  `<main>
<samspil-field-visit-form name="visit" visit-id="visit-1" family-id="family-1" kind="home" actor-id="sara">${jsonBlock({ family, actors })}</samspil-field-visit-form>
<samspil-actioncard family-id="family-1" person-ids="huda" actor-id="sara"></samspil-actioncard>
<samspil-coordination-checklist template-id="reception-asylum-to-housing" current-actor-id="sara" today="2026-03-01">${jsonBlock({ instance, actors })}</samspil-coordination-checklist>
</main>`,
);

// The same form keeping drafts: its encrypted store is a chunk loaded on demand, from 'self'.
const autosavePage = page.replace('<samspil-field-visit-form name="visit"', '<samspil-field-visit-form autosave name="visit"');

// A page with only the form, loading the form's own CDN file (decision 0015).
const formOnlyPage = cmsPage(
  'da',
  'Hjemmebesøg',
  `<samspil-field-visit-form name="visit" visit-id="visit-1" family-id="family-1" kind="home" actor-id="sara">${jsonBlock({ family, actors })}</samspil-field-visit-form>`,
  '/field-visit-form.js',
);

// An English page with a form whose kind attribute is not one of the allowed values: its error
// state shows core's message for that, which in English comes from a chunk loaded on demand.
const englishPage = cmsPage(
  'en',
  'Example Municipality',
  `<samspil-field-visit-form visit-id="visit-1" family-id="family-1" kind="spaceship" actor-id="sara">${jsonBlock({ family, actors })}</samspil-field-visit-form>`,
);

// The CDN files `entry` can load whose text matches `pattern` (each CDN entry is its own build,
// decision 0015, so each has chunks of its own).
const chunksOf = (entry: string, pattern: RegExp) => reachableGraphOf(entry).filter((file) => pattern.test(readFileSync(`${CDN_DIR}/${file}`, 'utf8')));
/**
 * The CDN files that hold core's whole Danish catalogue (decision 0012), recognised by the Danish
 * message of a network meeting without a note taker: no widget raises that code, so only the
 * catalogue that `loadMessages('da')` fetches carries it.
 */
const wholeDanishChunks = (entry = 'samspil.js') => chunksOf(entry, /Mødet skal have en referent\./);
/** The CDN files that hold English words: core's issue messages and the widgets' terms (on demand only). */
const englishChunks = (entry = 'samspil.js') => chunksOf(entry, /This field is required\.|languageName:"English"/);

// Counts every CSP or Trusted Types violation the page reports, before any widget code runs.
const probe = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
});`;

let harness: ChromiumHarness;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  harness = await serveInChromium(
    {
      '/': { body: page, type: 'text/html; charset=utf-8' },
      '/autosave': { body: autosavePage, type: 'text/html; charset=utf-8' },
      '/en': { body: englishPage, type: 'text/html; charset=utf-8' },
      '/form-only': { body: formOnlyPage, type: 'text/html; charset=utf-8' },
      ...cdnRoutes(),
      '/probe.js': { body: probe, type: 'text/javascript' },
    },
    { 'Content-Security-Policy': CSP },
  );
  ({ browser, origin } = harness);
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

describe('cdn/samspil.js on a CMS page under a strict CSP with Trusted Types', () => {
  it('is built', () => {
    expect(existsSync(cdnFile), 'run the build first').toBe(true);
  });

  it('renders all three widgets with zero violations, no errors and no request of its own', async () => {
    const tab = await browser.newPage();
    // Only network requests count: data: URLs are the browser's own icons for date and time inputs,
    // and the favicon is asked for by the browser, not by the widgets.
    const { problems, requests } = watchTab(tab);
    await tab.goto(`${origin}/`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(
      () =>
        ['samspil-field-visit-form', 'samspil-actioncard', 'samspil-coordination-checklist'].every(
          (tag) => (document.querySelector(tag)?.shadowRoot?.childElementCount ?? 0) > 0,
        ),
      { timeout: 15_000 },
    );
    const state = await tab.evaluate(() => ({
      violations: (window as unknown as { __violations: string[] }).__violations,
      pwned: (window as unknown as { __pwned?: number }).__pwned === 1,
      defined: ['samspil-field-visit-form', 'samspil-actioncard', 'samspil-coordination-checklist'].map((tag) => customElements.get(tag) !== undefined),
      formFields: document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelectorAll('input, select, textarea').length ?? 0,
      checklistItems: document.querySelector('samspil-coordination-checklist')?.shadowRoot?.querySelectorAll('select').length ?? 0,
      errorStates: [...document.querySelectorAll('samspil-field-visit-form, samspil-actioncard, samspil-coordination-checklist')].filter(
        (element) => element.shadowRoot?.querySelector('[role="alert"]') !== null && (element as HTMLElement & { hasError?: boolean }).hasError === true,
      ).length,
      hostileShownAsText: document.querySelector('samspil-field-visit-form')?.shadowRoot?.textContent?.includes('onerror') ?? false,
      injectedImages: document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelectorAll('img').length ?? 0,
    }));
    await tab.close();
    expect(state.violations).toEqual([]);
    expect(problems).toEqual([]);
    expect(state.pwned).toBe(false);
    expect(state.defined).toEqual([true, true, true]);
    expect(state.errorStates).toBe(0);
    expect(state.formFields).toBeGreaterThan(10);
    expect(state.checklistItems).toBeGreaterThan(10);
    expect(state.hostileShownAsText).toBe(true);
    expect(state.injectedImages).toBe(0);
    // The page, the probe, and files of the CDN folder: the module with its static imports, and the
    // shipped content these widgets name (templates, guide). Nothing else, and not the store behind
    // `autosave`, since no widget here keeps drafts.
    const upFront = staticGraphOf('samspil.js');
    const storeOnly = staticGraphOf('storage.js').filter((file) => !upFront.includes(file));
    expect(requests.filter((path) => path !== '/' && path !== '/probe.js' && !cdnFiles().includes(path.slice(1)))).toEqual([]);
    expect(upFront.filter((file) => !requests.includes(`/${file}`))).toEqual([]);
    expect(requests.filter((path) => storeOnly.includes(path.slice(1)))).toEqual([]);
    // A Danish page fetches no English: neither the widgets' terms nor core's issue messages.
    expect(englishChunks().filter((file) => upFront.includes(file)), 'English is not part of the static graph').toEqual([]);
    expect(requests.filter((path) => englishChunks().includes(path.slice(1)))).toEqual([]);
    // Nor the rest of core's Danish: the widgets know the messages of every code they raise.
    expect(wholeDanishChunks().length, 'the whole Danish catalogue: a chunk of its own').toBe(1);
    expect(wholeDanishChunks().filter((file) => upFront.includes(file) || requests.includes(`/${file}`))).toEqual([]);
  }, 60_000);

  it('fetches English terms and core messages on demand for an English page, with zero violations', async () => {
    const english = englishChunks();
    expect(english.length, 'core messages and widget terms in English: chunks of their own').toBe(2);
    const tab = await browser.newPage();
    const { problems, requests } = watchTab(tab);
    await tab.goto(`${origin}/en`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelector('[role="alert"]') !== null, { timeout: 15_000 });
    const state = await tab.evaluate(() => ({
      violations: (window as unknown as { __violations: string[] }).__violations,
      text: document.querySelector('samspil-field-visit-form')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
    }));
    await tab.close();
    expect(state.violations).toEqual([]);
    expect(problems).toEqual([]);
    expect(state.text).toContain('This content cannot be shown');
    expect(state.text).toContain('Choose one of the allowed values.');
    expect(state.text).not.toContain('Vælg en af de tilladte værdier.');
    expect(english.filter((file) => !requests.includes(`/${file}`)), 'both English chunks fetched').toEqual([]);
    expect(english.map((file) => requests.filter((path) => path === `/${file}`).length)).toEqual([1, 1]);
  }, 60_000);

  it('loads the encrypted store for autosave on demand, from the CDN folder, with zero violations', async () => {
    const tab = await browser.newPage();
    const { problems, requests } = watchTab(tab);
    await tab.goto(`${origin}/autosave`, { waitUntil: 'networkidle0' });
    // The draft store opens its database once the chunk has loaded and the form has asked for a draft.
    await tab.waitForFunction(`indexedDB.databases().then((all) => all.some((info) => info.name === 'samspil'))`, { timeout: 15_000, polling: 100 });
    const violations = await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    await tab.evaluate(`indexedDB.deleteDatabase('samspil')`);
    await tab.close();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    const upFront = staticGraphOf('samspil.js');
    const storeOnly = staticGraphOf('storage.js').filter((file) => file !== 'storage.js' && !upFront.includes(file));
    expect(storeOnly.length, 'the store is a chunk of its own').toBeGreaterThan(0);
    expect(storeOnly.filter((file) => !requests.includes(`/${file}`)), 'autosave asked for the store').toEqual([]);
    expect(requests.every((path) => path === '/autosave' || path === '/probe.js' || path === '/samspil.js' || path.startsWith('/chunks/'))).toBe(true);
  }, 60_000);
});

describe('cdn/field-visit-form.js on a page with only the form, under the same CSP', () => {
  it('renders the form with zero violations, defines only the form, and fetches nothing of the other widgets', async () => {
    const tab = await browser.newPage();
    const { problems, requests } = watchTab(tab);
    await tab.goto(`${origin}/form-only`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => (document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelectorAll('input').length ?? 0) > 0, { timeout: 15_000 });
    const state = await tab.evaluate(() => ({
      violations: (window as unknown as { __violations: string[] }).__violations,
      pwned: (window as unknown as { __pwned?: number }).__pwned === 1,
      defined: ['samspil-field-visit-form', 'samspil-actioncard', 'samspil-coordination-checklist'].map((tag) => customElements.get(tag) !== undefined),
      formFields: document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelectorAll('input, select, textarea').length ?? 0,
      hostileShownAsText: document.querySelector('samspil-field-visit-form')?.shadowRoot?.textContent?.includes('onerror') ?? false,
      valid: (document.querySelector('samspil-field-visit-form') as HTMLElement & { checkValidity(): boolean }).checkValidity(),
    }));
    await tab.close();
    expect(state.violations).toEqual([]);
    expect(problems).toEqual([]);
    expect(state.pwned).toBe(false);
    expect(state.defined).toEqual([true, false, false]);
    expect(state.formFields).toBeGreaterThan(10);
    expect(state.hostileShownAsText).toBe(true);
    // Its own graph only: never samspil.js or a chunk only the all-widgets build uses.
    const reachable = reachableGraphOf('field-visit-form.js');
    expect(requests.filter((path) => path !== '/form-only' && path !== '/probe.js' && !reachable.includes(path.slice(1)))).toEqual([]);
    expect(staticGraphOf('field-visit-form.js').filter((file) => !requests.includes(`/${file}`))).toEqual([]);
    expect(englishChunks('field-visit-form.js').filter((file) => requests.includes(`/${file}`))).toEqual([]);
    expect(wholeDanishChunks('field-visit-form.js').filter((file) => requests.includes(`/${file}`))).toEqual([]);
    // The checklist's and the actioncard's code is not in it.
    const code = reachable.map((file) => readFileSync(`${CDN_DIR}/${file}`, 'utf8')).join('\n');
    expect(code).not.toContain('samspil-actioncard');
    expect(code).not.toContain('samspil-coordination-checklist');
  }, 60_000);

  it.each(['field-visit-form', 'actioncard', 'coordination-checklist'])('cdn/%s.js is built, holds what it needs up front in itself, and reaches only chunks', (widget) => {
    const file = `${widget}.js`;
    expect(existsSync(`${CDN_DIR}/${file}`), 'run the build first').toBe(true);
    // No second round trip before the widget renders (decision 0008's addendum holds for each file).
    expect(staticGraphOf(file)).toEqual([file]);
    expect(reachableGraphOf(file).filter((chunk) => chunk !== file && !chunk.startsWith('chunks/'))).toEqual([]);
  });
});
