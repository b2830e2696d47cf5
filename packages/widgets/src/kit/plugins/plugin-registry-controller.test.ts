import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { loadMessages } from '@samspil/core';
import { defineElement } from '../define-element.js';
import { pluginRegistry } from './plugin-registry.js';
import { PluginRegistryController } from './plugin-registry-controller.js';
import { registerPlugin } from './register-plugin.js';
import type { PluginRegistryChange } from './samspil-plugin.js';

class TestSectionList extends LitElement {
  readonly changes: PluginRegistryChange[] = [];
  readonly plugins = new PluginRegistryController(this, { onChange: (change) => this.changes.push(change) });
  override render() {
    return html`<ul>${this.plugins.registry.fieldVisitSections().map((section) => html`<li>${section.label.da}</li>`)}</ul>`;
  }
}
defineElement('test-section-list', TestSectionList);

const items = (element: TestSectionList) => [...(element.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent);

describe('PluginRegistryController and registerPlugin', () => {
  afterEach(() => {
    for (const plugin of pluginRegistry.plugins()) pluginRegistry.unregister(plugin.name);
  });

  it('re-renders a mounted widget when a plugin registers in the shared registry', async () => {
    const element = await fixture<TestSectionList>(html`<test-section-list></test-section-list>`);
    expect(items(element)).to.deep.equal([]);

    const result = registerPlugin({ name: 'eksempel-kommune', fieldVisitSections: [{ id: 'bolig', label: { da: 'Boligen', en: 'The home' } }] });
    expect(result.ok).to.equal(true);
    await element.updateComplete;
    expect(items(element)).to.deep.equal(['Boligen']);
    expect(element.changes.map((change) => change.type)).to.deep.equal(['register']);

    pluginRegistry.unregister('eksempel-kommune');
    await element.updateComplete;
    expect(items(element)).to.deep.equal([]);
  });

  it('stops listening when the widget leaves the page', async () => {
    const element = await fixture<TestSectionList>(html`<test-section-list></test-section-list>`);
    element.remove();
    registerPlugin({ name: 'senere', fieldVisitSections: [{ id: 'senere', label: { da: 'Senere', en: 'Later' } }] });
    expect(element.changes).to.deep.equal([]);
  });

  it('answers a duplicate name through registerPlugin with an issue', async () => {
    // In a browser core's English is a chunk of its own (decision 0011); a widget loads it itself.
    await loadMessages('en');
    registerPlugin({ name: 'to-gange' });
    const second = registerPlugin({ name: 'to-gange' }, { locale: 'en' });
    expect(second.ok ? '' : second.issues[0]?.message).to.equal('The id "to-gange" is used more than once.');
  });
});
