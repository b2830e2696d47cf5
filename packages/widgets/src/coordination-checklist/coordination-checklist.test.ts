import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CHECKLIST_TEMPLATES, createChecklist, overdueItems, setChecklistItemStatus } from '@samspil/core';
import type { Actor, ChecklistInstance, ChecklistTemplate } from '@samspil/core';
import { pluginRegistry } from '../kit/plugins/plugin-registry.js';
import { SamspilErrorEvent } from '../kit/samspil-error-event.js';
import { expectAccessible } from '../kit/testing/expect-accessible.js';
import { HOSTILE_ELEMENT_SELECTOR, hostilePayloads, resetPwned, wasPwned } from '../kit/testing/hostile-payloads.js';
import { deepActiveElement, pressKey, tabTo } from '../kit/testing/keyboard.js';
import './coordination-checklist.js';
import type { SamspilCoordinationChecklist } from './coordination-checklist.js';
import { SamspilChecklistChangeEvent } from './samspil-checklist-change-event.js';

const template = CHECKLIST_TEMPLATES.find((candidate) => candidate.id === 'reception-asylum-to-housing') as ChecklistTemplate;
const TODAY = '2026-03-20';
const ANCHORS = { 'residence-permit-granted': '2026-01-05', 'arrival-in-municipality': '2026-03-02' };

function newInstance(owners: Record<string, string> = {}): ChecklistInstance {
  const created = createChecklist(template, { id: 'cl-1', familyId: 'fam-1', anchors: ANCHORS, now: '2026-01-05T09:00:00+01:00', owners });
  if (!created.ok) throw new Error(JSON.stringify(created.issues));
  return created.value;
}

const actor = (id: string, name: string, sector: Actor['sector']): Actor => ({ id, kind: 'person', name, sector, roles: ['caseworker'], contacts: [] });
const ACTORS: Actor[] = [
  actor('actor-amina', 'Amina Hansen', 'integration-team'),
  actor('actor-jens', 'Jens Poulsen', 'job-centre'),
];

type Element = SamspilCoordinationChecklist;

/** Mounts the widget the way a CMS page writes it: attributes plus an inline JSON block. */
async function mount(json: unknown, attributes: Record<string, string> = {}): Promise<Element> {
  const element = document.createElement('samspil-coordination-checklist');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = typeof json === 'string' ? json : JSON.stringify(json);
    element.append(script);
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

const mountFilled = (attributes: Record<string, string> = {}, instance = newInstance()) =>
  mount({ instance, actors: ACTORS }, { today: TODAY, ...attributes });

const root = (element: Element) => element.shadowRoot as ShadowRoot;
const item = (element: Element, id: string) => root(element).querySelector<HTMLLIElement>(`li[data-item-id="${id}"]`);
const statusSelect = (element: Element, id: string) => item(element, id)?.querySelector<HTMLSelectElement>('select.status') ?? null;
const ownerSelect = (element: Element, id: string) => item(element, id)?.querySelector<HTMLSelectElement>('select.owner') ?? null;
const shownIds = (element: Element) => [...root(element).querySelectorAll<HTMLLIElement>('li[data-item-id]')].map((li) => li.dataset.itemId);
const liveText = (element: Element) => root(element).querySelector('[role="status"]')?.textContent?.trim() ?? '';
const templateIds = template.phases.flatMap((phase) => phase.items.map((entry) => entry.id));

describe('<samspil-coordination-checklist>', () => {
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

  describe('rendering', () => {
    it('renders a shipped template with an instance from createChecklist, grouped by phase', async () => {
      const element = await mountFilled();
      expect(element.hasError).to.equal(false);
      expect(root(element).querySelector('h2')?.textContent?.trim()).to.equal(template.title.da);
      const sections = [...root(element).querySelectorAll('section.phase')];
      expect(sections.map((section) => section.querySelector('h3')?.textContent?.trim())).to.deep.equal(template.phases.map((phase) => phase.title.da));
      sections.forEach((section, index) => {
        const ids = [...section.querySelectorAll<HTMLLIElement>('li[data-item-id]')].map((li) => li.dataset.itemId);
        expect(ids).to.deep.equal(template.phases[index]?.items.map((entry) => entry.id));
      });
      const first = template.phases[0]?.items[0];
      expect(item(element, first?.id ?? '')?.querySelector('h4')?.textContent?.trim()).to.equal(first?.title.da);
      expect(element.template?.id).to.equal(template.id);
      expect(element.instance?.items).to.have.length(templateIds.length);
      expect(root(element).querySelector('.shown')?.textContent?.trim()).to.equal(`Viser alle ${templateIds.length} punkter`);
    });

    it('shows due dates with the kit date format, and dependencies as "waits for"', async () => {
      const element = await mountFilled();
      expect(item(element, 'cpr-registration')?.querySelector('.item__meta')?.textContent).to.contain('Frist 9. marts 2026');
      expect(item(element, 'allocation-received')?.querySelector('.item__meta')?.textContent).to.contain('Ingen frist');
      const cprTitle = template.phases.flatMap((phase) => phase.items).find((entry) => entry.id === 'cpr-registration')?.title.da;
      expect(item(element, 'bank-account')?.querySelector('.item__deps')?.textContent?.trim()).to.equal(`Venter på: ${cprTitle}`);
      expect(item(element, 'allocation-received')?.querySelector('.item__deps')).to.equal(null);
      expect(item(element, 'cpr-registration')?.querySelector('.item__expected')?.textContent).to.contain('Integrationsteam');
    });

    it('marks exactly the items core calls overdue relative to a fixed today', async () => {
      const instance = newInstance();
      const element = await mountFilled({}, instance);
      const expected = overdueItems(instance, { now: TODAY });
      if (!expected.ok) throw new Error('fixture');
      const marked = [...root(element).querySelectorAll<HTMLLIElement>('li.item--overdue')].map((li) => li.dataset.itemId);
      expect(marked.sort()).to.deep.equal(expected.value.map((entry) => entry.itemId).sort());
      expect(marked).to.include('cpr-registration');
      expect(item(element, 'cpr-registration')?.querySelector('.item__badge')?.textContent?.trim()).to.equal('Overskredet');
      // The same checklist a week before arrival: nothing about registration is late yet.
      element.today = '2026-02-23';
      await element.updateComplete;
      expect(item(element, 'cpr-registration')?.classList.contains('item--overdue')).to.equal(false);
      expect(root(element).querySelectorAll('li.item--overdue').length).to.be.lessThan(marked.length);
    });

    it('shows the empty state without an instance, and is accessible', async () => {
      const element = await mount(undefined);
      expect(element.hasError).to.equal(false);
      expect(root(element).textContent).to.contain('Der er ingen tjekliste at vise endnu.');
      await expectAccessible(element);
    });

    it('is accessible when filled', async () => {
      const element = await mountFilled({ 'current-actor-id': 'actor-amina' }, newInstance({ 'cpr-registration': 'actor-amina' }));
      await expectAccessible(element);
    });
  });

  describe('progress', () => {
    it('shows an accessible progress bar and announces it after a change', async () => {
      const element = await mountFilled();
      const progress = root(element).querySelector('progress') as HTMLProgressElement;
      expect(progress.max).to.equal(templateIds.length);
      expect(progress.value).to.equal(0);
      expect(root(element).querySelector('#progress-text')?.textContent?.trim()).to.equal(`0 af ${templateIds.length} punkter er færdige`);
      expect(root(element).querySelector('label[for="progress"]')?.textContent?.trim()).to.equal('Fremdrift');

      const select = statusSelect(element, 'allocation-received') as HTMLSelectElement;
      select.value = 'done';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(progress.value).to.equal(1);
      await waitUntil(() => liveText(element).includes('1 af'), 'progress announced');
      expect(liveText(element)).to.contain(`1 af ${templateIds.length} punkter er færdige`);

      const other = statusSelect(element, 'language-and-interpreter-need') as HTMLSelectElement;
      other.value = 'not-relevant';
      other.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(progress.max).to.equal(templateIds.length - 1);
      expect(root(element).querySelector('#progress-text')?.textContent?.trim()).to.equal(
        `1 af ${templateIds.length - 1} punkter er færdige (1 er ikke relevant)`,
      );
    });
  });

  describe('editing', () => {
    it('changes a status by keyboard and fires samspil-checklist-change with the new instance', async () => {
      const element = await mountFilled();
      const select = statusSelect(element, 'allocation-received') as HTMLSelectElement;
      await tabTo(select);
      const event = oneEvent(element, SamspilChecklistChangeEvent.eventName) as Promise<SamspilChecklistChangeEvent>;
      await pressKey('ArrowDown');
      await pressKey('Enter');
      const fired = await event;
      expect(fired).to.be.instanceOf(SamspilChecklistChangeEvent);
      expect(fired.bubbles && fired.composed).to.equal(true);
      expect(fired.detail.item).to.deep.equal({ itemId: 'allocation-received', status: 'in-progress' });
      expect(fired.detail.instance.items.find((entry) => entry.itemId === 'allocation-received')?.status).to.equal('in-progress');
      expect(element.instance).to.equal(fired.detail.instance);
      await element.updateComplete;
      expect(deepActiveElement()).to.equal(statusSelect(element, 'allocation-received'));
      await waitUntil(() => liveText(element).startsWith('Visitering modtaget'), 'status announced');
    });

    it('saves a keyboard step only where the user settles: Enter or leaving the select, and Escape puts the saved status back', async () => {
      const element = await mountFilled();
      const changes: SamspilChecklistChangeEvent[] = [];
      element.addEventListener(SamspilChecklistChangeEvent.eventName, (event) => changes.push(event as SamspilChecklistChangeEvent));
      const saved = () => element.instance?.items.find((entry) => entry.itemId === 'allocation-received')?.status;
      const select = statusSelect(element, 'allocation-received') as HTMLSelectElement;
      await tabTo(select);

      // Down past "in progress" to "done", then back up: nothing is saved on the way.
      await pressKey('ArrowDown');
      await pressKey('ArrowDown');
      expect(select.value).to.equal('done');
      await pressKey('ArrowUp');
      await element.updateComplete;
      expect(select.value).to.equal('in-progress');
      expect(changes).to.have.length(0);
      expect(saved()).to.equal('open');

      // Escape: the saved status is shown again, and nothing fires.
      await pressKey('Escape');
      await element.updateComplete;
      expect(select.value).to.equal('open');
      expect(changes).to.have.length(0);
      expect(deepActiveElement()).to.equal(select);

      // Back on the saved status when leaving: nothing to save.
      await pressKey('ArrowDown');
      await pressKey('ArrowUp');
      await pressKey('Tab');
      await element.updateComplete;
      expect(changes).to.have.length(0);
      await pressKey('Shift+Tab');
      expect(deepActiveElement()).to.equal(select);

      // Leaving the select saves the status shown, once.
      await pressKey('ArrowDown');
      await pressKey('ArrowDown');
      await pressKey('Tab');
      await element.updateComplete;
      expect(changes.map((event) => event.detail.item.status)).to.deep.equal(['done']);
      expect(saved()).to.equal('done');
      await waitUntil(() => liveText(element).includes('Færdig'), 'the saved status announced');
    });

    it('saves at once a change that no key made (the open list, the pointer, a script)', async () => {
      const element = await mountFilled();
      let changes = 0;
      element.addEventListener(SamspilChecklistChangeEvent.eventName, () => (changes += 1));
      const select = statusSelect(element, 'allocation-received') as HTMLSelectElement;
      select.focus();
      await pressKey('ArrowDown'); // a keyboard step, held back
      expect(changes).to.equal(0);
      select.value = 'not-relevant'; // then a choice from the list
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(changes).to.equal(1);
      expect(element.instance?.items.find((entry) => entry.itemId === 'allocation-received')?.status).to.equal('not-relevant');
      // The held-back step is gone: leaving the select saves nothing more.
      select.blur();
      await element.updateComplete;
      expect(changes).to.equal(1);
    });

    it('refuses done on a blocked item, shows core’s message next to it and announces it', async () => {
      const element = await mountFilled();
      let changes = 0;
      element.addEventListener(SamspilChecklistChangeEvent.eventName, () => (changes += 1));
      const select = statusSelect(element, 'bank-account') as HTMLSelectElement;
      select.focus(); // far down the list; reaching controls by Tab is shown in the first editing test
      await pressKey('ArrowDown'); // in progress: allowed while waiting
      await pressKey('Enter');
      await element.updateComplete;
      expect(changes).to.equal(1);
      await pressKey('ArrowDown'); // done: refused by core
      await pressKey('Enter');
      await element.updateComplete;
      expect(changes).to.equal(1);
      expect(select.value).to.equal('in-progress');
      expect(element.instance?.items.find((entry) => entry.itemId === 'bank-account')?.status).to.equal('in-progress');
      const message = item(element, 'bank-account')?.querySelector('.item__message');
      const titles = new Map(template.phases.flatMap((phase) => phase.items.map((entry) => [entry.id, entry.title.da])));
      const core = setChecklistItemStatus(element.instance, template, { itemId: 'bank-account', status: 'done', now: TODAY });
      expect(core.ok ? '' : core.issues[0]?.code).to.equal('checklist_blocked');
      expect(message?.textContent?.trim()).to.equal(
        `Punktet "${titles.get('bank-account')}" kan ikke markeres som færdigt endnu: det venter på ${titles.get('cpr-registration')}.`,
      );
      expect(select.getAttribute('aria-describedby')).to.equal(message?.id);
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      await waitUntil(() => liveText(element).includes(titles.get('cpr-registration') ?? '?'), 'refusal announced');
      await expectAccessible(element);
    });

    it('assigns an owner from the family’s actors with a native select', async () => {
      const element = await mountFilled({}, newInstance({ 'bank-account': 'actor-gone' }));
      const select = ownerSelect(element, 'cpr-registration') as HTMLSelectElement;
      // Until it is used, a select holds only its chosen option; focus brings in every actor.
      expect([...select.options].map((option) => option.textContent?.trim())).to.deep.equal(['Ingen ansvarlig endnu']);
      select.focus();
      expect([...select.options].map((option) => option.textContent?.trim())).to.deep.equal([
        'Ingen ansvarlig endnu',
        'Amina Hansen – Integrationsteam eller modtageenhed',
        'Jens Poulsen – Jobcenter',
      ]);
      expect(select.value).to.equal('');
      const unknown = ownerSelect(element, 'bank-account') as HTMLSelectElement;
      expect(unknown.selectedOptions[0]?.textContent?.trim()).to.equal('Ukendt aktør (actor-gone)');
      unknown.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      expect(unknown.options).to.have.length(4);
      expect(unknown.value).to.equal('actor-gone');

      const event = oneEvent(element, SamspilChecklistChangeEvent.eventName) as Promise<SamspilChecklistChangeEvent>;
      select.focus();
      await pressKey('ArrowDown');
      await pressKey('Enter');
      const fired = await event;
      expect(fired.detail.item).to.deep.equal({ itemId: 'cpr-registration', status: 'open', dueDate: '2026-03-09', ownerActorId: 'actor-amina' });
      expect(element.instance?.items.find((entry) => entry.itemId === 'cpr-registration')?.ownerActorId).to.equal('actor-amina');
      await waitUntil(() => liveText(element).includes('Amina Hansen'), 'owner announced');

      select.value = '';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(element.instance?.items.find((entry) => entry.itemId === 'cpr-registration')?.ownerActorId).to.equal(undefined);
      expect(select.value).to.equal('');
      expect(select.options).to.have.length(3);
    });

    it('read-only disables every edit, says so, and stays accessible', async () => {
      const element = await mountFilled({ 'read-only': '' });
      expect(element.readOnly).to.equal(true);
      const selects = [...root(element).querySelectorAll<HTMLSelectElement>('select')];
      expect(selects.length).to.equal(templateIds.length * 2);
      expect(selects.every((select) => select.disabled)).to.equal(true);
      expect(root(element).textContent).to.contain('Tjeklisten kan kun læses.');
      // Filters are not edits: they stay usable.
      expect([...root(element).querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((radio) => radio.disabled).map((radio) => radio.value)).to.deep.equal(['mine']);
      let changes = 0;
      element.addEventListener(SamspilChecklistChangeEvent.eventName, () => (changes += 1));
      const select = statusSelect(element, 'allocation-received') as HTMLSelectElement;
      select.disabled = false; // a hostile page re-enables the control; the widget still refuses
      select.value = 'done';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(changes).to.equal(0);
      expect(select.value).to.equal('open');
      await expectAccessible(element);
      element.readOnly = false;
      await element.updateComplete;
      expect(element.hasAttribute('read-only')).to.equal(false);
      expect(statusSelect(element, 'allocation-received')?.disabled).to.equal(false);
    });
  });

  describe('filters', () => {
    it('filters mine, overdue and open, and the radio group works by keyboard', async () => {
      const instance = newInstance({ 'cpr-registration': 'actor-amina', 'allocation-received': 'actor-amina', 'bank-account': 'actor-jens' });
      const element = await mountFilled({ 'current-actor-id': 'actor-amina' }, instance);
      expect(shownIds(element)).to.deep.equal(templateIds);

      element.filter = 'mine';
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(['allocation-received', 'cpr-registration']);
      expect(element.getAttribute('filter')).to.equal('mine');
      expect(root(element).querySelectorAll('section.phase')).to.have.length(2);

      element.setAttribute('filter', 'overdue');
      await element.updateComplete;
      const overdue = overdueItems(element.instance, { now: TODAY });
      expect(shownIds(element).sort()).to.deep.equal(overdue.ok ? overdue.value.map((entry) => entry.itemId).sort() : ['?']);

      element.filter = 'all';
      await element.updateComplete;
      const allRadio = root(element).querySelector<HTMLInputElement>('input[value="all"]') as HTMLInputElement;
      await tabTo(allRadio);
      await pressKey('ArrowRight');
      await element.updateComplete;
      expect(element.filter).to.equal('mine');
      await pressKey('ArrowRight');
      await element.updateComplete;
      expect(element.filter).to.equal('overdue');
      await pressKey('ArrowRight');
      await element.updateComplete;
      expect(element.filter).to.equal('open');
      expect(element.getAttribute('filter')).to.equal('open');
      expect(shownIds(element)).to.have.length(templateIds.length);
      await waitUntil(() => liveText(element).startsWith('Viser'), 'count announced');

      const select = statusSelect(element, 'allocation-received') as HTMLSelectElement;
      select.value = 'done';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(shownIds(element)).not.to.include('allocation-received');
      expect(root(element).querySelector('.shown')?.textContent?.trim()).to.equal(`Viser ${templateIds.length - 1} af ${templateIds.length} punkter`);
      await expectAccessible(element);
    });

    it('shows everything when "mine" has no current actor or the filter is unknown', async () => {
      const element = await mountFilled({ filter: 'mine' });
      expect(shownIds(element)).to.have.length(templateIds.length);
      expect(root(element).querySelector<HTMLInputElement>('input[value="mine"]')?.disabled).to.equal(true);
      element.filter = 'nonsense';
      await element.updateComplete;
      expect(shownIds(element)).to.have.length(templateIds.length);
      expect(root(element).querySelector<HTMLInputElement>('input[value="all"]')?.checked).to.equal(true);
    });
  });

  describe('configuration', () => {
    it('has defaults, and keeps attributes and properties in sync', async () => {
      const element = await mount(undefined);
      expect([element.templateId, element.currentActorId, element.today, element.readOnly, element.filter]).to.deep.equal([
        undefined,
        undefined,
        undefined,
        false,
        'all',
      ]);
      expect(element.actors).to.deep.equal([]);
      expect(element.instance).to.equal(undefined);
      element.setAttribute('current-actor-id', 'actor-jens');
      element.setAttribute('today', '2026-04-01');
      element.setAttribute('read-only', '');
      element.setAttribute('filter', 'open');
      element.setAttribute('template-id', 'reception-asylum-to-housing');
      await element.updateComplete;
      expect([element.currentActorId, element.today, element.readOnly, element.filter, element.templateId]).to.deep.equal([
        'actor-jens',
        '2026-04-01',
        true,
        'open',
        'reception-asylum-to-housing',
      ]);
      element.currentActorId = 'actor-amina';
      element.today = '2026-05-01';
      element.readOnly = false;
      element.filter = 'overdue';
      element.templateId = 'reception-asylum-to-housing';
      await element.updateComplete;
      expect(['current-actor-id', 'today', 'read-only', 'filter', 'template-id'].map((name) => element.getAttribute(name))).to.deep.equal([
        'actor-amina',
        '2026-05-01',
        null,
        'overdue',
        'reception-asylum-to-housing',
      ]);
    });

    it('takes template, instance and actors as properties, for apps', async () => {
      const element = await mount(undefined, { today: TODAY });
      element.actors = ACTORS;
      element.template = template;
      element.instance = newInstance();
      await element.updateComplete;
      expect(element.hasError).to.equal(false);
      expect(shownIds(element)).to.deep.equal(templateIds);
      expect(element.actors.map((entry) => entry.id)).to.deep.equal(['actor-amina', 'actor-jens']);
      ownerSelect(element, 'cpr-registration')?.focus();
      expect(ownerSelect(element, 'cpr-registration')?.options).to.have.length(3);
    });

    it('accepts properties set before the element is connected, checking them once', async () => {
      const element = document.createElement('samspil-coordination-checklist');
      element.today = TODAY;
      element.instance = newInstance();
      element.actors = ACTORS;
      element.templateId = 'reception-asylum-to-housing';
      expect(element.instance).to.equal(undefined);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
      await element.updateComplete;
      expect(element.hasError).to.equal(false);
      expect(shownIds(element)).to.deep.equal(templateIds);
      expect(element.getAttribute('template-id')).to.equal('reception-asylum-to-housing');
    });

    it('follows the inline JSON when a CMS page replaces it', async () => {
      const element = await mountFilled();
      element.currentActorId = 'actor-jens';
      element.templateId = 'reception-asylum-to-housing';
      await element.updateComplete;
      const edited = statusSelect(element, 'allocation-received') as HTMLSelectElement;
      edited.value = 'done';
      edited.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(element.instance?.items.find((entry) => entry.itemId === 'allocation-received')?.status).to.equal('done');
      const script = element.querySelector('script') as HTMLScriptElement;
      script.textContent = JSON.stringify({ instance: newInstance({ 'cpr-registration': 'actor-jens' }), actors: ACTORS });
      await aTimeout(0);
      await element.updateComplete;
      expect(element.instance?.items.find((entry) => entry.itemId === 'cpr-registration')?.ownerActorId).to.equal('actor-jens');
      // The page's new data replaces the edit made before it.
      expect(element.instance?.items.find((entry) => entry.itemId === 'allocation-received')?.status).to.equal('open');
      expect(statusSelect(element, 'allocation-received')?.value).to.equal('open');
      script.textContent = '[';
      await aTimeout(0);
      await element.updateComplete;
      expect(element.hasError).to.equal(true);
      expect(element.configurationIssues.map((issue) => issue.code)).to.deep.equal(['unreadable_input']);
    });

    it('finds a municipality’s template through the plugin registry, also when the plugin arrives later', async () => {
      const own: ChecklistTemplate = {
        id: 'eksempel-kommune-bolig-tjek',
        version: 2,
        title: { da: 'Boligtjek', en: 'Housing check' },
        sources: [{ source: 'samspil', section: 'eksempel' }],
        anchors: [],
        phases: [{ id: 'bolig', title: { da: 'Bolig', en: 'Home' }, items: [{ id: 'noegler', title: { da: 'Nøgler', en: 'Keys' }, ownerRole: { sector: 'housing-social' } }] }],
      };
      const created = createChecklist(own, { id: 'cl-9', familyId: 'fam-9', now: '2026-01-01T00:00:00Z' });
      if (!created.ok) throw new Error('fixture');
      const errors: SamspilErrorEvent[] = [];
      const element = document.createElement('samspil-coordination-checklist');
      element.addEventListener(SamspilErrorEvent.eventName, (event) => errors.push(event));
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ instance: created.value });
      element.append(script);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
      await element.updateComplete;
      await aTimeout(0);
      expect(element.hasError).to.equal(true);
      expect(element.configurationIssues.map((issue) => issue.code)).to.deep.equal(['unknown_reference']);
      expect(errors).to.have.length(1);
      const registered = pluginRegistry.register({ name: 'eksempel-kommune-tjekliste-test', checklistTemplates: [own] });
      try {
        expect(registered.ok).to.equal(true);
        await element.updateComplete;
        expect(element.hasError).to.equal(false);
        expect(shownIds(element)).to.deep.equal(['noegler']);
        expect(element.template?.id).to.equal(own.id);
      } finally {
        pluginRegistry.unregister('eksempel-kommune-tjekliste-test');
      }
    });

    it('shows the kit’s error state and fires samspil-error for JSON that is not JSON', async () => {
      const element = document.createElement('samspil-coordination-checklist');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ "instance": ';
      element.append(script);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const event = oneEvent(element, SamspilErrorEvent.eventName) as Promise<SamspilErrorEvent>;
      wrapper.append(element);
      const fired = await event;
      expect(fired.detail.source).to.equal('configuration');
      expect(fired.detail.issues.map((issue) => issue.code)).to.deep.equal(['unreadable_input']);
      expect(element.hasError).to.equal(true);
      expect(root(element).querySelector('[role="alert"]')?.textContent).to.contain('Indholdet kan ikke vises');
      await expectAccessible(element);
    });

    it('shows the error state for an instance that does not match its template, or unknown keys', async () => {
      const instance = newInstance();
      const broken = await mount({ instance: { ...instance, items: instance.items.slice(1) }, actors: ACTORS });
      expect(broken.hasError).to.equal(true);
      expect(broken.configurationIssues.map((issue) => issue.code)).to.deep.equal(['checklist_missing_item']);
      const unknownKey = await mount({ instance, actorz: [] });
      expect(unknownKey.configurationIssues.map((issue) => [issue.code, issue.path.join('.')])).to.deep.equal([['unknown_key', 'actorz']]);
      const badProperty = await mount(undefined);
      badProperty.actors = [{ id: 'x' }];
      await badProperty.updateComplete;
      expect(badProperty.hasError).to.equal(true);
      expect(badProperty.configurationIssues.every((issue) => issue.path[0] === 'actors')).to.equal(true);
      await expectAccessible(broken);
    });
  });

  describe('language and direction', () => {
    it('renders in English with lang="en" and switches at runtime', async () => {
      const element = await mountFilled({ lang: 'en' });
      expect(root(element).querySelector('h2')?.textContent?.trim()).to.equal(template.title.en);
      expect(item(element, 'cpr-registration')?.querySelector('.item__meta')?.textContent).to.contain('Due 9 March 2026');
      expect(root(element).querySelector('legend')?.textContent?.trim()).to.equal('Show');
      await expectAccessible(element);
      element.setAttribute('lang', 'da');
      await aTimeout(0);
      await element.updateComplete;
      expect(root(element).querySelector('h2')?.textContent?.trim()).to.equal(template.title.da);
      expect(item(element, 'cpr-registration')?.querySelector('.item__meta')?.textContent).to.contain('Frist 9. marts 2026');
      element.removeAttribute('lang');
      document.documentElement.setAttribute('lang', 'en-GB');
      await aTimeout(0);
      await element.updateComplete;
      expect(root(element).querySelector('.phase h3')?.textContent?.trim()).to.equal(template.phases[0]?.title.en);
      expect(statusSelect(element, 'cpr-registration')?.options[0]?.textContent?.trim()).to.equal('Not started');
    });

    it('shows core’s refusal in the widget’s language', async () => {
      const element = await mountFilled({ lang: 'en' });
      const select = statusSelect(element, 'bank-account') as HTMLSelectElement;
      select.value = 'done';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(item(element, 'bank-account')?.querySelector('.item__message')?.textContent).to.contain('cannot be marked done yet');
    });

    it('keeps Danish sentences in reading order on a right-to-left page without terms in its language', async () => {
      const element = await mountFilled({ dir: 'rtl', lang: 'ar' });
      const holder = element.shadowRoot?.querySelector('#progress-text');
      const text = [...(holder?.childNodes ?? [])].find((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      const sentence = text?.textContent ?? '';
      expect(sentence).to.match(/^\d+ af \d+/);
      // Where the first and the last letter are drawn: left to right, as Danish is read.
      const at = (index: number) => {
        const range = document.createRange();
        range.setStart(text as Node, index);
        range.setEnd(text as Node, index + 1);
        return range.getBoundingClientRect().left;
      };
      expect(at(0)).to.be.lessThan(at(sentence.length - 1));
      // The box itself still mirrors.
      const li = item(element, 'cpr-registration') as HTMLLIElement;
      expect(getComputedStyle(li).borderRightWidth).to.equal('6px');
    });

    it('mirrors under dir="rtl" and stays accessible', async () => {
      const element = await mountFilled({ dir: 'rtl' });
      const li = item(element, 'cpr-registration') as HTMLLIElement;
      const style = getComputedStyle(li);
      expect(style.borderRightWidth).to.equal('6px');
      expect(style.borderLeftWidth).to.equal('1px');
      await expectAccessible(element);
    });
  });

  describe('hostile input', () => {
    it('shows hostile notes, actor names and template texts as text and runs nothing', async () => {
      const payload = hostilePayloads.filter((text) => text.trim() !== '' && !text.includes('\u0000')).slice(0, 10);
      const hostileTemplate: ChecklistTemplate = {
        ...template,
        id: 'hostile-template',
        title: { da: payload[0] ?? '', en: payload[0] ?? '' },
      };
      const instance = newInstance();
      const noted = {
        ...instance,
        templateId: 'hostile-template',
        items: instance.items.map((entry, index) => ({ ...entry, note: payload[index % payload.length] ?? 'x' })),
      };
      const actors = payload.map((name, index) => actor(`hostile-${index}`, name, 'other'));
      const element = await mount({ template: hostileTemplate, instance: noted, actors }, { today: TODAY });
      await aTimeout(50);
      expect(element.hasError).to.equal(false);
      expect(root(element).querySelectorAll(HOSTILE_ELEMENT_SELECTOR)).to.have.length(0);
      expect(root(element).querySelector('h2')?.textContent?.trim()).to.equal(payload[0]);
      expect(item(element, templateIds[0] ?? '')?.querySelector('.item__note')?.textContent?.trim()).to.equal(`Notat: ${payload[0]}`);
      ownerSelect(element, 'cpr-registration')?.focus();
      const options = [...(ownerSelect(element, 'cpr-registration')?.options ?? [])].map((option) => option.textContent?.trim());
      expect(options.slice(1)).to.deep.equal(payload.map((name) => `${name.trim()} – Anden aktør`.trim()));
      expect(wasPwned()).to.equal(false);
    });

    it('shows hostile configuration values as text in the error state', async () => {
      for (const value of hostilePayloads.slice(0, 6)) {
        const element = await mount({ templateId: value, instance: value, actors: [value] }, { 'template-id': value, today: value, filter: value });
        expect(element.hasError).to.equal(true);
        expect(root(element).querySelectorAll(HOSTILE_ELEMENT_SELECTOR)).to.have.length(0);
        element.remove();
      }
      const element = await mountFilled({ 'template-id': '<img src=x onerror="window.__samspilPwned=1">' });
      expect(element.configurationIssues.map((issue) => issue.code)).to.deep.equal(['unknown_reference']);
      expect(root(element).querySelector('[role="alert"]')?.textContent).to.contain('<img src=x');
      expect(root(element).querySelectorAll(HOSTILE_ELEMENT_SELECTOR)).to.have.length(0);
      await aTimeout(50);
      expect(wasPwned()).to.equal(false);
    });
  });

  describe('heading level', () => {
    const levels = (element: Element) =>
      ['.checklist__title', '.phase__title', '.item__title'].map((selector) => [...new Set([...root(element).querySelectorAll(selector)].map((node) => node.tagName))]);

    it('puts the title at h2, phases at h3 and items at h4 by default', async () => {
      const element = await mountFilled();
      expect(levels(element)).to.deep.equal([['H2'], ['H3'], ['H4']]);
    });

    it('follows heading-level, down to h6 at the deepest, and passes axe', async () => {
      const element = await mountFilled({ 'heading-level': '3' });
      expect(levels(element)).to.deep.equal([['H3'], ['H4'], ['H5']]);
      await expectAccessible(element);
      element.setAttribute('heading-level', '6');
      await element.updateComplete;
      expect(levels(element)).to.deep.equal([['H6'], ['H6'], ['H6']]);
      element.removeAttribute('heading-level');
      await element.updateComplete;
      expect(levels(element)).to.deep.equal([['H2'], ['H3'], ['H4']]);
    });
  });
});

