// Shared data for this widget's tests (not exported from the package).
import { fixture, html } from '@open-wc/testing';
import type { Actor, Family, FieldVisitDraft } from '@samspil/core';
import './field-visit-form.js';
import type { SamspilFieldVisitForm } from './field-visit-form.component.js';

/** 2 March 2026, 15:00 in Copenhagen: the tests' "now". */
export const NOW = new Date('2026-03-02T15:00:00+01:00');
export const clock = (): Date => new Date(NOW.getTime());

/** Two adults and children aged 4, 5, 9 and 15 on 2 March 2026. */
export const family: Family = {
  id: 'fam-1',
  name: 'Familien Haddad',
  members: [
    { id: 'p-mother', givenName: 'Rana', familyName: 'Haddad', role: 'parent', birthDate: '1988-04-10', languages: ['ar'], interpreterNeed: { language: 'ar', mode: 'in-person' } },
    { id: 'p-father', givenName: 'Karim', familyName: 'Haddad', role: 'parent', birthYear: 1985, languages: ['ar', 'en'] },
    { id: 'p-child4', givenName: 'Lina', role: 'child', birthDate: '2021-09-01', languages: ['ar', 'da'], custodyHolderIds: ['p-mother', 'p-father'] },
    { id: 'p-child5', givenName: 'Sara', role: 'child', birthDate: '2020-11-15', languages: ['ar', 'da'], custodyHolderIds: ['p-mother', 'p-father'] },
    { id: 'p-child9', givenName: 'Omar', role: 'child', birthDate: '2016-05-05', languages: ['ar', 'da'], custodyHolderIds: ['p-mother', 'p-father'] },
    { id: 'p-child15', givenName: 'Yara', role: 'child', birthDate: '2010-12-01', languages: ['ar', 'da'], custodyHolderIds: ['p-mother', 'p-father'] },
  ],
};

export const actors: Actor[] = [
  { id: 'a-coordinator', kind: 'person', name: 'Mette Jensen', title: 'tovholder', sector: 'children-family-services', roles: ['coordinator'], contacts: [] },
  { id: 'a-health-visitor', kind: 'person', name: 'Anne Holm', sector: 'health-visitor', roles: ['professional'], contacts: [] },
];

/** A home visit with everything core needs, dated on the tests' "now". */
export const completeVisit: FieldVisitDraft = {
  id: 'v-1',
  familyId: 'fam-1',
  kind: 'home',
  status: 'draft',
  createdAt: '2026-03-02T08:00:00.000Z',
  date: '2026-03-02',
  startTime: '10:00',
  endTime: '11:15',
  place: 'Familiens hjem',
  visitors: ['a-coordinator'],
  membersPresent: ['p-mother', 'p-child5'],
  interpreter: { language: 'ar', mode: 'in-person', name: 'Yousef' },
  observations: [{ id: 'o-1', personId: 'p-child5', attentionPointCode: 'everyday-coping', text: 'Sara viste sine tegninger frem.' }],
  resources: [{ id: 'r-1', personId: 'p-mother', text: 'Rana var lærer før flugten.' }],
  familyOwnWords: 'Vi vil gerne have ro og en god skolestart.',
  agreements: [{ id: 'ag-1', action: 'Besøg skolen sammen', ownerActorId: 'a-coordinator', dueDate: '2026-03-20' }],
  consentExplained: { explained: true, by: 'a-coordinator' },
  declinedTopics: [],
  followUp: { date: '2026-04-06', notes: 'Næste hjemmebesøg.' },
};

export interface MountOptions {
  readonly attributes?: Readonly<Record<string, string>>;
  readonly visit?: unknown;
  readonly inline?: unknown;
  readonly config?: boolean;
  /** Runs on the element before it is connected, e.g. to set `autosave` and `store`. */
  readonly before?: (element: SamspilFieldVisitForm) => void;
}

/** Mounts the form with the test family and actors (as properties unless `inline` is given). */
export async function mount(options: MountOptions = {}): Promise<SamspilFieldVisitForm> {
  const element = document.createElement('samspil-field-visit-form');
  element.clock = clock;
  for (const [name, value] of Object.entries(options.attributes ?? { 'actor-id': 'a-coordinator', 'visit-id': 'v-new', name: 'visit' })) {
    element.setAttribute(name, value);
  }
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = typeof options.inline === 'string' ? options.inline : JSON.stringify(options.inline);
    element.append(script);
  } else if (options.config !== false) {
    element.family = family;
    element.actors = actors;
    if (options.visit !== undefined) element.visit = options.visit;
  }
  options.before?.(element);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

/** An element inside the form's shadow root, failing loudly when it is missing. */
export function part<T extends Element = HTMLElement>(element: SamspilFieldVisitForm, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (found === null || found === undefined) throw new Error(`No ${selector} in the form`);
  return found;
}

/** The current draft, read back from `value`. */
export function draftOf(element: SamspilFieldVisitForm): FieldVisitDraft {
  return JSON.parse(element.value) as FieldVisitDraft;
}

/** Sets a text control's value and fires the `input` event a person's typing would. */
export async function setText(element: SamspilFieldVisitForm, selector: string, text: string): Promise<void> {
  const control = part<HTMLInputElement | HTMLTextAreaElement>(element, selector);
  control.value = text;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** Ticks or unticks a checkbox or radio as a click would. */
export async function setChecked(element: SamspilFieldVisitForm, selector: string, checked = true): Promise<void> {
  const control = part<HTMLInputElement>(element, selector);
  if (control.checked !== checked) control.click();
  await element.updateComplete;
}
