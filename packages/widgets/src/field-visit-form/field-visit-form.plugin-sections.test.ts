import { expect } from '@open-wc/testing';
import { pluginRegistry } from '../kit/plugins/plugin-registry.js';
import { registerPlugin } from '../kit/plugins/register-plugin.js';
import { expectAccessible } from '../kit/testing/expect-accessible.js';
import { HOSTILE_ELEMENT_SELECTOR, hostilePayloads } from '../kit/testing/hostile-payloads.js';
import './field-visit-form.js';
import { draftOf, mount } from './test-fixtures.js';

// A municipality's own section: its element renders the fields, the form keeps the data in
// `draft.extensions[section id]` and hands it back.
class HousingQuestions extends HTMLElement {
  value: unknown;
  disabled = false;

  connectedCallback(): void {
    if (this.childElementCount > 0) return;
    const label = document.createElement('label');
    label.textContent = 'Antal værelser';
    label.htmlFor = 'rooms';
    const input = document.createElement('input');
    input.id = 'rooms';
    input.type = 'number';
    input.addEventListener('input', () => {
      this.dispatchEvent(new CustomEvent('samspil-section-change', { bubbles: true, composed: true, detail: { value: { rooms: Number(input.value) } } }));
    });
    this.append(label, input);
  }
}
customElements.define('ek-housing-questions', HousingQuestions);

const PLUGIN = 'eksempel-kommune-housing';

const mountForm = () => mount({ attributes: { 'visit-id': 'v-plugin' } });

describe('<samspil-field-visit-form> with a plugin section', () => {
  afterEach(() => {
    pluginRegistry.unregister(PLUGIN);
  });

  it('renders the section after core’s, with the plugin’s element, and keeps its data in extensions', async () => {
    registerPlugin({
      name: PLUGIN,
      fieldVisitSections: [
        {
          id: 'ek-housing',
          label: { da: 'Boligen', en: 'The home' },
          description: { da: 'Kommunens egne spørgsmål om boligen.', en: 'The municipality’s own questions about the home.' },
          tagName: 'ek-housing-questions',
        },
      ],
    });
    const element = await mountForm();
    const sections = [...(element.shadowRoot?.querySelectorAll('section.section') ?? [])];
    const last = sections.at(-1) as HTMLElement;
    expect(last.dataset.pluginSection).to.equal('ek-housing');
    expect(last.querySelector('h2')?.textContent).to.equal('Boligen');
    const questions = last.querySelector('ek-housing-questions') as HousingQuestions;
    expect(questions).to.not.equal(null);
    const input = questions.querySelector('input') as HTMLInputElement;
    input.value = '3';
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(draftOf(element).extensions).to.deep.equal({ 'ek-housing': { rooms: 3 } });
    expect(questions.value).to.deep.equal({ rooms: 3 });
    // The same element stays across renders, so what the person is doing in it is not lost.
    element.requestUpdate();
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('ek-housing-questions')).to.equal(questions);
    element.readOnly = true;
    await element.updateComplete;
    expect(questions.disabled).to.equal(true);
    await expectAccessible(element);
  });

  it('shows a hostile label as text and a section without an element as heading and description only', async () => {
    const payload = (hostilePayloads.find((text) => text.includes('<img')) ?? '').slice(0, 200);
    registerPlugin({ name: PLUGIN, fieldVisitSections: [{ id: 'ek-notes', label: { da: payload, en: payload }, tagName: 'ek-not-defined-yet' }] });
    const element = await mountForm();
    const section = element.shadowRoot?.querySelector('[data-plugin-section="ek-notes"]');
    expect(section?.querySelector('h2')?.textContent).to.equal(payload);
    expect(section?.querySelector(HOSTILE_ELEMENT_SELECTOR)).to.equal(null);
    expect(section?.querySelector('ek-not-defined-yet')).to.equal(null);
  });
});
