import { expect, fixture, html } from '@open-wc/testing';
import { ok, parseInput, ShortText } from '@samspil/core';
import type { LocaleOptions, Result } from '@samspil/core';
import { z } from '@samspil/core';
import { defineElement } from '../define-element.js';
import { SamspilElement } from '../samspil-element.js';
import type { SamspilErrorEvent } from '../samspil-error-event.js';
import { lazyContent, type LazyContent } from './lazy-content.js';
import { shippedEnglish } from '../i18n/shipped-translation.js';
import { shippedChecklistTemplates, shippedConversationGuide } from './shipped-content.js';

/** A chunk under the test's control: it arrives (or fails) when the test says so. */
function controllableChunk(): { content: LazyContent<readonly string[]>; arrive(): void; fail(): void; calls(): number } {
  let calls = 0;
  let settle: { resolve(value: readonly string[]): void; reject(reason: unknown): void } | undefined;
  const content = lazyContent<readonly string[]>(() => {
    calls += 1;
    return new Promise((resolve, reject) => (settle = { resolve, reject }));
  });
  return { content, arrive: () => settle?.resolve(['Hej']), fail: () => settle?.reject(new TypeError('Failed to fetch dynamically imported module')), calls: () => calls };
}

let chunk = controllableChunk();
const Config = z.strictObject({ name: ShortText });

/** A test-only widget whose configuration names shipped content by id. */
class TestShipped extends SamspilElement<{ name: string; greeting: string }> {
  protected override parseConfig(input: unknown, options: LocaleOptions): Result<{ name: string; greeting: string }> {
    const parsed = parseInput(Config, input, options);
    if (!parsed.ok) return parsed;
    const greetings = chunk.content.current;
    if (greetings === undefined) return this.contentLoading(chunk.content.load());
    return ok({ name: parsed.value.name, greeting: greetings[0] ?? '' });
  }

  protected override renderContent() {
    return html`<p>${this.config?.greeting} ${this.config?.name}</p>`;
  }
}
defineElement('test-shipped', TestShipped);

async function mount(): Promise<TestShipped> {
  const element = document.createElement('test-shipped') as TestShipped;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify({ name: 'Huda' });
  element.append(script);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
  return element;
}

/** Records the save button's text every time it renders. */
const renderedTexts: string[] = [];
class TestSpoken extends SamspilElement {
  protected override renderContent() {
    const text = this.localize.term('save');
    renderedTexts.push(text);
    return html`<button type="button">${text}</button>`;
  }
}
defineElement('test-spoken', TestSpoken);

// Runs first in this page, before the English terms have loaded.
describe('English terms loaded on demand', () => {
  it('shows a widget in English from its first render, with no Danish shown while the terms load', async () => {
    expect(shippedEnglish.current, 'this test must run before English loads').to.equal(undefined);
    const element = document.createElement('test-spoken') as TestSpoken;
    element.setAttribute('lang', 'en');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    await element.updateComplete;
    expect(renderedTexts).to.deep.equal(['Save']);
    expect(element.hasAttribute('aria-busy')).to.equal(false);
    element.setAttribute('lang', 'da');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(renderedTexts.at(-1)).to.equal('Gem');
  });
});

describe('shipped content loaded on demand', () => {
  beforeEach(() => {
    chunk = controllableChunk();
  });

  it('shows nothing and is aria-busy while the chunk loads; updateComplete waits for the content', async () => {
    const element = await mount();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(element.getAttribute('aria-busy')).to.equal('true');
    expect(element.shadowRoot?.textContent?.trim()).to.equal('');
    let settled = false;
    const done = element.updateComplete.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled, 'updateComplete must wait for the content').to.equal(false);
    chunk.arrive();
    await done;
    expect(element.hasAttribute('aria-busy')).to.equal(false);
    expect(element.shadowRoot?.querySelector('p')?.textContent).to.equal('Hej Huda');
    expect(chunk.calls()).to.equal(1);
  });

  it('shows the render error state and fires samspil-error when the chunk cannot be fetched, and tries again next time', async () => {
    const element = await mount();
    const errors: SamspilErrorEvent[] = [];
    element.addEventListener('samspil-error', (event) => errors.push(event as SamspilErrorEvent));
    chunk.fail();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(element.hasError).to.equal(true);
    expect(element.hasAttribute('aria-busy')).to.equal(false);
    expect(element.shadowRoot?.querySelector('[role="alert"]')).to.not.equal(null);
    expect(errors.map((event) => event.detail.source)).to.deep.equal(['render']);
    // A second widget (or a reload of the configuration) asks again instead of keeping the failure.
    await mount();
    expect(chunk.calls()).to.equal(2);
  });

  it('shares one download between widgets', async () => {
    const [first, second] = [await mount(), await mount()];
    chunk.arrive();
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(chunk.calls()).to.equal(1);
    expect(second.shadowRoot?.querySelector('p')?.textContent).to.equal('Hej Huda');
  });

  it("loads core's checklist templates and default guide as chunks", async () => {
    expect(await shippedChecklistTemplates.load()).to.equal(true);
    expect(shippedChecklistTemplates.current?.some((template) => template.id === 'reception-asylum-to-housing')).to.equal(true);
    expect(await shippedConversationGuide.load()).to.equal(true);
    expect(shippedConversationGuide.current?.id).to.equal('samspil.flight-exile-trauma');
    expect(new Set(shippedConversationGuide.current?.phases.map((phase) => phase.kind))).to.deep.equal(new Set(['opening', 'exploration', 'closing']));
  });
});
