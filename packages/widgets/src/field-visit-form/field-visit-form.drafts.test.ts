import { expect, waitUntil } from '@open-wc/testing';
import { createMemoryStore } from '@samspil/core';
import type { FieldVisitDraft, MemoryStore, Result, Store } from '@samspil/core';
import { expectAccessible } from '../kit/testing/expect-accessible.js';
import { HOSTILE_ELEMENT_SELECTOR, hostilePayloads, resetPwned, wasPwned } from '../kit/testing/hostile-payloads.js';
import type { SamspilFieldVisitForm } from './field-visit-form.js';
import './field-visit-form.js';
import { clock, completeVisit, mount, part, setText } from './test-fixtures.js';

// Autosave, restore, two copies and failures, with core's memory store standing in for the
// encrypted IndexedDB store (which has its own tests in src/storage/).

function memoryStore(): MemoryStore {
  const created = createMemoryStore({ now: clock });
  if (!created.ok) throw new Error('memory store refused its options');
  return created.value;
}

function mountWithStore(store: Store, visitId = 'v-draft', options: { autosave?: boolean } = {}): Promise<SamspilFieldVisitForm> {
  return mount({
    attributes: { 'visit-id': visitId, 'actor-id': 'a-coordinator' },
    before: (element) => {
      element.autosave = options.autosave ?? true;
      element.store = store;
    },
  });
}

const statusText = (element: SamspilFieldVisitForm) => part(element, '.draft-status').textContent?.trim() ?? '';
const storedDraft = async (store: Store, id: string): Promise<FieldVisitDraft | undefined> => {
  const found = (await store.get<{ draft: FieldVisitDraft }>('drafts', `field-visit.${id}`)) as Result<{ value: { draft: FieldVisitDraft } } | null>;
  return found.ok ? found.value?.value.draft : undefined;
};

describe('<samspil-field-visit-form> drafts (autosave)', () => {
  it('keeps nothing anywhere unless the portal turns autosave on', async () => {
    const store = memoryStore();
    const element = await mountWithStore(store, 'v-off', { autosave: false });
    await setText(element, '#fv-field-place', 'Familiens hjem');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await storedDraft(store, 'v-off')).to.equal(undefined);
    expect(part(element, '.draft-status').hidden).to.equal(true);
  });

  it('saves within 500 ms of the last keystroke and says so in a live region', async () => {
    const store = memoryStore();
    const element = await mountWithStore(store);
    await setText(element, '#fv-field-place', 'Familiens hjem');
    const typedAt = performance.now();
    await waitUntil(async () => (await storedDraft(store, 'v-draft'))?.place === 'Familiens hjem', 'draft was not saved', { timeout: 1000, interval: 20 });
    expect(performance.now() - typedAt).to.be.lessThan(500 + 100);
    await element.updateComplete;
    expect(part(element, '.draft-status').getAttribute('role')).to.equal('status');
    const time = new Intl.DateTimeFormat('da-DK', { timeStyle: 'short' }).format(clock());
    expect(statusText(element)).to.equal(`Gemt lokalt kl. ${time}`);
  });

  it('brings the draft back when the same visit is opened again, and not for another visit', async () => {
    const store = memoryStore();
    const first = await mountWithStore(store);
    await setText(first, '#fv-field-place', 'I opgangen');
    await setText(first, '#fv-field-familyOwnWords', 'Vi vil gerne have ro.');
    // Closing the page mid-typing: removal saves at once, without waiting for the pause.
    first.remove();
    await waitUntil(async () => (await storedDraft(store, 'v-draft'))?.familyOwnWords === 'Vi vil gerne have ro.', 'not saved on close', { timeout: 300 });
    const again = await mountWithStore(store);
    await waitUntil(() => part<HTMLInputElement>(again, '#fv-field-place').value === 'I opgangen', 'draft not restored', { timeout: 1000 });
    expect(part<HTMLTextAreaElement>(again, '#fv-field-familyOwnWords').value).to.equal('Vi vil gerne have ro.');
    expect(statusText(again)).to.match(/^Din kladde fra kl\. \d\d\.\d\d er hentet frem igen\.$/);
    const other = await mountWithStore(store, 'v-other');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(part<HTMLInputElement>(other, '#fv-field-place').value).to.equal('');
  });

  it('shows both copies of a field typed in two tabs and keeps what the person chooses', async () => {
    const store = memoryStore();
    const tabA = await mountWithStore(store);
    const tabB = await mountWithStore(store);
    // Both tabs type before either has saved, as two people (or one person in two tabs) would.
    await setText(tabA, '#fv-field-place', 'Hjemme hos familien');
    await setText(tabB, '#fv-field-place', 'På skolen');
    await waitUntil(() => tabB.shadowRoot?.querySelector('.draft-conflict') !== null, 'no conflict shown in tab B', { timeout: 1500 });
    // Not "last write wins": the store still holds A's text, B's text is still on B's screen.
    expect((await storedDraft(store, 'v-draft'))?.place).to.equal('Hjemme hos familien');
    expect(part<HTMLInputElement>(tabB, '#fv-field-place').value).to.equal('På skolen');
    const panel = part(tabB, '.draft-conflict');
    expect(panel.textContent).to.contain('Felt: Sted');
    expect(panel.textContent).to.contain('Ændret begge steder');
    expect(panel.textContent).to.contain('På skolen');
    expect(panel.textContent).to.contain('Hjemme hos familien');
    await expectAccessible(tabB);
    part<HTMLInputElement>(tabB, '#fv-conflict-0-theirs').click();
    part<HTMLButtonElement>(tabB, '.draft-conflict button').click();
    await waitUntil(() => tabB.shadowRoot?.querySelector('.draft-conflict') === null, 'conflict not resolved', { timeout: 1000 });
    expect(part<HTMLInputElement>(tabB, '#fv-field-place').value).to.equal('Hjemme hos familien');
    await waitUntil(async () => (await store.get('drafts', 'field-visit.v-draft')).ok, 'store not readable');
  });

  it('takes a field changed only in the other tab without asking when this tab has no unsaved typing', async () => {
    const store = memoryStore();
    const tabA = await mountWithStore(store);
    const tabB = await mountWithStore(store);
    await setText(tabA, '#fv-field-place', 'Biblioteket');
    await waitUntil(() => part<HTMLInputElement>(tabB, '#fv-field-place').value === 'Biblioteket', 'tab B did not follow', { timeout: 1500 });
    expect(tabB.shadowRoot?.querySelector('.draft-conflict')).to.equal(null);
    expect(statusText(tabB)).to.equal('Kladden blev ændret i en anden fane, og ændringerne er hentet ind.');
  });

  it('says the draft was not saved when the store refuses, and keeps every character typed', async () => {
    const store = memoryStore();
    const full: Store = {
      ...store,
      subscribe: store.subscribe.bind(store),
      get: store.get.bind(store),
      put: async () => ({ ok: false, issues: [{ code: 'store_quota_exceeded', path: [], message: 'Der er ikke mere plads på enheden.' }] }),
    };
    const element = await mountWithStore(full);
    await setText(element, '#fv-field-place', 'Lang tekst der ikke kan gemmes');
    await waitUntil(() => statusText(element).startsWith('Ikke gemt:'), 'no failure shown', { timeout: 1000 });
    expect(statusText(element)).to.contain('står her stadig');
    expect(part(element, '.draft-status').classList.contains('draft-status--failed')).to.equal(true);
    expect(part<HTMLInputElement>(element, '#fv-field-place').value).to.equal('Lang tekst der ikke kan gemmes');
  });

  it('moves the draft to a submitted visit and removes the draft', async () => {
    const store = memoryStore();
    const element = await mountWithStore(store, 'v-submit');
    element.visit = { ...completeVisit, id: 'v-submit' };
    await element.updateComplete;
    await setText(element, '#fv-field-place', 'Familiens hjem');
    await waitUntil(async () => (await storedDraft(store, 'v-submit'))?.place === 'Familiens hjem', 'draft not saved', { timeout: 1000 });
    expect(await element.submit()).to.equal(true);
    const submitted = await store.get<{ status: string }>('field-visits', 'v-submit');
    expect(submitted.ok && submitted.value?.value.status).to.equal('submitted');
    const draft = await store.get('drafts', 'field-visit.v-submit');
    expect(draft.ok && draft.value).to.equal(null);
  });

  it('shows hostile text from another copy as text in the conflict panel', async () => {
    const store = memoryStore();
    const tabA = await mountWithStore(store, 'v-hostile');
    const tabB = await mountWithStore(store, 'v-hostile');
    resetPwned();
    const payload = (hostilePayloads.find((text) => text.includes('<img')) ?? hostilePayloads[0] ?? '').slice(0, 200);
    await setText(tabA, '#fv-field-place', payload);
    await setText(tabB, '#fv-field-place', 'Skolen');
    await waitUntil(() => tabB.shadowRoot?.querySelector('.draft-conflict') !== null, 'no conflict', { timeout: 1500 });
    const panel = part(tabB, '.draft-conflict');
    expect(panel.querySelector(HOSTILE_ELEMENT_SELECTOR)).to.equal(null);
    expect(panel.textContent).to.contain(payload.slice(0, 30));
    expect(wasPwned()).to.equal(false);
  });
});
