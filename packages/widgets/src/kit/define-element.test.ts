import { expect } from '@open-wc/testing';
import { loadMessages } from '@samspil/core';
import { defineElement } from './define-element.js';

let counter = 0;
const uniqueTag = () => `samspil-define-test-${(counter += 1)}`;

/* eslint-disable no-console -- these hooks replace console to prove defineElement never logs. */
describe('defineElement', () => {
  const logged: unknown[][] = [];
  const originals = { warn: console.warn, error: console.error, log: console.log };

  beforeEach(() => {
    logged.length = 0;
    for (const method of ['warn', 'error', 'log'] as const) console[method] = (...args: unknown[]) => logged.push(args);
  });

  afterEach(() => {
    Object.assign(console, originals);
    /* eslint-enable no-console */
    expect(logged, 'defineElement must not log').to.deep.equal([]);
  });

  it('defines an element that is not yet defined', () => {
    const tag = uniqueTag();
    class Fresh extends HTMLElement {}
    const result = defineElement(tag, Fresh);
    expect(result.ok).to.equal(true);
    expect(customElements.get(tag)).to.equal(Fresh);
    expect(document.createElement(tag)).to.be.instanceOf(Fresh);
  });

  it('does nothing, and reports success, when the same class is defined again', () => {
    const tag = uniqueTag();
    class Twice extends HTMLElement {}
    expect(defineElement(tag, Twice).ok).to.equal(true);
    expect(() => defineElement(tag, Twice)).not.to.throw();
    expect(defineElement(tag, Twice)).to.deep.equal({ ok: true, value: Twice });
  });

  it('reports a name taken by another class as an issue instead of throwing', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement(tag, First);
    const result = defineElement(tag, Second);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((issue) => [issue.code, issue.params])).to.deep.equal([['duplicate_id', { id: tag }]]);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('reports invalid and reserved names', () => {
    class Named extends HTMLElement {}
    for (const name of ['nohyphen', 'Samspil-upper', '1-digit', 'font-face', '', '<img src=x>']) {
      const result = defineElement(name, Named);
      expect(result.ok, name).to.equal(false);
      if (!result.ok) expect(result.issues[0]?.code).to.equal('invalid_format');
    }
  });

  it('reports a class the platform refuses (already defined under another name)', () => {
    class Reused extends HTMLElement {}
    defineElement(uniqueTag(), Reused);
    const result = defineElement(uniqueTag(), Reused);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues[0]?.code).to.equal('invalid_value');
  });

  it('writes its issues in English when asked, once core’s English messages are loaded', async () => {
    // In a browser core's English is a chunk of its own (decision 0011); a widget loads it itself.
    await loadMessages('en');
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    const tag = uniqueTag();
    defineElement(tag, A);
    const result = defineElement(tag, B, { locale: 'en' });
    expect(result.ok ? '' : result.issues[0]?.message).to.contain('more than once');
  });
});
