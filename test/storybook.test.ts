import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/serve-in-chromium.mjs';
import { startStaticServer, type StaticServer } from './support/static-server.mjs';

// The built Storybook (pnpm storybook:build) as a designer opens it: every story in Chromium,
// rendered, with no console error, no request off the page's origin and no axe violation, and
// each state really shown. Axe runs on #storybook-root only: the rest of iframe.html is
// Storybook's own (hidden) chrome, which is not ours to fix. The a11y addon's automatic run is
// switched off in the URL (globals a11y.manual) so axe runs once per story, here.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'storybook-static');
const indexFile = join(built, 'index.json');
const manifestFile = join(root, 'packages/widgets/custom-elements.json');
const axeSource = readFileSync(createRequire(join(root, 'packages/widgets/package.json')).resolve('axe-core/axe.min.js'), 'utf8');

/** The states the issue asks for, as story ids end (`Empty` → `--empty`, `ReadOnly` → `--read-only`). */
const STATES = ['empty', 'filled', 'invalid', 'read-only', 'overdue', 'long-content', 'english', 'right-to-left'] as const;
type State = (typeof STATES)[number];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface IndexEntry {
  readonly id: string;
  readonly type: 'story' | 'docs';
  readonly importPath: string;
}

interface Story {
  readonly id: string;
  readonly tagName: string;
  readonly state: string;
}

const MISSING = `${indexFile} is missing: run pnpm storybook:build first (after pnpm build, which writes custom-elements.json).`;
const entries: readonly IndexEntry[] = existsSync(indexFile) ? Object.values((JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> }).entries) : [];

/** Every widget the manifest describes, by tag name. */
function widgetTags(): string[] {
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run pnpm build first.`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { modules: { declarations?: { tagName?: string }[] }[] };
  return manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => (declaration.tagName === undefined ? [] : [declaration.tagName]));
}

/** `./stories/actioncard.stories.ts` holds the stories of `<samspil-actioncard>`. */
const storiesFileOf = (tagName: string): string => `./stories/${tagName.replace(/^samspil-/, '')}.stories.ts`;

const stories: readonly Story[] = entries
  .filter((entry) => entry.type === 'story')
  .map((entry) => {
    const tagName = `samspil-${entry.importPath.replace(/^\.\/stories\//, '').replace(/\.stories\.ts$/, '')}`;
    return { id: entry.id, tagName, state: entry.id.slice(entry.id.indexOf('--') + 2) };
  });

let server: StaticServer;
let browser: Browser;
let tab: Page;
let problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(indexFile)) return;
  server = await startStaticServer(built);
  browser = await launchChromium();
  tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 800 });
  tab.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  tab.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${server.url}/`) && !/^(data|blob|about):/.test(url)) problems.push(`request off the page's origin: ${url}`);
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a story in the reused tab and waits until Storybook is done with it and the widget has rendered. */
async function open(story: Story, globals: Record<string, string> = {}): Promise<void> {
  problems = [];
  const globalsParam = Object.entries({ 'a11y.manual': '!true', ...globals })
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
  await tab.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=${globalsParam}`, { waitUntil: 'load' });
  // `finished`: rendered, the play function (if any) done, afterEach run; or it failed.
  await tab.waitForFunction(
    (tagName: string) => {
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { storyRenders?: { phase?: string }[] } }).__STORYBOOK_PREVIEW__;
      const phase = preview?.storyRenders?.[0]?.phase;
      if (phase === 'errored' || phase === 'aborted') return true;
      const widget = document.querySelector(`#storybook-root ${tagName}`);
      return phase === 'finished' && (widget?.shadowRoot?.childElementCount ?? 0) > 0;
    },
    { polling: 50, timeout: 20_000 },
    story.tagName,
  );
  const outcome = await tab.evaluate(async (tagName: string) => {
    const preview = (window as unknown as { __STORYBOOK_PREVIEW__: { storyRenders: { phase?: string }[] } }).__STORYBOOK_PREVIEW__;
    await document.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(`#storybook-root ${tagName}`)?.updateComplete;
    return {
      phase: preview.storyRenders[0]?.phase,
      error: document.body.classList.contains('sb-show-errordisplay') ? (document.querySelector('#error-message')?.textContent ?? 'error display shown') : undefined,
    };
  }, story.tagName);
  expect(outcome.error, `${story.id}: Storybook shows an error`).toBeUndefined();
  expect(outcome.phase, `${story.id}: the story did not finish (play function failed?)`).toBe('finished');
}

/** Axe's violations inside the story root, as `rule (nodes): first target`. */
async function axeViolations(): Promise<string[]> {
  if (!(await tab.evaluate(() => 'axe' in window))) await tab.evaluate(axeSource);
  return tab.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: ['#storybook-root'] }, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length}): ${JSON.stringify(violation.nodes[0]?.target)}`);
  }, WCAG_TAGS);
}

/** What the story shows, checked per state: the story really is in the state its name says. */
async function stateFacts(story: Story): Promise<Record<string, unknown>> {
  return tab.evaluate((tagName: string) => {
    const widget = document.querySelector(`#storybook-root ${tagName}`) as HTMLElement;
    const shadow = widget.shadowRoot as ShadowRoot;
    return {
      readOnly: widget.hasAttribute('read-only'),
      lang: widget.closest('[lang]')?.getAttribute('lang'),
      direction: getComputedStyle(widget).direction,
      problemShown: shadow.querySelector('[part~="error-summary"], [part~="error"], [part~="message"]') !== null,
      invalidFields: shadow.querySelectorAll('[aria-invalid="true"]').length,
      overdueItems: shadow.querySelectorAll('.item--overdue').length,
      linkColor: getComputedStyle(widget).getPropertyValue('--samspil-link-color').trim(),
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  }, story.tagName);
}

const EXPECTED: Partial<Record<State, (facts: Record<string, unknown>, story: Story) => void>> = {
  'read-only': (facts) => expect(facts['readOnly']).toBe(true),
  invalid: (facts) => expect(facts['problemShown']).toBe(true),
  english: (facts) => expect(facts['lang']).toBe('en'),
  'right-to-left': (facts) => expect(facts['direction']).toBe('rtl'),
  overdue: (facts, story) => {
    // Only the checklist has an overdue state; the others document that they have none.
    if (story.tagName === 'samspil-coordination-checklist') expect(facts['overdueItems']).toBeGreaterThan(0);
  },
};

describe('Storybook (storybook-static)', () => {
  it('is built', () => {
    expect(existsSync(indexFile), MISSING).toBe(true);
  });

  it('has one stories file per widget, with autodocs and a story for every state', () => {
    expect(entries.length, MISSING).toBeGreaterThan(0);
    const tags = widgetTags();
    expect(tags.length).toBeGreaterThanOrEqual(3);
    for (const tagName of tags) {
      const file = storiesFileOf(tagName);
      const states = stories.filter((story) => story.tagName === tagName).map((story) => story.state);
      expect(states, `${file} (for <${tagName}>) is missing states`).toEqual(expect.arrayContaining([...STATES]));
      expect(entries.some((entry) => entry.type === 'docs' && entry.importPath === file), `${file} has no autodocs page`).toBe(true);
    }
    expect(new Set(stories.map((story) => story.tagName))).toEqual(new Set(tags));
  });

  it('keeps the DKFDS theme in step with the demo portal it was copied from', () => {
    const declarations = (css: string, selector: string): string[] => {
      const block = css.slice(css.indexOf(`${selector} {`));
      return block
        .slice(block.indexOf('{') + 1, block.indexOf('}'))
        .split(';')
        .map((declaration) => declaration.trim().replace(/\s+/g, ' '))
        .filter((declaration) => declaration.startsWith('--samspil-'));
    };
    const portal = declarations(readFileSync(join(root, 'packages/demo-portal/public/portal.css'), 'utf8'), ':root');
    const theme = declarations(readFileSync(join(root, '.storybook/themes/dkfds.css'), 'utf8'), '.samspil-theme-dkfds');
    expect(portal.length).toBeGreaterThan(5);
    expect(theme).toEqual(portal);
  });

  describe.each(stories)('$id', (story) => {
    it('renders with no console error, no failed or outside request and no axe violation, in its state', async () => {
      await open(story);
      const facts = await stateFacts(story);
      EXPECTED[story.state as State]?.(facts, story);
      expect(facts['pageOverflow'], 'the page scrolls sideways: something overflows').toBeLessThanOrEqual(0);
      expect(facts['linkColor'], 'the default theme (Samspil default) sets the tokens').toBe('#005a70');
      expect(await axeViolations()).toEqual([]);
      expect(problems).toEqual([]);
    }, 30_000);
  });

  const filledStories = stories.filter((story) => story.state === 'filled');

  describe.each(filledStories)('$id in each theme', (story) => {
    // The default theme is checked with every story above.
    it.each([
      { theme: 'dkfds', linkColor: '#004d99', rootFontSize: '10px' },
      { theme: 'none', linkColor: '', rootFontSize: '16px' },
    ])('$theme: tokens applied, no axe violation', async ({ theme, linkColor, rootFontSize }) => {
      await open(story, { theme });
      if (theme === 'dkfds') {
        await tab.waitForFunction(() => [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/dkfds/css/dkfds.min.css') === true), { polling: 50, timeout: 10_000 });
      }
      const applied = await tab.evaluate((tagName: string) => {
        const widget = document.querySelector(`#storybook-root ${tagName}`) as HTMLElement;
        return { linkColor: getComputedStyle(widget).getPropertyValue('--samspil-link-color').trim(), rootFontSize: getComputedStyle(document.documentElement).fontSize };
      }, story.tagName);
      expect(applied).toEqual({ linkColor, rootFontSize });
      expect(await axeViolations()).toEqual([]);
      expect(problems).toEqual([]);
    }, 30_000);
  });

  it('follows the language switcher at runtime: the English story turns Danish when the root does', async () => {
    const english = stories.find((story) => story.tagName === 'samspil-actioncard' && story.state === 'english');
    expect(english, 'no English actioncard story').toBeDefined();
    if (english === undefined) return;
    await open(english);
    const text = (): Promise<string> => tab.evaluate(() => document.querySelector('#storybook-root samspil-actioncard')?.shadowRoot?.textContent ?? '');
    // The Stop button's term in the shipped English and Danish translations.
    expect(await text()).toContain('Stop the conversation');
    await tab.evaluate(() => document.querySelector('#storybook-root .samspil-story')?.setAttribute('lang', 'da'));
    await tab.waitForFunction(() => document.querySelector('#storybook-root samspil-actioncard')?.shadowRoot?.textContent?.includes('Stop samtalen') === true, { polling: 50, timeout: 5_000 });
    expect(await text()).not.toContain('Stop the conversation');
    expect(problems).toEqual([]);
  }, 30_000);

  it('logs the widget\'s events in the Actions panel', async () => {
    const empty = stories.find((story) => story.tagName === 'samspil-actioncard' && story.state === 'empty');
    expect(empty, 'no empty actioncard story').toBeDefined();
    if (empty === undefined) return;
    await open(empty);
    await tab.evaluate(() => {
      const scope = window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { on(event: string, listener: (event: { data: { name: string } }) => void): void }; loggedActions: string[] };
      scope.loggedActions = [];
      scope.__STORYBOOK_ADDONS_CHANNEL__.on('storybook/actions/action-event', (event) => scope.loggedActions.push(event.data.name));
    });
    await tab.evaluate(() => (document.querySelector('#storybook-root samspil-actioncard')?.shadowRoot?.querySelector('#start') as HTMLButtonElement).click());
    await tab.waitForFunction(() => (window as unknown as { loggedActions: string[] }).loggedActions.length > 0, { polling: 50, timeout: 5_000 });
    expect(await tab.evaluate(() => (window as unknown as { loggedActions: string[] }).loggedActions)).toEqual(['samspil-session-change']);
    expect(problems).toEqual([]);
  }, 30_000);
});
