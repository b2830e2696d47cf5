import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryStore, ok } from '@samspil/core';
import type { Store } from '@samspil/core';
import { LitElement } from 'lit';
import { defineElement } from '../define-element.js';
import { LazyDrafts } from './lazy-drafts.js';

const created = createMemoryStore();
if (!created.ok) throw new Error('memory store refused its defaults');
const store: Store = created.value;

/** A host whose text is its draft; autosave on from the start. */
class TestDrafted extends LitElement {
  text = '';
  readonly drafts = new LazyDrafts<{ text: string }>(this, {
    enabled: () => true,
    portalStore: () => store,
    recordId: () => 'note.1',
    current: () => ({ text: this.text }),
    parse: (value) => ok(value as { text: string }),
    apply: (draft) => {
      this.text = draft.text;
    },
    delayMs: 10,
  });
}
defineElement('test-drafted', TestDrafted);

describe('LazyDrafts', () => {
  it('is off until its code has loaded, then saves an edit made before that', async () => {
    const element = document.createElement('test-drafted') as TestDrafted;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    expect(element.drafts.state.kind).to.equal('off');
    element.text = 'typed before the drafts code arrived';
    element.drafts.changed();
    await waitUntil(async () => {
      const found = await store.get<{ draft: { text: string } }>('drafts', 'note.1');
      return found.ok && found.value?.value.draft.text === 'typed before the drafts code arrived';
    }, 'the early edit was never saved', { timeout: 5000 });
    expect(element.drafts.state.kind).to.not.equal('off');
  });
});

describe('LazyDrafts: a stored copy read while the typing is being saved', () => {
  /** The shared store, with `get` and `put` held until the test lets them go. */
  function heldStore(inner: Store) {
    const gates = { get: [] as (() => void)[], put: [] as (() => void)[] };
    const hold = (kind: 'get' | 'put') => new Promise<void>((release) => gates[kind].push(release));
    const store = new Proxy(inner, {
      get(target, property, receiver) {
        if (property === 'get' || property === 'put') {
          return async (...args: unknown[]) => {
            await hold(property);
            return (Reflect.get(target, property, receiver) as (...all: unknown[]) => unknown).apply(target, args);
          };
        }
        const value = Reflect.get(target, property, receiver) as unknown;
        return typeof value === 'function' ? (value as (...all: unknown[]) => unknown).bind(target) : value;
      },
    });
    const waitFor = (kind: 'get' | 'put') => waitUntil(() => gates[kind].length > 0, `no ${kind} asked for`);
    const release = (kind: 'get' | 'put') => gates[kind].splice(0).forEach((go) => go());
    return { store, waitFor, release };
  }

  class RacedDrafted extends LitElement {
    text = '';
    held: ReturnType<typeof heldStore> | undefined;
    readonly drafts = new LazyDrafts<{ text: string }>(this, {
      enabled: () => this.held !== undefined,
      portalStore: () => this.held?.store,
      recordId: () => 'note.raced',
      current: () => ({ text: this.text }),
      parse: (value) => ok(value as { text: string }),
      apply: (draft) => {
        this.text = draft.text;
      },
      delayMs: 10,
    });
  }
  defineElement('test-raced-drafted', RacedDrafted);

  it('keeps what was typed here and shows both copies, when the other copy is read while this one saves', async () => {
    const made = createMemoryStore();
    if (!made.ok) throw new Error('memory store refused its defaults');
    const inner = made.value;
    const held = heldStore(inner);
    const element = document.createElement('test-raced-drafted') as RacedDrafted;
    element.held = held;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    // Loading reads the (empty) stored copy.
    await held.waitFor('get');
    held.release('get');
    await waitUntil(() => element.drafts.state.kind !== 'off', 'the drafts code never loaded');
    await new Promise((resolve) => setTimeout(resolve, 20));

    element.text = 'typed here';
    element.drafts.changed();
    // Another window saves first; this one reads that copy, and meanwhile its own save starts.
    const theirs = await inner.put('drafts', { id: 'note.raced', draft: { text: 'typed there' } }, { expectedVersion: 0 });
    expect(theirs.ok).to.equal(true);
    await held.waitFor('get');
    await held.waitFor('put');
    held.release('get');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(element.text, 'the other copy was put over unsaved typing').to.equal('typed here');
    held.release('put');
    await waitUntil(() => element.drafts.state.kind === 'conflict', `no conflict; state ${element.drafts.state.kind}`);
    expect(element.text).to.equal('typed here');
    const stored = await inner.get<{ draft: { text: string } }>('drafts', 'note.raced');
    expect(stored.ok && stored.value?.value.draft.text).to.equal('typed there');
  });
  it('keeps what was typed before the stored copy arrived, even when its save has already started', async () => {
    const made = createMemoryStore();
    if (!made.ok) throw new Error('memory store refused its defaults');
    const inner = made.value;
    const earlier = await inner.put('drafts', { id: 'note.raced', draft: { text: 'saved yesterday' } }, { expectedVersion: 0 });
    expect(earlier.ok).to.equal(true);
    const held = heldStore(inner);
    const element = document.createElement('test-raced-drafted') as RacedDrafted;
    element.held = held;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    // The stored copy is slow to come (a slow network); the person types, and the save starts.
    await held.waitFor('get');
    element.text = 'typed here';
    element.drafts.changed();
    await held.waitFor('put');
    held.release('get');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(element.text, 'the stored copy was put over unsaved typing').to.equal('typed here');
    held.release('put');
    await waitUntil(() => element.drafts.state.kind === 'conflict', `no conflict; state ${element.drafts.state.kind}`);
    expect(element.text).to.equal('typed here');
  });
});
