// Page start to every field of the field-visit form present, in headless Chromium: from navigation
// start (performance.now() = 0) to the first animation frame in which the form's shadow root holds
// all its fields. The moment is taken inside the page by a poller installed before the page's own
// scripts run, so the time the harness needs to ask the page is not counted.
//
// Four pages, loaded in turn, several times each:
// - first visit with the CDN file (`cdn/samspil.js`, all widgets), nothing cached (`no-store`);
// - return visit with the CDN file, served as static servers and CDNs do (`no-cache` and an ETag:
//   revalidated on every load, answered 304, so Chromium reuses V8's compiled code);
// - first visit with the form's own entry, bundled the way test/support/measure-bundles.mjs
//   measures it (what a portal with a bundler ships on a page with only the form);
// - first visit with `cdn/field-visit-form.js`, the form's own CDN file (decision 0015: what a CMS
//   page with only the form loads);
// - the floor: the same kind of page whose module only adds one input.
// Target from the widget issue: 100 ms.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cdnRoutes } from '../test/support/cdn-files.mjs';
import { launchChromium } from '../test/support/serve-in-chromium.mjs';
import { bundleEntry } from '../test/support/measure-bundles.mjs';
import { benchPage, formMarkup } from './support/form-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cdnFile = join(root, 'packages/widgets/cdn/samspil.js');
const formEntry = join(root, 'packages/widgets/dist/field-visit-form/field-visit-form.js');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const LOADS = 15;

const formPage = (script) => benchPage(script, formMarkup('v1'));

// Runs in the page before its scripts: records the first frame in which the fields are there,
// and how many there were, so the run can check that the count did not grow later.
function installPoller() {
  const fieldCount = () => {
    const form = document.querySelector('samspil-field-visit-form');
    if (form === null) return document.querySelectorAll('input').length;
    return form.shadowRoot?.querySelectorAll('input, select, textarea').length ?? 0;
  };
  const check = () => {
    const count = fieldCount();
    if (count > 0) window.__fieldsPresent = { at: performance.now(), count };
    else requestAnimationFrame(check);
  };
  window.__fieldCount = fieldCount;
  requestAnimationFrame(check);
}

export default async function run() {
  if (!existsSync(cdnFile) || !existsSync(formEntry)) throw new Error('build first: cdn/samspil.js or the widgets dist/ is missing');
  const cdn = Object.entries(cdnRoutes()).map(([path, route]) => [path, route.body]);
  const entry = await bundleEntry(formEntry);
  const routes = new Map([
    ['/first/form', formPage('/first/samspil.js')],
    ['/return/form', formPage('/return/samspil.js')],
    ['/entry/form', formPage(`/entry/${entry.entry}`)],
    ['/first/form-only', formPage('/first/field-visit-form.js')],
    ['/baseline/page', benchPage('/baseline/one-input.js', '')],
    ['/baseline/one-input.js', `const field = document.createElement('input'); field.setAttribute('aria-label', 'felt'); document.body.append(field);`],
    ...cdn.map(([path, body]) => [`/first${path}`, body]),
    ...cdn.map(([path, body]) => [`/return${path}`, body]),
    ...[...entry.chunks].map(([fileName, chunk]) => [`/entry/${fileName}`, chunk.code]),
  ]);
  const server = createServer((request, response) => {
    const url = request.url ?? '';
    const body = routes.get(url);
    if (body === undefined) return response.writeHead(404).end();
    const headers = { 'Content-Type': url.endsWith('.js') ? 'text/javascript' : 'text/html' };
    if (url.startsWith('/return/')) {
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
      Object.assign(headers, { 'Cache-Control': 'no-cache', ETag: etag });
      if (request.headers['if-none-match'] === etag) return response.writeHead(304, headers).end();
    } else headers['Cache-Control'] = 'no-store';
    response.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.evaluateOnNewDocument(installPoller);
    const load = async (path) => {
      await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
      const present = await tab.waitForFunction(() => window.__fieldsPresent).then((handle) => handle.jsonValue());
      // Every field, not just some: the count in that frame is the count once everything settled.
      const settled = await tab.evaluate(async () => {
        await document.querySelector('samspil-field-visit-form')?.updateComplete;
        return window.__fieldCount();
      });
      if (present.count !== settled) throw new Error(`${path}: ${present.count} fields in the first frame, ${settled} later`);
      return present;
    };
    const pages = { first: '/first/form', return: '/return/form', entry: '/entry/form', formOnly: '/first/form-only', baseline: '/baseline/page' };
    const times = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
    let fields = 0;
    // Two rounds to warm up (the renderer's first Intl use, the return visit's compiled-code cache), then the measured ones.
    for (let round = 0; round < LOADS + 2; round += 1) {
      for (const [name, path] of Object.entries(pages)) {
        const present = await load(path);
        if (name !== 'baseline') fields = present.count;
        if (round >= 2) times[name].push(present.at);
      }
    }
    return [
      { name: `field-visit form, page start to every field present (${fields} fields): cdn/samspil.js, first visit`, value: median(times.first), unit: 'ms', target: 100, better: 'lower' },
      { name: 'field-visit form, page start to every field present: cdn/samspil.js, return visit (revalidated, compiled code reused)', value: median(times.return), unit: 'ms', target: 100, better: 'lower' },
      { name: "field-visit form, page start to every field present: the form's own entry bundled, first visit", value: median(times.entry), unit: 'ms', target: 100, better: 'lower' },
      { name: 'field-visit form, page start to every field present: cdn/field-visit-form.js (only the form), first visit', value: median(times.formOnly), unit: 'ms', target: 100, better: 'lower' },
      { name: "baseline: page start to one input added by a one-line module (this machine's floor)", value: median(times.baseline), unit: 'ms', target: null, better: 'lower' },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
