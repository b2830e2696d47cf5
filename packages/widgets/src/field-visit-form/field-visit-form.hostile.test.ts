import { expect } from '@open-wc/testing';
import { HOSTILE_ELEMENT_SELECTOR, hostilePayloads, resetPwned, wasPwned } from '../kit/testing/hostile-payloads.js';
import { typeText } from '../kit/testing/keyboard.js';
import { actors, completeVisit, draftOf, family, mount, part, setText } from './test-fixtures.js';

// Every free-text control of the form, once members, a resource and an agreement exist.
const TEXT_FIELDS = [
  '#fv-field-place',
  '#fv-field-interpreter-name',
  '#fv-field-wellbeing-0',
  '#fv-field-wellbeing-3',
  '#fv-member-3-search',
  '#fv-field-resources-0-text',
  '#fv-field-familyOwnWords',
  '#fv-field-agreements-0-action',
  '#fv-field-consentExplained-notes',
  '#fv-field-followUp-notes',
];

const payloads = hostilePayloads.filter((payload) => payload.length > 0);

describe('<samspil-field-visit-form> hostile input', () => {
  beforeEach(() => resetPwned());
  afterEach(() => expect(wasPwned(), 'a hostile payload ran').to.equal(false));

  it('keeps every payload typed into every text field as text', async () => {
    const element = await mount({ visit: completeVisit });
    part<HTMLButtonElement>(element, '[aria-controls="fv-member-3-points"]').click();
    await element.updateComplete;
    for (const payload of payloads) {
      for (const selector of TEXT_FIELDS) await setText(element, selector, payload);
      const draft = draftOf(element);
      expect(draft.place).to.equal(payload);
      expect(draft.familyOwnWords).to.equal(payload);
      expect(draft.agreements[0]?.action).to.equal(payload);
      expect(draft.resources[0]?.text).to.equal(payload);
      expect(draft.followUp?.notes).to.equal(payload);
      expect(element.shadowRoot?.querySelectorAll(HOSTILE_ELEMENT_SELECTOR)).to.have.length(0);
      await element.submit();
      expect(element.shadowRoot?.querySelectorAll(HOSTILE_ELEMENT_SELECTOR)).to.have.length(0);
    }
    // The interpreter's language goes through core's language-tag check and is reported, not run.
    await setText(element, '#fv-field-interpreter-language', '<img src=x onerror=1>');
    await element.submit();
    expect(part(element, '#fv-error-interpreter-language').textContent).to.not.equal('');
  });

  it('types a markup payload key by key without running it', async () => {
    const element = await mount();
    part<HTMLInputElement>(element, '#fv-field-place').focus();
    await typeText('<img src=x onerror="window.__samspilPwned=1">');
    expect(draftOf(element).place).to.equal('<img src=x onerror="window.__samspilPwned=1">');
    expect(element.shadowRoot?.querySelectorAll(HOSTILE_ELEMENT_SELECTOR)).to.have.length(0);
  });

  it('shows hostile names from the configuration as text', async () => {
    const names = payloads.filter((payload) => payload.length <= 200);
    const hostileFamily = {
      ...family,
      name: names[0],
      members: family.members.map((member, index) => ({ ...member, givenName: names[index % names.length] })),
    };
    const hostileActors = actors.map((actor, index) => ({ ...actor, name: names[(index + 3) % names.length], title: names[(index + 5) % names.length] }));
    const element = await mount({ inline: { family: hostileFamily, actors: hostileActors, visit: completeVisit } });
    expect(element.hasError).to.equal(false);
    const text = element.shadowRoot?.textContent ?? '';
    for (const member of hostileFamily.members) expect(text).to.contain(member.givenName);
    for (const actor of hostileActors) expect(text).to.contain(actor.name);
    expect(element.shadowRoot?.querySelectorAll(HOSTILE_ELEMENT_SELECTOR)).to.have.length(0);
  });

  it('shows hostile configuration that fails validation as text in the error state', async () => {
    for (const payload of payloads) {
      const element = await mount({ inline: { family: { ...family, id: payload }, actors, [payload]: payload } });
      expect(element.hasError).to.equal(true);
      expect(element.shadowRoot?.querySelectorAll(HOSTILE_ELEMENT_SELECTOR)).to.have.length(0);
    }
  });
});
