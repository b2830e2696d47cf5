import '@samspil/widgets/coordination-checklist';
import type { Actor, ChecklistInstance } from '@samspil/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import {
  BEFORE_ARRIVAL,
  MID_APRIL,
  WEEK_AFTER_ARRIVAL,
  actors,
  blockedItemId,
  checklistEmpty,
  checklistFilled,
  checklistInArabic,
  checklistLong,
  checklistOverdue,
  longNamedActors,
} from './support/darwish-family.js';
import { manifestArgTypes } from './support/manifest-arg-types.js';

interface ChecklistArgs {
  readonly 'template-id'?: string;
  readonly 'current-actor-id'?: string;
  readonly today?: string;
  readonly 'read-only'?: boolean;
  readonly 'heading-level'?: number;
  readonly filter?: 'all' | 'mine' | 'overdue' | 'open';
  readonly instance?: ChecklistInstance;
  readonly actors?: readonly Actor[];
}

const renderChecklist = (args: ChecklistArgs): TemplateResult => html`<samspil-coordination-checklist
  template-id=${ifDefined(args['template-id'])}
  current-actor-id=${ifDefined(args['current-actor-id'])}
  today=${ifDefined(args.today)}
  ?read-only=${args['read-only'] === true}
  heading-level=${ifDefined(args['heading-level'])}
  filter=${ifDefined(args.filter)}
  .actors=${args.actors}
  .instance=${args.instance}
></samspil-coordination-checklist>`;

const attribute = { table: { category: 'attributes' } } as const;
const property = { table: { category: 'properties' } } as const;

const meta = {
  title: 'Widgets/Coordination checklist',
  component: 'samspil-coordination-checklist',
  render: renderChecklist,
  args: {
    'current-actor-id': 'anne-integration',
    today: WEEK_AFTER_ARRIVAL,
    'read-only': false,
    filter: 'all',
    instance: checklistFilled,
    actors,
  },
  argTypes: {
    ...manifestArgTypes('samspil-coordination-checklist'),
    'template-id': { ...attribute, control: 'text' },
    'current-actor-id': { ...attribute, control: 'select', options: actors.map((actor) => actor.id) },
    today: { ...attribute, control: 'text' },
    'read-only': { ...attribute, control: 'boolean' },
    'heading-level': { ...attribute, control: 'inline-radio', options: [1, 2, 3, 4, 5, 6], description: "The level of the widget's top headings (2 when unset); inner headings go one level lower each." },
    filter: { ...attribute, control: 'inline-radio', options: ['all', 'mine', 'overdue', 'open'] },
    instance: { ...property, control: 'object' },
    actors: { ...property, control: 'object' },
  },
  parameters: {
    docs: {
      subtitle: "The Darwish family's reception checklist (core's `reception-asylum-to-housing` template, 29 tasks), seen by Anne from the integration team. `today` is fixed in every story.",
    },
  },
} satisfies Meta<ChecklistArgs>;

export default meta;
type Story = StoryObj<ChecklistArgs>;

const describe = (text: string) => ({ docs: { description: { story: text } } });

export const Empty: Story = {
  args: { instance: checklistEmpty, today: BEFORE_ARRIVAL },
  parameters: describe(
    'Just created, five weeks before the family arrives (4 May): nothing done, nobody assigned, due dates computed from the planned arrival, progress at 0. (With no `instance` at all the widget shows a one-line notice instead.)',
  ),
};

export const Filled: Story = {
  parameters: describe('A week after arrival: owners assigned from the family\'s professionals, everything due by today done, two tasks in progress, and the items that wait for others say what they wait for.'),
};

export const Invalid: Story = {
  parameters: describe(
    "The filled checklist after trying to mark a task done while it still waits for another (the story does it in a `play` function): core refuses, the status goes back, and core's message appears under the item and is announced.",
  ),
  play: async ({ canvasElement }) => {
    const checklist = canvasElement.querySelector('samspil-coordination-checklist');
    if (checklist === null) throw new Error('no checklist in the story');
    const status = await waitFor(() => {
      const select = checklist.shadowRoot?.querySelector<HTMLSelectElement>(`select.status[data-item-id="${blockedItemId}"]`);
      if (select === null || select === undefined) throw new Error(`no status select for ${blockedItemId} yet`);
      return select;
    });
    // As a person would: the select in view and focused, then the choice.
    status.scrollIntoView({ block: 'center' });
    status.focus();
    status.value = 'done';
    status.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await waitFor(() => expect(checklist.shadowRoot?.querySelector('[part~="message"]')).not.toBeNull());
    await expect(status.value).not.toBe('done');
  },
};

export const ReadOnly: Story = {
  args: { 'read-only': true },
  parameters: describe('The filled checklist with `read-only`: a notice, and status and owner shown without any way to change them.'),
};

export const Overdue: Story = {
  args: { instance: checklistOverdue, today: MID_APRIL, filter: 'overdue' },
  parameters: describe(
    "The scenario's checklist in mid-April: the family arrived on 5 January, three tasks were done on 20 January and the rest were left, so most dated tasks are overdue. The story opens on the Overdue filter (`filter=\"overdue\"`); choose All to see them marked among the rest.",
  ),
};

export const LongContent: Story = {
  args: { instance: checklistLong, actors: longNamedActors },
  parameters: describe('Long notes on every third task (an unbroken URL and markup-like text among them) and professionals with long names in the owner lists: everything as text, nothing overflowing.'),
};

export const English: Story = {
  globals: { lang: 'en' },
  parameters: describe("The filled checklist with `lang=\"en\"` on the story root: the template's English titles, English terms and dates."),
};

export const RightToLeft: Story = {
  args: { instance: checklistInArabic },
  render: (args) => html`<div dir="rtl">${renderChecklist(args)}</div>`,
  parameters: describe('The filled checklist inside `dir="rtl"`, with some notes in Arabic: the layout mirrors through logical properties; the terms follow the language switcher.'),
};
