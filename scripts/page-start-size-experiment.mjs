// What the form's first visit pays for (decision 0015). Alternating loads in headless Chromium
// time page start to every field present for five pages, with the benchmark's poller:
// - a minimal Lit element with 35 inputs (no Samspil code);
// - the same, with the form entry's minified code appended as functions that are never called;
// - the same, with that code appended as one string literal (the same bytes, no functions);
// - the field-visit form's own entry, bundled as `pnpm bench` bundles it;
// - the floor: a one-line module adding one input.
// Run after a build: `node scripts/page-start-size-experiment.mjs [loads]` (default 30 each).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { benchPage, formMarkup } from '../bench/support/form-data.mjs';
import { bundleEntry } from '../test/support/measure-bundles.mjs';
import { launchChromium } from '../test/support/serve-in-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LOADS = Number(process.argv[2] ?? 30);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const minimalLit = `import { LitElement, html, css } from 'lit';
class Minimal extends LitElement {
  static styles = css\`.s{display:flex;flex-direction:column;gap:8px;border:1px solid;padding:16px}\`;
  render() {
    return html\`\${[0, 1, 2, 3, 4, 5, 6].map((s) => html\`<section class="s"><h2>Del \${s}</h2>\${[0, 1, 2, 3, 4].map((f) => html\`<label for="f\${s}-\${f}">Felt \${f}</label><input id="f\${s}-\${f}">\`)}</section>\`)}\`;
  }
}
customElements.define('samspil-field-visit-form', Minimal);`;

async function bundleMinimalLit() {
  const id = join(root, 'packages/widgets/src/minimal-lit.js');
  const virtual = { name: 'minimal-lit', resolveId: (source) => (source === id ? id : null), load: (source) => (source === id ? minimalLit : null) };
  const bundle = await rollup({ input: id, plugins: [virtual, nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] })], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false }, ecma: 2022, module: true })] });
  await bundle.close();
  return output[0].code;
}

const form = await bundleEntry(join(root, 'packages/widgets/dist/field-visit-form/field-visit-form.js'));
const formCode = form.chunks.get(form.entry).code;
const formBody = formCode.replace(/export\{[^}]*\};?\s*$/, '');
const lit = await bundleMinimalLit();
const scripts = {
  lit,
  'lit + dead functions': `${lit}\nfunction neverCalled(){${formBody}}`,
  'lit + the same bytes as a string': `${lit}\nexport const neverRead = ${JSON.stringify(formBody)};`,
};
const routes = new Map([
  ['/floor', benchPage('/floor.js', '')],
  ['/floor.js', `const field = document.createElement('input'); field.setAttribute('aria-label', 'felt'); document.body.append(field);`],
  ['/form', benchPage(`/form/${form.entry}`, formMarkup('v1'))],
  ...[...form.chunks].map(([fileName, chunk]) => [`/form/${fileName}`, chunk.code]),
]);
Object.entries(scripts).forEach(([, code], index) => {
  routes.set(`/page-${index}`, benchPage(`/page-${index}.js`, formMarkup('v1')));
  routes.set(`/page-${index}.js`, code);
});
const server = createServer((request, response) => {
  const body = routes.get(request.url ?? '');
  if (body === undefined) return response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': request.url.endsWith('.js') ? 'text/javascript' : 'text/html', 'Cache-Control': 'no-store' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  await tab.evaluateOnNewDocument(() => {
    const check = () => {
      const element = document.querySelector('samspil-field-visit-form');
      const count = element === null ? document.querySelectorAll('input').length : (element.shadowRoot?.querySelectorAll('input').length ?? 0);
      if (count > 0) window.__fieldsPresent = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const pages = [...Object.keys(scripts).map((name, index) => [name, `/page-${index}`]), ["the form's own entry", '/form']];
  const times = new Map([...pages.map(([name]) => [name, []]), ['floor', []]]);
  // Every page follows the floor page, so each pays the same for leaving the one before.
  for (let round = 0; round < LOADS + 2; round += 1) {
    for (const [name, path] of [...pages.flatMap((page) => [page, ['floor', '/floor']])]) {
      await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
      const at = await tab.waitForFunction(() => window.__fieldsPresent).then((handle) => handle.jsonValue());
      if (round >= 2) times.get(name).push(at);
    }
  }
  const sizes = { ...Object.fromEntries(Object.entries(scripts).map(([name, code]) => [name, code.length])), "the form's own entry": formCode.length, floor: 0 };
  console.log(`| page | minified bytes | page start to fields (median of ${LOADS}) |\n|---|---|---|`);
  for (const [name, values] of times) console.log(`| ${name} | ${sizes[name].toLocaleString('en')} | ${median(values).toFixed(1)} ms |`);
} finally {
  await browser.close();
  server.close();
}
