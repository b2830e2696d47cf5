import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LongText, parseInput, ShortText } from '@samspil/core';
import type { LocaleOptions } from '@samspil/core';
import { z } from '@samspil/core';
import { defineElement } from './define-element.js';
import { SamspilElement } from './samspil-element.js';
import { SamspilErrorEvent } from './samspil-error-event.js';
import { expectAccessible } from './testing/expect-accessible.js';
import { HOSTILE_ELEMENT_SELECTOR, hostilePayloads, resetPwned, wasPwned } from './testing/hostile-payloads.js';

const Greeting = z.strictObject({ name: ShortText, note: z.optional(LongText), explode: z.optional(z.enum(['render', 'updated'])) });
type Greeting = z.infer<typeof Greeting>;

/** A test-only widget: greets `name`, shows `note`, and can be told to fail. */
class TestGreeting extends SamspilElement<Greeting> {
  protected override parseConfig(input: unknown, options: LocaleOptions) {
    return parseInput(Greeting, input, options);
  }

  protected override renderContent() {
    if (this.config === undefined) return html`<p>${this.localize.term('loading')}</p>`;
    if (this.config.explode === 'render') throw new Error('render failed');
    return html`<section aria-label=${this.config.name}>
      <h2>${this.config.name}</h2>
      <p class="note">${this.config.note ?? ''}</p>
      <button type="button">${this.localize.term('save')}</button>
    </section>`;
  }

  protected override updated() {
    if (this.config?.explode === 'updated') throw new Error('updated failed');
  }
}
defineElement('test-greeting', TestGreeting);

declare global {
  interface HTMLElementTagNameMap {
    'test-greeting': TestGreeting;
  }
}

/** Mounts `<test-greeting>` with an inline JSON child, the way a CMS page writes it. */
async function mount(json: string | undefined, attributes: Record<string, string> = {}): Promise<TestGreeting> {
  const element = document.createElement('test-greeting');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    element.append(script);
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

const alertOf = (element: TestGreeting) => element.shadowRoot?.querySelector('[role="alert"]') ?? null;
const listed = (element: TestGreeting) => [...(element.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent);

describe('SamspilElement', () => {
  let originalLang: string | null;

  beforeEach(() => {
    originalLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    resetPwned();
  });

  afterEach(() => {
    if (originalLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', originalLang);
    expect(wasPwned(), 'a hostile payload ran').to.equal(false);
  });

  describe('configuration', () => {
    it('reads valid inline JSON and renders it', async () => {
      const element = await mount(JSON.stringify({ name: 'Familien Haddad', note: 'Møde tirsdag' }));
      expect(element.config).to.deep.equal({ name: 'Familien Haddad', note: 'Møde tirsdag' });
      expect(element.hasError).to.equal(false);
      expect(alertOf(element)).to.equal(null);
      expect(element.shadowRoot?.querySelector('h2')?.textContent).to.equal('Familien Haddad');
      expect(element.shadowRoot?.querySelector('button')?.textContent).to.equal('Gem');
    });

    it('renders its empty state without configuration', async () => {
      const element = await mount(undefined);
      expect(element.config).to.equal(undefined);
      expect(element.shadowRoot?.textContent).to.contain('Indlæser');
    });

    it('takes the config property over the inline JSON, validating it the same way', async () => {
      const element = await mount(JSON.stringify({ name: 'Inline' }));
      element.config = { name: 'Fra appen' };
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('h2')?.textContent).to.equal('Fra appen');

      const rejected = oneEvent<SamspilErrorEvent>(element, 'samspil-error');
      element.config = { name: '' };
      const event = await rejected;
      expect(event.detail.issues.map((issue) => [issue.code, issue.path])).to.deep.equal([['too_short', ['name']]]);
      expect(element.config).to.equal(undefined);
    });

    it('re-reads the inline JSON when a CMS replaces it, recovering from an error', async () => {
      const element = await mount('{ not json');
      expect(alertOf(element)).to.not.equal(null);
      element.querySelector('script')!.textContent = JSON.stringify({ name: 'Rettet' });
      await aTimeout(0);
      await element.updateComplete;
      expect(alertOf(element)).to.equal(null);
      expect(element.shadowRoot?.querySelector('h2')?.textContent).to.equal('Rettet');
    });
  });

  describe('error state', () => {
    it('shows malformed JSON as a visible Danish alert and fires samspil-error', async () => {
      const fired = oneEvent<SamspilErrorEvent>(document, 'samspil-error');
      const element = await mount('{"name": "Familien Haddad",');
      const event = await fired;
      expect(event).to.be.instanceOf(SamspilErrorEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.source).to.equal('configuration');
      expect(event.detail.issues.map((issue) => issue.code)).to.deep.equal(['unreadable_input']);

      const alert = alertOf(element);
      expect(alert).to.not.equal(null);
      expect(alert?.checkVisibility()).to.equal(true);
      expect(alert?.textContent).to.contain('Indholdet kan ikke vises');
      expect(listed(element)).to.deep.equal(['Inddata kunne ikke læses.']);
    });

    it('lists each schema issue with its path, in English under lang="en"', async () => {
      const element = await mount(JSON.stringify({ note: 'x', colour: 'red' }), { lang: 'en' });
      expect(alertOf(element)?.textContent).to.contain('This content cannot be shown');
      expect(alertOf(element)?.textContent).to.contain('2 errors');
      expect(listed(element)).to.deep.equal(['name: This field is required.', 'colour: The field "colour" is not known.']);
    });

    it('switches the error messages between Danish and English at runtime', async () => {
      const element = await mount(JSON.stringify({ name: '' }));
      expect(listed(element)).to.deep.equal(['name: Feltet må ikke være tomt.']);
      document.documentElement.lang = 'en';
      await aTimeout(0);
      await element.updateComplete;
      expect(listed(element)).to.deep.equal(['name: This field must not be empty.']);
      expect(alertOf(element)?.textContent).to.contain('This content cannot be shown');
    });

    it('turns a throwing render into the render error state and an event, not an exception', async () => {
      const fired = oneEvent<SamspilErrorEvent>(document, 'samspil-error');
      const element = await mount(JSON.stringify({ name: 'X', explode: 'render' }));
      const event = await fired;
      expect(event.detail).to.deep.equal({ issues: [], source: 'render' });
      expect(alertOf(element)?.textContent).to.contain('Noget gik galt');
    });

    it('turns a throwing updated() into the render error state', async () => {
      const fired = oneEvent<SamspilErrorEvent>(document, 'samspil-error');
      const element = await mount(JSON.stringify({ name: 'X', explode: 'updated' }));
      await fired;
      await element.updateComplete;
      expect(element.hasError).to.equal(true);
      expect(alertOf(element)?.textContent).to.contain('Noget gik galt');
    });

    it('lists at most 20 issues however many the payload causes', async () => {
      const many = Object.fromEntries(Array.from({ length: 200 }, (_, index) => [`felt${index}`, index]));
      const element = await mount(JSON.stringify({ name: 'X', ...many }));
      expect(element.configurationIssues).to.have.length(200);
      expect(listed(element)).to.have.length(21);
      expect(alertOf(element)?.textContent).to.contain('200 fejl');
    });
  });

  describe('hostile input', () => {
    it('shows every hostile string in the configuration as text and never runs it', async () => {
      for (const payload of hostilePayloads.filter((text) => text.length > 0 && text.length <= 200)) {
        const element = await mount(JSON.stringify({ name: payload, note: payload }));
        expect(element.hasError, payload).to.equal(false);
        expect(element.shadowRoot?.querySelector('h2')?.textContent, payload).to.equal(payload);
        expect(element.shadowRoot?.querySelector(HOSTILE_ELEMENT_SELECTOR), payload).to.equal(null);
        element.parentElement?.remove();
      }
      await aTimeout(50);
      expect(wasPwned()).to.equal(false);
    });

    it('shows hostile keys in the error list as text', async () => {
      const key = '<img src=x onerror="window.__samspilPwned=1">';
      const element = await mount(JSON.stringify({ name: 'X', [key]: key }));
      expect(listed(element)[0]).to.contain(key);
      expect(element.shadowRoot?.querySelector(HOSTILE_ELEMENT_SELECTOR)).to.equal(null);
      await aTimeout(50);
      expect(wasPwned()).to.equal(false);
    });

    it('never creates elements from a payload that tries to close the script element', async () => {
      const element = await mount('{"name": "</script><img src=x onerror=window.__samspilPwned=1>"}');
      expect(element.config?.name).to.equal('</script><img src=x onerror=window.__samspilPwned=1>');
      expect(element.querySelector('img')).to.equal(null);
      expect(element.shadowRoot?.querySelector('img')).to.equal(null);
    });

    it('survives prototype-pollution keys', async () => {
      const element = await mount('{"name": "X", "__proto__": {"polluted": true}}');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(element.shadowRoot).to.not.equal(null);
    });
  });

  describe('accessibility', () => {
    it('passes axe in the normal state', async () => {
      await expectAccessible(await mount(JSON.stringify({ name: 'Familien Haddad', note: 'Møde tirsdag' })));
    });

    it('passes axe in the error states, in Danish, English and right-to-left', async () => {
      await expectAccessible(await mount('{ broken'));
      await expectAccessible(await mount(JSON.stringify({ name: '' }), { lang: 'en' }));
      await expectAccessible(await mount(JSON.stringify({ name: '', x: 1 }), { dir: 'rtl', lang: 'ar' }));
      await expectAccessible(await mount(JSON.stringify({ name: 'X', explode: 'render' })));
    });

    it('lays out the error state with logical properties, mirrored under dir="rtl"', async () => {
      const ltr = await mount('{ broken');
      const rtl = await mount('{ broken', { dir: 'rtl' });
      const startBorder = (element: TestGreeting, side: 'left' | 'right') =>
        getComputedStyle(alertOf(element)!).getPropertyValue(`border-${side}-width`);
      expect(startBorder(ltr, 'left')).to.equal('8px');
      expect(startBorder(rtl, 'right')).to.equal('8px');
    });
  });

  describe('language of its text (WCAG 3.1.2)', () => {
    // The language a screen reader uses for the heading: the nearest lang in the shadow root, else the host's.
    const textLang = (element: TestGreeting) =>
      element.shadowRoot?.querySelector('h2')?.closest('[lang]')?.getAttribute('lang') ?? element.closest('[lang]')?.getAttribute('lang') ?? null;

    it('marks its Danish text as Danish on a page in a language without terms, in content and in error states', async () => {
      const element = await mount('{"name":"Huda"}', { lang: 'ar' });
      expect(textLang(element)).to.equal('da');
      expect(element.shadowRoot?.querySelector('button')?.textContent).to.equal('Gem');
      const broken = await mount('{ broken', { lang: 'uk' });
      expect(alertOf(broken)?.closest('[lang]')?.getAttribute('lang')).to.equal('da');
      await expectAccessible(element);
    });

    it('leaves the language alone where its text is in the inherited language, and follows a runtime change', async () => {
      for (const lang of ['da', 'en', 'en-GB', 'DA']) {
        const element = await mount('{"name":"Huda"}', { lang });
        expect(textLang(element), lang).to.equal(lang);
      }
      const element = await mount('{"name":"Huda"}', { lang: 'da' });
      element.setAttribute('lang', 'so');
      await element.updateComplete;
      expect(textLang(element)).to.equal('da');
      expect(element.shadowRoot?.querySelector('[lang="da"]')).to.not.equal(null);
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[lang]')).to.equal(null);
      expect(element.shadowRoot?.querySelector('button')?.textContent).to.equal('Save');
    });
  });

  it('takes over properties a portal set before the element was defined', async () => {
    const element = document.createElement('test-greeting-late') as TestGreeting;
    element.config = { name: 'Huda', note: 'set before define' };
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    defineElement('test-greeting-late', class extends TestGreeting {});
    await element.updateComplete;
    expect(Object.hasOwn(element, 'config')).to.equal(false);
    expect(element.config).to.deep.equal({ name: 'Huda', note: 'set before define' });
    expect(element.shadowRoot?.querySelector('h2')?.textContent).to.equal('Huda');
  });
});
