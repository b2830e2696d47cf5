import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { HOSTILE_ELEMENT_SELECTOR, hostilePayloads, resetPwned, wasPwned } from './testing/hostile-payloads.js';
import { renderHeading } from './render-heading.js';

async function rendered(top: number, depth: number, content: unknown = 'Aftaler', options = {}): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(renderHeading(top, depth, content, options), host);
  const heading = host.firstElementChild;
  if (!(heading instanceof HTMLElement)) throw new Error('no heading rendered');
  return heading;
}

describe('renderHeading', () => {
  it('goes one level down per depth from the top level', async () => {
    expect((await rendered(2, 0)).tagName).to.equal('H2');
    expect((await rendered(2, 1)).tagName).to.equal('H3');
    expect((await rendered(3, 2)).tagName).to.equal('H5');
    expect((await rendered(1, 0)).tagName).to.equal('H1');
  });

  it('never goes deeper than h6 nor above h1, and reads an unreadable level as h2', async () => {
    expect((await rendered(5, 2)).tagName).to.equal('H6');
    expect((await rendered(6, 3)).tagName).to.equal('H6');
    expect((await rendered(-4, 0)).tagName).to.equal('H1');
    expect((await rendered(Number.NaN, 1)).tagName).to.equal('H2');
    expect((await rendered(Number.POSITIVE_INFINITY, 0)).tagName).to.equal('H2');
  });

  it('sets only the attributes it is given', async () => {
    const bare = await rendered(2, 0);
    expect(bare.getAttributeNames()).to.deep.equal([]);
    const full = await rendered(3, 0, 'Aftaler', { id: 'fv-heading-agreements', className: 'section__heading', part: 'title', focusable: true });
    expect(full.id).to.equal('fv-heading-agreements');
    expect(full.className).to.equal('section__heading');
    expect(full.getAttribute('part')).to.equal('title');
    expect(full.getAttribute('tabindex')).to.equal('-1');
  });

  it('shows hostile text as text', async () => {
    resetPwned();
    for (const payload of hostilePayloads) {
      const heading = await rendered(2, 0, payload, { id: 'h' });
      expect(heading.textContent).to.equal(payload);
      expect(heading.querySelector(HOSTILE_ELEMENT_SELECTOR)).to.equal(null);
    }
    expect(wasPwned()).to.equal(false);
  });
});
