import '@samspil/widgets/actioncard';
import type { ConversationSession } from '@samspil/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import {
  CONVERSATION_START,
  MID_APRIL,
  actors,
  clockAt,
  conversationCompleted,
  conversationInArabic,
  conversationLong,
  conversationPaused,
  conversationUnderway,
  family,
} from './support/darwish-family.js';
import { manifestArgTypes } from './support/manifest-arg-types.js';

interface ActioncardArgs {
  readonly 'guide-id'?: string;
  readonly 'session-id'?: string;
  readonly 'family-id'?: string;
  readonly 'person-ids'?: string;
  readonly 'actor-id'?: string;
  readonly 'read-only'?: boolean;
  readonly 'heading-level'?: number;
  readonly autosave?: boolean;
  readonly session?: ConversationSession;
  readonly clock: () => Date;
}

const renderCard = (args: ActioncardArgs): TemplateResult => html`<samspil-actioncard
  guide-id=${ifDefined(args['guide-id'])}
  session-id=${ifDefined(args['session-id'])}
  family-id=${ifDefined(args['family-id'])}
  person-ids=${ifDefined(args['person-ids'])}
  actor-id=${ifDefined(args['actor-id'])}
  ?read-only=${args['read-only'] === true}
  heading-level=${ifDefined(args['heading-level'])}
  ?autosave=${args.autosave === true}
  .clock=${args.clock}
  .session=${args.session}
></samspil-actioncard>`;

const attribute = { table: { category: 'attributes' } } as const;
const property = { table: { category: 'properties' } } as const;
const halfAnHourIn = clockAt(new Date(Date.parse(CONVERSATION_START) + 30 * 60_000).toISOString());

const meta = {
  title: 'Widgets/Actioncard',
  component: 'samspil-actioncard',
  render: renderCard,
  args: {
    'session-id': 'samtale-darwish-1',
    'family-id': family.id,
    'person-ids': 'huda',
    'actor-id': 'lene-rehab',
    'read-only': false,
    autosave: false,
    clock: halfAnHourIn,
  },
  argTypes: {
    ...manifestArgTypes('samspil-actioncard'),
    'guide-id': { ...attribute, control: 'text' },
    'session-id': { ...attribute, control: 'text' },
    'family-id': { ...attribute, control: 'text' },
    'person-ids': { ...attribute, control: 'text' },
    'actor-id': { ...attribute, control: 'select', options: actors.map((actor) => actor.id) },
    'read-only': { ...attribute, control: 'boolean' },
    'heading-level': { ...attribute, control: 'inline-radio', options: [1, 2, 3, 4, 5, 6], description: "The level of the widget's top headings (2 when unset); inner headings go one level lower each." },
    autosave: { ...attribute, control: 'boolean', description: 'Keeps the session on this device (encrypted IndexedDB) while the conversation goes on. Off in the stories so nothing stays behind.' },
    session: { ...property, control: 'object' },
    clock: { ...property, control: false },
  },
  parameters: {
    docs: {
      subtitle: "Huda Darwish's conversation with Lene from the rehabilitation centre on 9 March 2026 (test/scenario), with core's default guide; `clock` is fixed.",
    },
  },
} satisfies Meta<ActioncardArgs>;

export default meta;
type Story = StoryObj<ActioncardArgs>;

const describe = (text: string) => ({ docs: { description: { story: text } } });

export const Empty: Story = {
  args: { 'session-id': 'samtale-ny' },
  parameters: describe('No session yet: the guide with its phases and the Start button. Starting creates the session record through core (and `samspil-session-change` in the Actions panel).'),
};

export const Filled: Story = {
  args: { session: conversationUnderway },
  parameters: describe('Half an hour in: the opening done, life before and resources answered with notes, the next question waiting with its guidance, answers and a note field. Pause and Stop are at the top.'),
};

export const Invalid: Story = {
  args: { 'guide-id': 'ukendt-samtaleguide' },
  parameters: describe(
    "The card takes no free input that core could refuse while a conversation goes on (answers are buttons, the date field is the browser's). What it refuses is configuration: here a `guide-id` that names no guide. It shows the localized error state and fires `samspil-error` (see Actions).",
  ),
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('samspil-actioncard');
    if (card === null) throw new Error('no actioncard in the story');
    await waitFor(() => expect(card.shadowRoot?.querySelector('[part~="error"]')).not.toBeNull());
  },
};

export const ReadOnly: Story = {
  args: { session: conversationCompleted, 'read-only': true },
  parameters: describe("The finished conversation from the scenario with `read-only`: the summary (answered, skipped after Huda declined to talk about the flight), the follow-up and the referral, and no control that changes anything."),
};

export const Overdue: Story = {
  args: { session: conversationPaused, clock: clockAt(`${MID_APRIL}T09:00:00+02:00`) },
  parameters: describe(
    '**Not a state of this widget.** A conversation has no deadline: the card records a follow-up date but does not judge it. The nearest real case is a conversation paused on 9 March and opened again on 15 April: the card shows it as paused, with Continue.',
  ),
};

export const LongContent: Story = {
  args: { session: conversationLong },
  parameters: describe('A conversation stopped after long notes on every answer (an unbroken URL and markup-like text among them) and a long reason for stopping: the outcome and the summary with everything as text, nothing overflowing.'),
};

export const English: Story = {
  args: { session: conversationUnderway },
  globals: { lang: 'en' },
  parameters: describe("Half an hour in, with `lang=\"en\"` on the story root: the guide's English text and the card's English terms. The notes stay as written."),
};

export const RightToLeft: Story = {
  args: { session: conversationInArabic },
  render: (args) => html`<div dir="rtl">${renderCard(args)}</div>`,
  parameters: describe(
    "Half an hour in, inside `dir=\"rtl\"`, with the interpreter's note in Arabic. The layout mirrors (progress, buttons, panels); the terms follow the language switcher, since Arabic terms would come from a plugin.",
  ),
};
