import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from './expect-accessible.js';

describe('expectAccessible', () => {
  it('passes accessible markup', async () => {
    await expectAccessible(await fixture(html`<div><button type="button">Gem</button></div>`));
  });

  it('fails with a readable list of violations, rule and markup included', async () => {
    const element = await fixture(html`<div><button type="button"></button><img src="data:," /></div>`);
    let message = '';
    try {
      await expectAccessible(element);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.contain('Accessibility violations (WCAG 2.2 AA');
    expect(message).to.contain('button-name');
    expect(message).to.contain('image-alt');
    expect(message).to.contain('<button type="button">');
  });

  it('can skip a rule the calling test gives a reason for', async () => {
    // The empty button is the point of this test; the rule is skipped on purpose.
    await expectAccessible(await fixture(html`<div><button type="button"></button></div>`), { disableRules: ['button-name'] });
  });
});
