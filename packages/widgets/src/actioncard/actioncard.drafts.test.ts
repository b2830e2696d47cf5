import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryStore } from '@samspil/core';
import type { MemoryStore, Store } from '@samspil/core';
import { expectAccessible } from '../kit/testing/expect-accessible.js';
import type { SamspilActioncard } from './actioncard.js';
import './actioncard.js';

// Autosave of a conversation: the session and the text typed but not yet recorded, kept in a
// store (core's memory store here; the encrypted IndexedDB store has its own tests).

const START = { 'family-id': 'fam-1', 'person-ids': 'p-1, p-2', 'actor-id': 'a-7', 'session-id': 'samtale-drafts' };

function memoryStore(): MemoryStore {
  const created = createMemoryStore({ now: () => new Date('2026-03-02T09:00:00Z') });
  if (!created.ok) throw new Error('memory store refused its options');
  return created.value;
}

async function mount(store: Store, attributes: Record<string, string> = START): Promise<SamspilActioncard> {
  const element = document.createElement('samspil-actioncard');
  let time = Date.parse('2026-03-02T09:00:00.000Z');
  element.clock = () => new Date((time += 60_000));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.autosave = true;
  element.store = store;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

const $ = <T extends Element = HTMLElement>(element: SamspilActioncard, selector: string): T | null => element.shadowRoot?.querySelector<T>(selector) ?? null;

async function click(element: SamspilActioncard, selector: string): Promise<void> {
  const target = $(element, selector);
  expect(target, selector).to.not.equal(null);
  target?.click();
  await element.updateComplete;
  await aTimeout(0);
  await element.updateComplete;
}

async function toStepWithNotes(element: SamspilActioncard): Promise<void> {
  await click(element, '#start');
  for (let index = 0; index < 5; index += 1) await click(element, 'button[data-answer="answered"]');
  await click(element, 'button[data-answer="no"]');
  expect($(element, '#note'), 'a step with a note field').to.not.equal(null);
}

function type(element: SamspilActioncard, selector: string, text: string): void {
  const field = $<HTMLTextAreaElement>(element, selector);
  if (field === null) throw new Error(selector);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<samspil-actioncard> drafts (autosave)', () => {
  it('brings back the session and a note typed but not yet recorded', async () => {
    const store = memoryStore();
    const first = await mount(store);
    await toStepWithNotes(first);
    const heading = $(first, '#step-heading')?.textContent;
    type(first, '#note', 'Familien vil gerne mødes igen efter ferien.');
    first.remove();
    // Removing the element saves what it had; a new one opened after that save finds it as its own
    // draft. (Opened before, it would be told the draft changed elsewhere, which is also true.)
    await waitUntil(async () => {
      const page = await store.list('drafts');
      return page.ok && JSON.stringify(page.value).includes('mødes igen efter ferien');
    }, 'the removed element saved its note');
    const again = await mount(store);
    await waitUntil(() => $<HTMLTextAreaElement>(again, '#note')?.value === 'Familien vil gerne mødes igen efter ferien.', 'note not restored', { timeout: 1500 });
    expect($(again, '#step-heading')?.textContent).to.equal(heading);
    expect(again.session?.answers).to.have.length(6);
    expect($(again, '.draft-status')?.textContent).to.match(/Din kladde fra kl\. \d\d\.\d\d er hentet frem igen\./);
    await expectAccessible(again);
  });

  it('saves each answer within half a second and says so', async () => {
    const store = memoryStore();
    const element = await mount(store);
    await click(element, '#start');
    await click(element, 'button[data-answer="answered"]');
    await waitUntil(async () => {
      const found = await store.get<{ draft: { session: { answers: unknown[] } } }>('drafts', 'conversation.samtale-drafts');
      return found.ok && found.value?.value.draft.session.answers.length === 1;
    }, 'answer not saved', { timeout: 700 });
    await element.updateComplete;
    expect($(element, '.draft-status')?.textContent).to.match(/Gemt lokalt kl\. \d\d\.\d\d/);
  });

  it('keeps nothing without a session id to find the draft by', async () => {
    const store = memoryStore();
    const element = await mount(store, { 'family-id': 'fam-1', 'person-ids': 'p-1', 'actor-id': 'a-7' });
    await click(element, '#start');
    await click(element, 'button[data-answer="answered"]');
    await aTimeout(600);
    const listed = await store.list('drafts');
    expect(listed.ok && listed.value.records).to.have.length(0);
  });

  it('moves an ended conversation to its record and removes the draft', async () => {
    const store = memoryStore();
    const element = await mount(store);
    await click(element, '#start');
    await waitUntil(async () => {
      const found = await store.get('drafts', 'conversation.samtale-drafts');
      return found.ok && found.value !== null;
    }, 'draft not saved first', { timeout: 1000 });
    await click(element, '#stop');
    await click(element, '#stop-confirm-button');
    await waitUntil(async () => {
      const found = await store.get<{ status: string }>('conversation-sessions', 'samtale-drafts');
      return found.ok && found.value?.value.status === 'stopped';
    }, 'ended session not stored', { timeout: 1000 });
    const draft = await store.get('drafts', 'conversation.samtale-drafts');
    expect(draft.ok && draft.value).to.equal(null);
  });
});
