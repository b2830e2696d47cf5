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
