import '@samspil/widgets/field-visit-form';
import type { Actor, Family, FieldVisitDraft } from '@samspil/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import {
  VISIT_DAY,
  WEEKS_AFTER_VISIT,
  actors,
  clockAt,
  family,
  homeVisit,
  homeVisitInArabic,
  longNamedActors,
  longNamedFamily,
  longVisit,
  unfinishedVisit,
} from './support/darwish-family.js';
import { manifestArgTypes } from './support/manifest-arg-types.js';

/** Attributes by their attribute name, properties by their property name, as in the manifest. */
interface FieldVisitFormArgs {
  readonly name?: string;
  readonly kind?: 'home' | 'professional';
  readonly 'visit-id'?: string;
  readonly 'actor-id'?: string;
  readonly 'read-only'?: boolean;
  readonly 'heading-level'?: number;
  readonly autosave?: boolean;
  readonly family?: Family;
  readonly actors?: readonly Actor[];
  readonly visit?: FieldVisitDraft;
  readonly clock: () => Date;
}

// `clock` first: the form reads it when it creates a draft for the family set after it.
const renderForm = (args: FieldVisitFormArgs): TemplateResult => html`<samspil-field-visit-form
  name=${ifDefined(args.name)}
  kind=${ifDefined(args.kind)}
  visit-id=${ifDefined(args['visit-id'])}
  actor-id=${ifDefined(args['actor-id'])}
  ?read-only=${args['read-only'] === true}
  heading-level=${ifDefined(args['heading-level'])}
  ?autosave=${args.autosave === true}
  .clock=${args.clock}
  .family=${args.family}
  .actors=${args.actors}
  .visit=${args.visit}
></samspil-field-visit-form>`;

const attribute = { table: { category: 'attributes' } } as const;
const property = { table: { category: 'properties' } } as const;

const meta = {
  title: 'Widgets/Field visit form',
  component: 'samspil-field-visit-form',
  render: renderForm,
  args: {
    name: 'visit',
    kind: 'home',
    'visit-id': 'besoeg-ny',
    'actor-id': 'sara-caseworker',
    'read-only': false,
    autosave: false,
    family,
    actors,
    clock: clockAt(VISIT_DAY),
  },
  argTypes: {
    ...manifestArgTypes('samspil-field-visit-form'),
    name: { ...attribute, control: 'text' },
    kind: { ...attribute, control: 'inline-radio', options: ['home', 'professional'] },
    'visit-id': { ...attribute, control: 'text' },
    'actor-id': { ...attribute, control: 'select', options: actors.map((actor) => actor.id) },
    'read-only': { ...attribute, control: 'boolean' },
    'heading-level': { ...attribute, control: 'inline-radio', options: [1, 2, 3, 4, 5, 6], description: "The level of the widget's top headings (2 when unset); inner headings go one level lower each." },
    autosave: { ...attribute, control: 'boolean', description: 'Keeps the draft on this device (encrypted IndexedDB) while typing. Off in the stories so nothing stays behind.' },
    family: { ...property, control: 'object' },
    actors: { ...property, control: 'object' },
    visit: { ...property, control: 'object' },
    clock: { ...property, control: false },
  },
  parameters: {
    docs: {
      subtitle: 'The Darwish family from test/scenario, on the morning of the home visit (5 March 2026, 11:30; `clock` is fixed).',
    },
  },
} satisfies Meta<FieldVisitFormArgs>;

export default meta;
type Story = StoryObj<FieldVisitFormArgs>;

const describe = (text: string) => ({ docs: { description: { story: text } } });

export const Empty: Story = {
  parameters: describe('A new home visit: the family and the professionals are known, nothing is written yet. The list of sections at the top shows every section as empty.'),
};

export const Filled: Story = {
  args: { visit: homeVisit },
  parameters: describe("The scenario's home visit with every section filled in, ready to hand in: observations linked to attention points, resources beside concerns, an agreement and a follow-up."),
};

export const UnderAPortalHeading: Story = {
  args: { visit: homeVisit, 'heading-level': 4 },
  render: (args) => html`<section aria-labelledby="portal-visit-heading">
    <h3 id="portal-visit-heading">Hjemmebesøg hos familien Darwish</h3>
    ${renderForm(args)}
  </section>`,
  parameters: describe("The form inside a portal section whose own heading is an `h3`: with `heading-level=\"4\"` the form's sections are `h4`, each family member `h5`, and the attention-point lists `h6`, so the page's outline stays in order."),
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('samspil-field-visit-form');
    if (form === null) throw new Error('no form in the story');
    await form.updateComplete;
    const tags = (selector: string) => [...new Set([...(form.shadowRoot?.querySelectorAll(selector) ?? [])].map((heading) => heading.tagName))];
    await expect(tags('.section__heading')).toEqual(['H4']);
    await expect(tags('.member__name')).toEqual(['H5']);
  },
};

export const Invalid: Story = {
  args: { visit: unfinishedVisit },
  parameters: describe(
    'A visit with only a date and a place after an attempt to hand it in (the story calls `reportValidity()`, as a portal form does on submit): core\'s issues appear in the summary at the top, whose heading takes focus, and next to each field with `aria-invalid`.',
  ),
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('samspil-field-visit-form');
    if (form === null) throw new Error('no form in the story');
    await form.updateComplete;
    await expect(form.reportValidity()).toBe(false);
    await waitFor(() => expect(form.shadowRoot?.querySelector('[part~="error-summary"]')).not.toBeNull());
  },
};

export const ReadOnly: Story = {
  args: { visit: homeVisit, 'read-only': true },
  parameters: describe('The filled visit with `read-only`: shown for reading, with a notice, and nothing can be changed or handed in.'),
};

export const Overdue: Story = {
  args: { visit: homeVisit, clock: clockAt(WEEKS_AFTER_VISIT) },
  parameters: describe(
    "**Not a state of this widget.** The form records dates (an agreement's due date, the follow-up) but does not judge them: it has no overdue marking. Deadlines are followed in `<samspil-coordination-checklist>` (see its Overdue story). This is the nearest real case: the filled visit opened on 15 April, after the agreement and the follow-up (26 March) have passed. It looks like Filled, on purpose.",
  ),
};

export const LongContent: Story = {
  args: { family: longNamedFamily, actors: longNamedActors, visit: longVisit },
  parameters: describe(
    'Long names (one at core\'s limit of 200 characters), long notes, an unbroken 150-character URL and markup-like text (`<script>`, `<b>`), which the form shows as text. Nothing may overflow its field or the page.',
  ),
};

export const English: Story = {
  args: { visit: homeVisit },
  globals: { lang: 'en' },
  parameters: describe('The filled visit with `lang="en"` on the story root: every label, hint, section name and date in English. The data (notes, names) stays as written.'),
};

export const RightToLeft: Story = {
  args: { visit: homeVisitInArabic },
  render: (args) => html`<div dir="rtl">${renderForm(args)}</div>`,
  parameters: describe(
    'The filled visit inside `dir="rtl"`, with the family\'s own words and one resource in Arabic. The layout mirrors through CSS logical properties. Samspil ships Danish and English terms; an Arabic or Farsi translation comes from a plugin, so the labels here follow the language switcher.',
  ),
};
