import { expect, fixture, html } from '@open-wc/testing';
import { activateWithKeyboard, deepActiveElement, pressKey, tabTo, typeText } from './keyboard.js';

describe('keyboard helpers', () => {
  it('tab into a shadow root, type, and activate with Enter and Space', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><input aria-label="før" /></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'navn');
    const button = document.createElement('button');
    button.textContent = 'Gem';
    let clicks = 0;
    button.addEventListener('click', () => (clicks += 1));
    shadow.append(input, button);

    await tabTo(input);
    expect(deepActiveElement()).to.equal(input);
    await typeText('Amal');
    expect(input.value).to.equal('Amal');

    await activateWithKeyboard(button);
    await pressKey('Space');
    expect(clicks).to.equal(2);

    await tabTo(input, { backwards: true });
    expect(deepActiveElement()).to.equal(input);
  });

  it('fails clearly when the target cannot be reached', async () => {
    const element = await fixture<HTMLDivElement>(html`<div>ikke fokuserbar</div>`);
    let message = '';
    try {
      await tabTo(element, { maxPresses: 3 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.equal('Could not reach <div> with 3 Tab presses.');
  });
});
