import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from './define-element.js';
import { LiveRegionController } from './live-region-controller.js';
import { kitStyles } from './styles/kit.styles.js';
import { expectAccessible } from './testing/expect-accessible.js';

class TestStatus extends LitElement {
  static override styles = kitStyles;
  readonly status = new LiveRegionController(this, { delay: 10 });
  readonly alerts = new LiveRegionController(this, { politeness: 'assertive', delay: 10 });
  override render() {
    return html`${this.status.render()}${this.alerts.render()}<button type="button">Gem</button>`;
  }
}
defineElement('test-status', TestStatus);

describe('LiveRegionController', () => {
  it('renders a present, visually hidden status region and writes messages into it', async () => {
    const element = await fixture<TestStatus>(html`<test-status></test-status>`);
    const region = element.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent).to.equal('');
    const box = region.getBoundingClientRect();
    expect(box.width <= 1 && box.height <= 1).to.equal(true);

    await element.status.announce('Gemt kl. 10.42');
    await element.updateComplete;
    expect(region.textContent).to.equal('Gemt kl. 10.42');
    await expectAccessible(element);
  });

  it('clears before writing so the same message is announced again', async () => {
    const element = await fixture<TestStatus>(html`<test-status></test-status>`);
    const region = element.shadowRoot!.querySelector('[role="status"]')!;
    await element.status.announce('Gemt');
    await element.updateComplete;
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    await element.status.announce('Gemt');
    await element.updateComplete;
    observer.disconnect();
    expect(seen).to.include('');
    expect(region.textContent).to.equal('Gemt');
  });

  it('uses role="alert" when assertive, and clear() empties it', async () => {
    const element = await fixture<TestStatus>(html`<test-status></test-status>`);
    await element.alerts.announce('Forbindelsen blev afbrudt');
    await element.updateComplete;
    const region = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(region.textContent).to.equal('Forbindelsen blev afbrudt');
    element.alerts.clear();
    await element.updateComplete;
    expect(region.textContent).to.equal('');
  });
});
