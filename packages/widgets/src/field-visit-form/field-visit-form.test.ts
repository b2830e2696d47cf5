import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ATTENTION_POINT_CATALOGUE, FIELD_VISIT_SECTIONS, catalogueFor } from '@samspil/core';
import { pluginRegistry } from '../kit/plugins/plugin-registry.js';
import { expectAccessible } from '../kit/testing/expect-accessible.js';
import { deepActiveElement, pressKey, tabTo, typeText } from '../kit/testing/keyboard.js';
import { FIELD_VISIT_FORM_PLUGIN, SamspilFieldVisitForm } from './field-visit-form.js';
import type { SamspilVisitSubmitEvent } from './samspil-visit-submit-event.js';
import { actors, completeVisit, draftOf, family, mount, part, setChecked, setText } from './test-fixtures.js';

const codesShown = (element: SamspilFieldVisitForm, memberIndex: number) =>
  [...(element.shadowRoot?.querySelectorAll(`#fv-member-${memberIndex}-points .check[data-code]`) ?? [])].map((node) => node.getAttribute('data-code'));

describe('<samspil-field-visit-form>', () => {
  let originalLang: string | null;

  beforeEach(() => {
    originalLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });

  afterEach(() => {
    if (originalLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', originalLang);
  });

  describe('registration and defaults', () => {
    it('is defined once and registered as a built-in plugin', () => {
      expect(customElements.get('samspil-field-visit-form')).to.equal(SamspilFieldVisitForm);
      const plugin = pluginRegistry.plugin(FIELD_VISIT_FORM_PLUGIN);
      expect(plugin?.elements?.[0]?.tagName).to.equal('samspil-field-visit-form');
      expect(SamspilFieldVisitForm.formAssociated).to.equal(true);
    });

    it('waits for a family with an empty value and Danish loading text', async () => {
      const element = await mount({ config: false });
      expect(element.value).to.equal('');
      expect(element.kind).to.equal('home');
      expect(element.readOnly).to.equal(false);
      expect(element.family).to.equal(undefined);
      expect(part(element, '.waiting').textContent).to.equal('Indlæser …');
      expect(element.hasError).to.equal(false);
    });

    it('applies properties set in any order once the family arrives', async () => {
      const element = await mount({ config: false });
      element.actors = actors;
      await element.updateComplete;
      expect(element.value).to.equal('');
      element.family = family;
      await element.updateComplete;
      expect(element.actors.map((actor) => actor.id)).to.deep.equal(['a-coordinator', 'a-health-visitor']);
      expect(draftOf(element)).to.include({ id: 'v-new', familyId: 'fam-1', kind: 'home', status: 'draft' });
    });

    it('renders a family of two adults and children aged 4, 5, 9 and 15, sections in core order', async () => {
      const element = await mount();
      const headings = [...(element.shadowRoot?.querySelectorAll('.section__heading') ?? [])].map((node) => node.textContent);
      expect(headings).to.deep.equal(FIELD_VISIT_SECTIONS.map((section) => section.label.da));
      const members = [...(element.shadowRoot?.querySelectorAll('label[for^="fv-field-membersPresent"]') ?? [])].map((node) => node.textContent);
      expect(members).to.deep.equal(['Rana Haddad', 'Karim Haddad', 'Lina', 'Sara', 'Omar', 'Yara']);
      const draft = draftOf(element);
      expect(draft.createdAt).to.equal('2026-03-02T14:00:00.000Z');
      expect(part(element, '.progress').querySelectorAll('li')).to.have.length(7);
      expect(part(element, '.progress__summary').textContent).to.equal('0 af 7 færdige');
    });

    it('reads the inline JSON block { family, actors, visit }', async () => {
      const element = await mount({ inline: { family, actors, visit: completeVisit } });
      expect(draftOf(element).place).to.equal('Familiens hjem');
      expect(part<HTMLInputElement>(element, '#fv-field-place').value).to.equal('Familiens hjem');
      expect(element.kind).to.equal('home');
    });
  });

  describe('attributes and properties', () => {
    it('keeps kind in step between attribute, property and draft', async () => {
      const element = await mount();
      element.setAttribute('kind', 'professional');
      await element.updateComplete;
      expect(element.kind).to.equal('professional');
      expect(draftOf(element).kind).to.equal('professional');
      expect(part<HTMLInputElement>(element, '#fv-field-kind-professional').checked).to.equal(true);
      await setChecked(element, '#fv-field-kind-home');
      expect(element.getAttribute('kind')).to.equal('home');
      expect(draftOf(element).kind).to.equal('home');
    });

    it('reflects read-only and name', async () => {
      const element = await mount();
      element.readOnly = true;
      await element.updateComplete;
      expect(element.hasAttribute('read-only')).to.equal(true);
      element.removeAttribute('read-only');
      await element.updateComplete;
      expect(element.readOnly).to.equal(false);
      expect(element.name).to.equal('visit');
    });

    it('uses family-id for a new draft and loads a visit property', async () => {
      const element = await mount({ attributes: { 'family-id': 'fam-other', 'visit-id': 'v-9' } });
      expect(draftOf(element)).to.include({ id: 'v-9', familyId: 'fam-other' });
      element.visit = completeVisit;
      await element.updateComplete;
      expect(element.visit?.id).to.equal('v-1');
      expect(draftOf(element).agreements).to.have.length(1);
    });
  });

  describe('wellbeing and attention points', () => {
    it('lists attention points filtered by each present member’s age band', async () => {
      const element = await mount();
      for (const index of [0, 2, 3, 4, 5]) await setChecked(element, index === 0 ? '#fv-field-membersPresent' : `#fv-field-membersPresent-${index}`);
      expect(element.shadowRoot?.querySelectorAll('.member')).to.have.length(5);
      const bands: Record<number, string> = { 0: '18+', 2: '0-4', 3: '5', 4: '6-12', 5: '13-17' };
      for (const [index, band] of Object.entries(bands)) {
        part(element, `#fv-member-${index}-points`);
        part<HTMLButtonElement>(element, `[aria-controls="fv-member-${index}-points"]`).click();
        await element.updateComplete;
        const expected = catalogueFor({ ageBand: band }, { catalogue: ATTENTION_POINT_CATALOGUE });
        if (!expected.ok) throw new Error('catalogue');
        expect(new Set(codesShown(element, Number(index)))).to.deep.equal(new Set(expected.value.map((entry) => entry.code)), `band ${band}`);
      }
      // Child 5 gets entries made for five-year-olds and none only for adults.
      const five = codesShown(element, 3);
      expect(five).to.include('child-clinging');
      expect(five).not.to.include('life-before-denmark');
      expect(part(element, '#fv-member-3-name').textContent).to.contain('Sara');
      // Resources sit beside concerns: two columns, resources first.
      const titles = [...part(element, '#fv-member-3-points').querySelectorAll('.points__title')].map((node) => node.textContent);
      expect(titles).to.deep.equal(['Ressourcer og beskyttende forhold', 'Tegn og belastninger']);
    });

    it('filters the list by search, keeps picked points and records them as observations', async () => {
      const element = await mount();
      await setChecked(element, '#fv-field-membersPresent-3');
      part<HTMLButtonElement>(element, '[aria-controls="fv-member-3-points"]').click();
      await element.updateComplete;
      const first = part<HTMLInputElement>(element, '#fv-member-3-points input[type="checkbox"]');
      first.focus();
      await pressKey('Space');
      await element.updateComplete;
      const picked = draftOf(element).observations;
      expect(picked).to.have.length(1);
      expect(picked[0]).to.include({ personId: 'p-child5' });
      const pickedCode = picked[0]?.attentionPointCode;
      expect(ATTENTION_POINT_CATALOGUE.some((entry) => entry.code === pickedCode)).to.equal(true);

      part<HTMLInputElement>(element, '#fv-member-3-search').focus();
      await typeText('søvn');
      await element.updateComplete;
      const shown = codesShown(element, 3);
      expect(shown.length).to.be.lessThan(10);
      expect(shown).to.include(pickedCode);
      expect(part(element, '#fv-member-3-matches').textContent).to.match(/punkt/);
      expect(part(element, '[aria-controls="fv-member-3-points"]').textContent).to.contain('1 valgt');
    });

    it('writes a free-text observation per member', async () => {
      const element = await mount();
      await setChecked(element, '#fv-field-membersPresent-4');
      part<HTMLTextAreaElement>(element, '#fv-field-wellbeing-4').focus();
      await typeText('Omar legede');
      expect(draftOf(element).observations).to.deep.equal([{ id: draftOf(element).observations[0]?.id, personId: 'p-child9', text: 'Omar legede' }]);
    });
  });

  describe('editing', () => {
    it('updates value on each keystroke and fires native input and change events', async () => {
      const element = await mount();
      let inputs = 0;
      let changes = 0;
      element.addEventListener('input', () => (inputs += 1));
      element.addEventListener('change', () => (changes += 1));
      part<HTMLInputElement>(element, '#fv-field-place').focus();
      await typeText('Hjemme');
      expect(draftOf(element).place).to.equal('Hjemme');
      expect(inputs).to.equal(6);
      await pressKey('Tab');
      expect(changes).to.equal(1);
      expect(draftOf(element).updatedAt).to.equal('2026-03-02T14:00:00.000Z');
    });

    it('marks a section as declined, shows it in progress and can undo it', async () => {
      const element = await mount();
      const box = part<HTMLInputElement>(element, '#fv-decline-own-words');
      box.focus();
      await pressKey('Space');
      await element.updateComplete;
      expect(draftOf(element).declinedTopics).to.deep.equal([{ sectionId: 'own-words', at: '2026-03-02T14:00:00.000Z' }]);
      expect(part(element, '.progress__item--declined').textContent).to.contain('Familiens egne ord');
      expect(part(element, '#fv-section-own-words').classList.contains('section--declined')).to.equal(true);
      await aTimeout(80);
      expect(part(element, '[role="status"]').textContent).to.contain('Familiens egne ord');
      // Facts and consent describe the visit, so core does not let them be declined.
      expect(element.shadowRoot?.querySelector('#fv-decline-facts')).to.equal(null);
      expect(element.shadowRoot?.querySelector('#fv-decline-consent')).to.equal(null);
      await pressKey('Space');
      await element.updateComplete;
      expect(draftOf(element).declinedTopics).to.deep.equal([]);
    });

    it('adds and removes agreement rows by keyboard, moving focus and announcing it', async () => {
      const element = await mount();
      const add = part<HTMLButtonElement>(element, '#fv-field-agreements-add');
      add.focus();
      await pressKey('Enter');
      await element.updateComplete;
      expect(deepActiveElement()).to.equal(part(element, '#fv-field-agreements-0-action'));
      await typeText('Ring til skolen');
      await tabTo(add);
      await pressKey('Enter');
      await element.updateComplete;
      expect(deepActiveElement()).to.equal(part(element, '#fv-field-agreements-1-action'));
      await typeText('Book tolk');
      await aTimeout(80);
      expect(part(element, '[role="status"]').textContent).to.equal('Aftale 2 er tilføjet.');
      expect(draftOf(element).agreements.map((row) => row.action)).to.deep.equal(['Ring til skolen', 'Book tolk']);

      const removeFirst = part<HTMLButtonElement>(element, '#fv-agreements-0-remove');
      await tabTo(removeFirst, { backwards: true });
      await pressKey('Enter');
      await element.updateComplete;
      expect(draftOf(element).agreements.map((row) => row.action)).to.deep.equal(['Book tolk']);
      expect(deepActiveElement()).to.equal(part(element, '#fv-field-agreements-0-action'));
      await aTimeout(80);
      expect(part(element, '[role="status"]').textContent).to.equal('Aftale 1 er fjernet.');

      await tabTo(part(element, '#fv-agreements-0-remove'));
      await pressKey('Enter');
      await element.updateComplete;
      expect(draftOf(element).agreements).to.deep.equal([]);
      expect(deepActiveElement()).to.equal(part(element, '#fv-field-agreements-add'));
    });
  });

  describe('submitting', () => {
    it('shows field errors and a summary whose links focus the field, keeping what was typed', async () => {
      const element = await mount();
      part<HTMLInputElement>(element, '#fv-field-place').focus();
      await typeText('Familiens hjem');
      part<HTMLInputElement>(element, '#fv-field-interpreter-name').focus();
      await typeText('Yousef');
      let submitted = false;
      element.addEventListener('samspil-visit-submit', () => (submitted = true));
      await tabTo(part(element, '.submit'));
      await pressKey('Enter');
      await element.updateComplete;
      await aTimeout(0);
      expect(submitted).to.equal(false);
      const title = part(element, '#fv-error-summary-title');
      expect(deepActiveElement()).to.equal(title);
      const links = [...part(element, '.error-summary').querySelectorAll('a')];
      expect(links.length).to.be.greaterThan(2);
      const dateLink = links.find((link) => link.getAttribute('href') === '#fv-field-date');
      expect(dateLink?.textContent).to.equal('Dato: Feltet skal udfyldes.');
      const date = part<HTMLInputElement>(element, '#fv-field-date');
      expect(date.getAttribute('aria-invalid')).to.equal('true');
      const describedBy = date.getAttribute('aria-describedby') ?? '';
      expect(part(element, `#${describedBy}`).textContent).to.equal('Feltet skal udfyldes.');
      dateLink?.focus();
      await pressKey('Enter');
      expect(deepActiveElement()).to.equal(date);
      expect(part<HTMLInputElement>(element, '#fv-field-place').value).to.equal('Familiens hjem');
      expect(draftOf(element).place).to.equal('Familiens hjem');
      expect(draftOf(element).interpreter).to.deep.equal({ name: 'Yousef' });
      expect(element.matches(':state(user-invalid)')).to.equal(true);
    });

    it('fires samspil-visit-submit with the record core validated', async () => {
      const element = await mount({ visit: completeVisit });
      const event = oneEvent(element, 'samspil-visit-submit');
      part<HTMLButtonElement>(element, '.submit').click();
      const { detail } = (await event) as SamspilVisitSubmitEvent;
      expect(detail.visit.status).to.equal('submitted');
      expect(detail.visit.submittedByActorId).to.equal('a-coordinator');
      expect(detail.visit.submittedAt).to.equal('2026-03-02T14:00:00.000Z');
      expect(detail.visit.place).to.equal('Familiens hjem');
      expect(element.shadowRoot?.querySelector('.error-summary')).to.equal(null);
      expect(element.matches(':state(user-invalid)')).to.equal(false);
    });

    it('does not demand a declined section on submit', async () => {
      const { resources: _resources, familyOwnWords: _words, ...rest } = completeVisit;
      const element = await mount({ visit: { ...rest, resources: [] } });
      expect(await element.submit()).to.equal(false);
      // A required section left empty points at the place to fill it in.
      const hrefs = [...part(element, '.error-summary').querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(hrefs).to.deep.equal(['#fv-field-resources-add', '#fv-field-familyOwnWords']);
      expect(part(element, '#fv-error-resources-add').textContent).to.contain('Ressourcer');
      await setChecked(element, '#fv-decline-resources');
      await setChecked(element, '#fv-decline-own-words');
      const event = oneEvent(element, 'samspil-visit-submit');
      expect(await element.submit()).to.equal(true);
      const { detail } = (await event) as SamspilVisitSubmitEvent;
      expect(detail.visit.declinedTopics.map((topic) => topic.sectionId)).to.deep.equal(['resources', 'own-words']);
    });

    it('says who is missing when no actor-id is given', async () => {
      const element = await mount({ attributes: {}, visit: completeVisit });
      expect(await element.submit()).to.equal(false);
      expect(part(element, '.error-summary').textContent).to.contain('actor-id');
    });
  });

  describe('inside a portal form', () => {
    async function inForm(visit?: unknown) {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><input name="other" value="x" /></fieldset></form>`);
      const element = await mount({ visit });
      form.querySelector('fieldset')?.append(element);
      await element.updateComplete;
      return { form, element };
    }

    it('puts the draft JSON in FormData under its name', async () => {
      const { form, element } = await inForm();
      part<HTMLInputElement>(element, '#fv-field-place').focus();
      await typeText('Hjemme');
      const data = new FormData(form);
      const json = data.get('visit');
      expect(typeof json).to.equal('string');
      expect(JSON.parse(json as string)).to.include({ place: 'Hjemme', id: 'v-new', status: 'draft' });
      expect(element.form).to.equal(form);
    });

    it('returns to the first draft on form reset', async () => {
      const { form, element } = await inForm(completeVisit);
      await setText(element, '#fv-field-place', 'Et andet sted');
      expect(draftOf(element).place).to.equal('Et andet sted');
      form.reset();
      await element.updateComplete;
      expect(draftOf(element).place).to.equal('Familiens hjem');
      expect(part<HTMLInputElement>(element, '#fv-field-place').value).to.equal('Familiens hjem');
    });

    it('follows a disabled fieldset', async () => {
      const { form, element } = await inForm();
      form.querySelector('fieldset')!.disabled = true;
      await element.updateComplete;
      expect(part<HTMLInputElement>(element, '#fv-field-place').disabled).to.equal(true);
      expect(part<HTMLButtonElement>(element, '.submit').disabled).to.equal(true);
      expect(element.matches(':disabled')).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      await element.updateComplete;
      expect(part<HTMLInputElement>(element, '#fv-field-place').disabled).to.equal(false);
    });

    it('takes part in validation: checkValidity, reportValidity, validity and user-invalid', async () => {
      const { form, element } = await inForm();
      expect(element.checkValidity()).to.equal(false);
      expect(element.validity.valid).to.equal(false);
      expect(element.validity.customError).to.equal(true);
      expect(element.validationMessage).to.equal('Dato: Feltet skal udfyldes.');
      expect(element.matches(':state(user-invalid)')).to.equal(false);
      expect(element.shadowRoot?.querySelector('.error-summary')).to.equal(null);
      expect(form.checkValidity()).to.equal(false);

      expect(element.reportValidity()).to.equal(false);
      await element.updateComplete;
      expect(element.matches(':state(user-invalid)')).to.equal(true);
      expect(part(element, '.error-summary').isConnected).to.equal(true);
      expect(deepActiveElement()).to.equal(part(element, '#fv-field-date'));

      element.visit = completeVisit;
      await element.updateComplete;
      expect(element.checkValidity()).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      expect(element.matches(':state(user-invalid)')).to.equal(false);
    });

    it('blocks the portal’s submit while invalid and shows why', async () => {
      const { form, element } = await inForm();
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      form.requestSubmit();
      await element.updateComplete;
      expect(submitted).to.equal(false);
      expect(element.matches(':state(user-invalid)')).to.equal(true);
      expect(part(element, '.error-summary').isConnected).to.equal(true);
    });
  });

  describe('language and direction', () => {
    it('renders English with lang="en" and switches at runtime', async () => {
      const element = await mount({ attributes: { lang: 'en', 'actor-id': 'a-coordinator' } });
      expect(part(element, '#fv-heading-facts').textContent).to.equal('About the visit');
      expect(part(element, 'label[for="fv-field-date"]').textContent).to.equal('Date');
      await element.submit();
      expect(part(element, '#fv-error-date').textContent).to.equal('This field is required.');
      element.setAttribute('lang', 'da');
      await aTimeout(0);
      await element.updateComplete;
      expect(part(element, '#fv-heading-facts').textContent).to.equal('Om besøget');
      expect(part(element, '#fv-error-date').textContent).to.equal('Feltet skal udfyldes.');
      element.removeAttribute('lang');
      document.documentElement.setAttribute('lang', 'en');
      await aTimeout(0);
      await element.updateComplete;
      expect(part(element, '.submit').textContent?.trim()).to.equal('Submit the visit');
    });

    it('mirrors under dir="rtl"', async () => {
      const element = await mount({ visit: completeVisit });
      element.setAttribute('dir', 'rtl');
      await element.updateComplete;
      const member = part(element, '.member');
      const style = getComputedStyle(member);
      expect(style.borderRightWidth).to.equal('4px');
      expect(style.borderLeftWidth).to.equal('0px');
    });
  });

  describe('read-only', () => {
    it('shows the visit without edits or submit, and is valid for the form', async () => {
      const element = await mount({ attributes: { 'read-only': '', name: 'visit' }, visit: completeVisit });
      expect(element.shadowRoot?.querySelector('.submit')).to.equal(null);
      expect(element.shadowRoot?.querySelector('.add')).to.equal(null);
      expect(part(element, '.notice').textContent).to.equal('Besøgsnotatet kan kun læses.');
      const place = part<HTMLInputElement>(element, '#fv-field-place');
      expect(place.readOnly).to.equal(true);
      expect(part<HTMLInputElement>(element, '#fv-field-visitors').disabled).to.equal(true);
      const before = element.value;
      place.focus();
      await typeText('x');
      expect(element.value).to.equal(before);
      expect(element.checkValidity()).to.equal(true);
      expect(await element.submit()).to.equal(false);
    });
  });

  describe('bad configuration', () => {
    it('shows a localized error state and fires samspil-error for an invalid family', async () => {
      const listener = oneEvent(document.body, 'samspil-error');
      const element = await mount({ inline: { family: { id: 'fam-1', name: '', members: [] }, actors: [] } });
      const { detail } = await listener;
      expect(detail.source).to.equal('configuration');
      expect(detail.issues.length).to.be.greaterThan(0);
      expect(part(element, '[role="alert"]').textContent).to.contain('Indholdet kan ikke vises');
      expect(element.value).to.equal('');
    });

    it('rejects unreadable JSON, unknown keys and a missing family', async () => {
      for (const inline of ['{ not json', { family, actors, extra: 1 }, { actors }]) {
        const element = await mount({ inline });
        expect(element.hasError, JSON.stringify(inline)).to.equal(true);
        expect(part(element, '[role="alert"]').isConnected).to.equal(true);
      }
    });

    it('rejects a bad kind attribute with an error state and samspil-error', async () => {
      const listener = oneEvent(document.body, 'samspil-error');
      const element = await mount({ attributes: { kind: 'holiday' } });
      const { detail } = await listener;
      expect(detail.issues[0]?.path).to.deep.equal(['kind']);
      expect(part(element, '[role="alert"]').textContent).to.contain('kind');
    });

    it('ignores an invalid value assignment and reports it', async () => {
      const element = await mount();
      const before = element.value;
      const listener = oneEvent(element, 'samspil-error');
      element.value = '{"id": 3}';
      await listener;
      expect(element.value).to.equal(before);
    });
  });

  describe('heading level', () => {
    const tags = (element: SamspilFieldVisitForm, selector: string) => [...(element.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) => node.tagName);
    const levelsOf = (element: SamspilFieldVisitForm) => ({
      sections: [...new Set(tags(element, '.section__heading'))],
      members: [...new Set(tags(element, '.member__name'))],
      points: [...new Set(tags(element, '.points__title'))],
    });
    const openPoints = async (element: SamspilFieldVisitForm) => {
      const disclosure = element.shadowRoot?.querySelector<HTMLButtonElement>('.disclosure');
      expect(disclosure, 'a member with an attention-point list').to.not.equal(null);
      disclosure?.click();
      await element.updateComplete;
    };

    it('puts sections at h2, members at h3 and attention-point lists at h4 by default', async () => {
      const element = await mount({ visit: completeVisit });
      await openPoints(element);
      expect(levelsOf(element)).to.deep.equal({ sections: ['H2'], members: ['H3'], points: ['H4'] });
    });

    it('follows heading-level, one level lower inside, never below h6, and passes axe', async () => {
      const element = await mount({ attributes: { 'actor-id': 'a-coordinator', 'heading-level': '3' }, visit: completeVisit });
      await openPoints(element);
      expect(element.headingLevel).to.equal(3);
      expect(levelsOf(element)).to.deep.equal({ sections: ['H3'], members: ['H4'], points: ['H5'] });
      await expectAccessible(element);
      element.setAttribute('heading-level', '5');
      await element.updateComplete;
      expect(levelsOf(element)).to.deep.equal({ sections: ['H5'], members: ['H6'], points: ['H6'] });
    });

    it('gives the error summary the top level and keeps focus moving to it', async () => {
      const element = await mount({ attributes: { 'actor-id': 'a-coordinator', 'visit-id': 'v-new', 'heading-level': '4' } });
      await element.submit();
      const title = part(element, '#fv-error-summary-title');
      expect(title.tagName).to.equal('H4');
      expect(deepActiveElement()).to.equal(title);
    });

    it('reads anything but a whole number from 1 to 6 as 2', async () => {
      for (const value of ['0', '7', '2.5', 'tre', '', '<h1>']) {
        const element = await mount({ attributes: { 'actor-id': 'a-coordinator', 'visit-id': 'v-new', 'heading-level': value } });
        expect(levelsOf(element).sections, value).to.deep.equal(['H2']);
        expect(element.hasError, value).to.equal(false);
      }
    });
  });
});
