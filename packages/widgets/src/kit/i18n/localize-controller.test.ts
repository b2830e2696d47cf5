import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { createIssue } from '@samspil/core';
import { LitElement } from 'lit';
import { defineElement } from '../define-element.js';
import { createPluginRegistry } from '../plugins/create-plugin-registry.js';
import type { PluginRegistry } from '../plugins/create-plugin-registry.js';
import { LocalizeController } from './localize-controller.js';
import { shippedEnglish } from './shipped-translation.js';

const isolatedRegistry: PluginRegistry = createPluginRegistry();

class TestLocalized extends LitElement {
  readonly localize = new LocalizeController(this, { registry: isolatedRegistry });
  override render() {
    return html`<button>${this.localize.term('save')}</button><span>${this.localize.term('progress', 2, 5)}</span>`;
  }
}
defineElement('test-localized', TestLocalized);

declare global {
  interface HTMLElementTagNameMap {
    'test-localized': TestLocalized;
  }
}

const buttonText = (element: TestLocalized) => element.shadowRoot?.querySelector('button')?.textContent;

// MutationObserver callbacks run as microtasks; a macrotask later the re-render is scheduled.
async function settled(element: LitElement): Promise<void> {
  await aTimeout(0);
  await element.updateComplete;
}

// Runs first in this page, before any English terms have loaded.
describe('LocalizeController with English terms still to load', () => {
  it('keeps the previous language in effect until the English chunk is here, then switches and re-renders', async () => {
    expect(shippedEnglish.current, 'this test must run before English loads').to.equal(undefined);
    const element = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    element.setAttribute('lang', 'en');
    await aTimeout(0);
    expect(element.localize.requestedLang).to.equal('en');
    expect(element.localize.lang).to.equal('da');
    expect(buttonText(element)).to.equal('Gem');
    expect(await element.localize.loadLanguage()).to.equal(true);
    await settled(element);
    expect(element.localize.lang).to.equal('en');
    expect(buttonText(element)).to.equal('Save');
  });
});

describe('LocalizeController', () => {
  let originalLang: string | null;

  before(async () => {
    await shippedEnglish.load();
  });

  beforeEach(() => {
    originalLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });

  afterEach(() => {
    if (originalLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', originalLang);
    for (const plugin of isolatedRegistry.plugins()) isolatedRegistry.unregister(plugin.name);
  });

  it('speaks Danish when no lang is set anywhere', async () => {
    const element = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    expect(element.localize.lang).to.equal('da');
    expect(buttonText(element)).to.equal('Gem');
    expect(element.shadowRoot?.querySelector('span')?.textContent).to.equal('2 af 5 færdige');
  });

  it('uses lang on the element first, then the closest ancestor, then <html>', async () => {
    document.documentElement.lang = 'da';
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><test-localized id="inherits"></test-localized><test-localized id="own" lang="da"></test-localized></div>`,
    );
    const inherits = wrapper.querySelector<TestLocalized>('#inherits')!;
    const own = wrapper.querySelector<TestLocalized>('#own')!;
    await inherits.updateComplete;
    expect(buttonText(inherits)).to.equal('Save');
    expect(buttonText(own)).to.equal('Gem');
  });

  it('follows <html lang> and re-renders when it changes at runtime', async () => {
    document.documentElement.lang = 'en';
    const element = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    expect(buttonText(element)).to.equal('Save');

    document.documentElement.lang = 'da';
    await settled(element);
    expect(buttonText(element)).to.equal('Gem');

    document.documentElement.lang = 'en-GB';
    await settled(element);
    expect(buttonText(element)).to.equal('Save');
  });

  it('re-renders when lang on the element or an ancestor changes at runtime', async () => {
    const wrapper = await fixture<HTMLElement>(html`<section><test-localized></test-localized></section>`);
    const element = wrapper.querySelector('test-localized')!;
    await element.updateComplete;
    expect(buttonText(element)).to.equal('Gem');

    element.setAttribute('lang', 'en');
    await settled(element);
    expect(buttonText(element)).to.equal('Save');

    element.removeAttribute('lang');
    wrapper.setAttribute('lang', 'en');
    await settled(element);
    expect(buttonText(element)).to.equal('Save');

    wrapper.setAttribute('lang', 'da-DK');
    await settled(element);
    expect(buttonText(element)).to.equal('Gem');
  });

  it('follows the host of a shadow root it sits in', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const element = document.createElement('test-localized');
    shadow.append(element);
    await element.updateComplete;
    expect(buttonText(element)).to.equal('Save');

    element.setAttribute('lang', 'da');
    await settled(element);
    expect(buttonText(element)).to.equal('Gem');
  });

  it('falls back to Danish for languages it has no terms for, and treats empty lang as unset', async () => {
    const french = await fixture<TestLocalized>(html`<test-localized lang="fr"></test-localized>`);
    expect(buttonText(french)).to.equal('Gem');
    document.documentElement.lang = 'en';
    const empty = await fixture<TestLocalized>(html`<test-localized lang=""></test-localized>`);
    expect(buttonText(empty)).to.equal('Save');
  });

  it('stops observing once disconnected', async () => {
    const element = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    element.remove();
    let updates = 0;
    const original = element.requestUpdate.bind(element);
    element.requestUpdate = (...args: Parameters<LitElement['requestUpdate']>) => {
      updates += 1;
      original(...args);
    };
    document.documentElement.lang = 'en';
    isolatedRegistry.register({ name: 'after-disconnect', translations: { en: { save: 'Keep' } } });
    await aTimeout(0);
    expect(updates).to.equal(0);
  });

  it('formats dates through Intl in the current language', async () => {
    const element = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    expect(element.localize.formatDate('2026-03-01')).to.equal('1. marts 2026');
    expect(element.localize.formatDate(new Date(2026, 2, 1, 14, 32), 'time')).to.equal('14.32');
    expect(element.localize.formatDate(new Date(2026, 2, 1, 14, 32), 'date-time')).to.match(/^1\. mar\.? 2026.*14\.32$/);
    element.lang = 'en';
    expect(element.localize.formatDate('2026-03-01')).to.equal('1 March 2026');
    expect(element.localize.formatDate(new Date(2026, 2, 1, 14, 32), 'time')).to.equal('14:32');
    element.lang = 'ar';
    expect(element.localize.formatDate('2026-03-01')).to.not.equal('1. marts 2026');
    element.lang = 'not a language tag!';
    expect(element.localize.formatDate('2026-03-01')).to.equal('1. marts 2026');
    expect(element.localize.formatDate('2026-02-30')).to.equal('2026-02-30');
    expect(element.localize.formatDate('tomorrow')).to.equal('tomorrow');
    expect(element.localize.formatDate(Number.NaN)).to.equal('');
  });

  it('re-localizes core issues by code', async () => {
    const element = await fixture<TestLocalized>(html`<test-localized lang="en"></test-localized>`);
    const danishIssue = createIssue('too_long', ['name'], { maximum: 200 });
    expect(danishIssue.message).to.equal('Skriv højst 200 tegn.');
    expect(element.localize.issueMessage(danishIssue)).to.equal('Enter at most 200 characters.');
    expect(element.localize.coreLocale).to.equal('en');
  });

  it('uses plugin translations, re-rendering mounted elements when a plugin registers', async () => {
    const english = await fixture<TestLocalized>(html`<test-localized lang="en"></test-localized>`);
    const arabic = await fixture<TestLocalized>(html`<test-localized lang="ar"></test-localized>`);
    expect(buttonText(arabic)).to.equal('Gem');

    const result = isolatedRegistry.register({
      name: 'sprog',
      translations: { en: { save: 'Store' }, ar: { save: 'حفظ', progress: (done: number, total: number) => `${done}/${total}` } },
    });
    expect(result.ok).to.equal(true);
    await english.updateComplete;
    await arabic.updateComplete;
    expect(buttonText(english)).to.equal('Store');
    expect(buttonText(arabic)).to.equal('حفظ');
    expect(arabic.shadowRoot?.querySelector('span')?.textContent).to.equal('2/5');
    // Terms a plugin language lacks come from Danish.
    expect(arabic.localize.term('cancel')).to.equal('Annullér');
  });

  it('falls back when a plugin term function throws or returns a non-string', async () => {
    isolatedRegistry.register({
      name: 'broken-terms',
      translations: {
        da: {
          progress: () => {
            throw new Error('broken');
          },
          itemCount: (() => 42) as unknown as (count: number) => string,
        },
      },
    });
    const element = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    expect(element.localize.term('progress', 1, 3)).to.equal('1 af 3 færdige');
    expect(element.localize.term('itemCount', 1)).to.equal('1 punkt');
  });
});
