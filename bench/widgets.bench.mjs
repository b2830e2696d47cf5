// Widget speed in headless Chromium, measured inside the page with performance.now() on the built
// CDN module (what a CMS page loads): the field-visit form's first render and one keystroke to
// updated state and layout (page start to fields is page-start.bench.mjs); the coordination checklist with
// 1,000 items: first render (the first frame), every item present, and toggling one item; and
// typing into the form with autosave on, counting main-thread tasks over 50 ms.
// Targets from the widget issue.
import { CHECKLIST_TEMPLATES, createChecklist } from '@samspil/core';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cdnRoutes } from '../test/support/cdn-files.mjs';
import { launchChromium } from '../test/support/serve-in-chromium.mjs';
import { actors, benchPage, family, formMarkup } from './support/form-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cdnFile = join(root, 'packages/widgets/cdn/samspil.js');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// 1,000 items: 25 phases of 40, each item due relative to one anchor, every fifth waiting for the one before.
function bigChecklist() {
  const base = CHECKLIST_TEMPLATES[0];
  const phases = Array.from({ length: 25 }, (_, phase) => ({
    id: `phase-${phase}`,
    title: { da: `Fase ${phase + 1}`, en: `Phase ${phase + 1}` },
    items: Array.from({ length: 40 }, (_, n) => ({
      id: `item-${phase}-${n}`,
      title: { da: `Opgave ${phase + 1}.${n + 1}`, en: `Task ${phase + 1}.${n + 1}` },
      ownerRole: { role: 'coordinator' },
      deadline: { anchor: 'start', offset: { days: phase * 7 + n }, direction: 'after' },
      ...(n % 5 === 4 ? { dependsOn: [`item-${phase}-${n - 1}`] } : {}),
    })),
  }));
  const template = { ...base, id: 'bench-1000', version: 1, anchors: [{ id: 'start', label: { da: 'Start', en: 'Start' } }], phases };
  const created = createChecklist(template, { id: 'bench-instance', familyId: 'family-1', anchors: { start: '2026-01-05' }, now: '2026-01-05' });
  if (!created.ok) throw new Error(JSON.stringify(created.issues.slice(0, 3)));
  return { template, instance: created.value };
}

export default async function run() {
  if (!existsSync(cdnFile)) throw new Error('build first: cdn/samspil.js is missing');
  const routes = {
    '/': benchPage('/samspil.js', ''),
    '/autosave': benchPage('/samspil.js', formMarkup('bench-autosave', 'autosave ')),
    // The CDN module and its chunks, as a portal serves the cdn/ folder.
    ...Object.fromEntries(Object.entries(cdnRoutes()).map(([path, route]) => [path, route.body])),
  };
  const server = createServer((request, response) => {
    const body = routes[request.url ?? ''];
    if (body === undefined) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': request.url.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/`, { waitUntil: 'load' });
    await tab.waitForFunction(() => customElements.get('samspil-coordination-checklist') !== undefined);

    const form = await tab.evaluate(async (data) => {
      const times = [];
      const keystrokes = [];
      for (let run = 0; run < 25; run += 1) {
        const start = performance.now();
        const element = document.createElement('samspil-field-visit-form');
        element.setAttribute('visit-id', `v${run}`);
        element.setAttribute('family-id', data.family.id);
        element.setAttribute('kind', 'home');
        element.family = data.family;
        element.actors = data.actors;
        document.body.append(element);
        await element.updateComplete;
        element.getBoundingClientRect();
        document.body.getBoundingClientRect();
        times.push(performance.now() - start);
        if (run === 24) {
          const input = element.shadowRoot.querySelector('input[type="text"]');
          for (let key = 0; key < 60; key += 1) {
            const before = performance.now();
            input.value += 'a';
            input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'a', inputType: 'insertText' }));
            await element.updateComplete;
            document.body.getBoundingClientRect();
            keystrokes.push(performance.now() - before);
          }
        }
        element.remove();
      }
      return { times, keystrokes };
    }, { family, actors });

    const { template, instance } = bigChecklist();
    await tab.goto(`${origin}/`, { waitUntil: 'load' });
    await tab.waitForFunction(() => customElements.get('samspil-coordination-checklist') !== undefined);
    const checklist = await tab.evaluate(async (data) => {
      const renders = [];
      const complete = [];
      const toggles = [];
      for (let run = 0; run < 7; run += 1) {
        const start = performance.now();
        const element = document.createElement('samspil-coordination-checklist');
        element.setAttribute('today', '2026-03-01');
        element.template = data.template;
        element.instance = data.instance;
        element.actors = [];
        document.body.append(element);
        // First render: the first frame after the element is added, with its first items laid out.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (element.shadowRoot.querySelector('li[data-item-id]') === null) throw new Error('no item in the first frame');
        document.body.getBoundingClientRect();
        renders.push(performance.now() - start);
        // Every item present (updateComplete waits for the later batches) and laid out.
        await element.updateComplete;
        if (element.shadowRoot.querySelectorAll('li[data-item-id]').length !== data.instance.items.length) throw new Error('items missing');
        document.body.getBoundingClientRect();
        complete.push(performance.now() - start);
        if (run === 6) {
          const selects = [...element.shadowRoot.querySelectorAll('select.status')];
          for (let n = 0; n < 30; n += 1) {
            const select = selects[n * 3];
            const before = performance.now();
            select.value = select.value === 'open' ? 'in-progress' : 'open';
            select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
            await element.updateComplete;
            document.body.getBoundingClientRect();
            toggles.push(performance.now() - before);
          }
        }
        element.remove();
      }
      return { renders, complete, toggles, items: data.instance.items.length };
    }, { template, instance });

    // Typing with autosave on (encrypted IndexedDB): 300 characters at a brisk typist's pace, with
    // a pause every 40 so the draft is saved several times; every main-thread task over 50 ms counts.
    const typingTab = await browser.newPage();
    await typingTab.goto(`${origin}/autosave`, { waitUntil: 'load' });
    const textarea = await typingTab.waitForSelector('pierce/#fv-field-familyOwnWords');
    await typingTab.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
    });
    const words = 'Vi kom til Danmark for tre år siden og børnene går nu i skole og børnehave i byen. ';
    for (let chunk = 0; chunk < 300 / 40; chunk += 1) {
      await textarea.type(words.repeat(2).slice(0, 40), { delay: 15 });
      await new Promise((resolve) => setTimeout(resolve, 600));
    }
    const typing = await typingTab.evaluate(() => ({
      longTasks: window.__longTasks,
      saved: document.querySelector('samspil-field-visit-form')?.shadowRoot?.querySelector('.draft-status')?.textContent?.trim() ?? '',
    }));
    if (!typing.saved.startsWith('Gemt lokalt')) throw new Error(`autosave did not save: ${typing.saved}`);
    await typingTab.close();

    return [
      { name: 'typing 300 characters with autosave on: main-thread tasks over 50 ms', value: typing.longTasks.length, unit: 'tasks', target: 0, better: 'lower' },
      { name: 'typing with autosave on: longest main-thread task over 50 ms (0 = none)', value: Math.max(0, ...typing.longTasks), unit: 'ms', target: null, better: 'lower' },
      { name: 'field-visit form, first render (6 members, default sections)', value: median(form.times), unit: 'ms', target: 16, better: 'lower' },
      { name: 'field-visit form, one keystroke to updated state and layout', value: median(form.keystrokes), unit: 'ms', target: 1, better: 'lower' },
      { name: `coordination checklist, first render (${checklist.items} items)`, value: median(checklist.renders), unit: 'ms', target: 50, better: 'lower' },
      { name: `coordination checklist, every item present (${checklist.items} items, rendered in batches)`, value: median(checklist.complete), unit: 'ms', target: null, better: 'lower' },
      { name: 'coordination checklist, toggling one item', value: median(checklist.toggles), unit: 'ms', target: 4, better: 'lower' },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
