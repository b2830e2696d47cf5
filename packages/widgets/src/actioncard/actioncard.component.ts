/**
 * The `SamspilActioncard` class without registering a tag: for a portal that defines the element
 * under its own name or extends it. `@samspil/widgets/actioncard` registers it.
 *
 * @module @samspil/widgets/actioncard/component
 */
import {
  ACTOR_SECTORS,
  answerStep,
  completeSession,
  CONVERSATION_ANSWERS,
  CONVERSATION_SESSION_STATUSES,
  mergeGuides,
  nextStep,
  parseConversationGuide,
  pauseSession,
  resumeSession,
  sessionProgress,
  skippedSteps,
  startSession,
  stopSession,
} from '@samspil/core';
import type {
  ConversationAnswer,
  ConversationGuide,
  ConversationNextStep,
  ConversationPhase,
  ConversationPhaseKind,
  ConversationProgress,
  ConversationReferralTarget,
  ConversationSession,
  ConversationSkippedStep,
  ConversationStep,
  Issue,
  LocaleOptions,
  LocalizedText,
  Result,
  Store,
} from '@samspil/core';
import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { shippedConversationGuide } from '../kit/content/shipped-content.js';
import { LazyDrafts } from '../kit/drafts/lazy-drafts.js';
import { describeValue } from '../kit/drafts/describe-value.js';
import { draftTerms } from '../kit/drafts/draft-terms.js';
import { renderDraftStatus } from '../kit/drafts/render-draft-status.js';
import { renderIssueList } from '../kit/render-issue-list.js';
import { LiveRegionController } from '../kit/live-region-controller.js';
import { PluginRegistryController } from '../kit/plugins/plugin-registry-controller.js';
import { pluginRegistry } from '../kit/plugins/plugin-registry.js';
import { SamspilElement } from '../kit/samspil-element.js';
import { SamspilErrorEvent } from '../kit/samspil-error-event.js';
import { draftStyles } from '../kit/styles/draft.styles.js';
import { kitStyles } from '../kit/styles/kit.styles.js';
import { actioncardStyles } from './actioncard.styles.js';
import { actioncardFieldLabel } from './internal/actioncard-field-label.js';
import { parseActioncardDraft, type ActioncardDraft } from './internal/actioncard-draft.js';
import { actioncardTerms } from './internal/terms.js';
import type { ActioncardTerms } from './internal/terms.js';
import { isUnconfigured, parseActioncardConfig, resolveActioncardSetup } from './internal/resolve-setup.js';
import type { ActioncardConfig, ActioncardSetup, ActioncardSetupInput } from './internal/resolve-setup.js';
import { SamspilSessionChangeEvent } from './samspil-session-change-event.js';
import { SamspilSessionEndEvent } from './samspil-session-end-event.js';
import type { SamspilSessionOutcome } from './samspil-session-end-event.js';

// The actioncard reads plugins' guides, so it brings core's parser for them (decision 0013).
pluginRegistry.useParser('conversationGuides', parseConversationGuide);

const PHASE_KINDS: readonly ConversationPhaseKind[] = ['opening', 'exploration', 'closing'];
const MAX_NOTE_LENGTH = 4_000;
const MAX_SHORT_TEXT = 200;

/** A comma-separated attribute (`person-ids="p-1, p-2"`) as a list of ids and back. */
const commaList = {
  fromAttribute: (value: string | null): string[] | undefined =>
    value === null
      ? undefined
      : value
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part !== ''),
  toAttribute: (value: unknown): string | null => (Array.isArray(value) ? value.join(',') : null),
};

interface GuideEntry {
  readonly phase: ConversationPhase;
  readonly step: ConversationStep;
  /** 1-based place in the whole guide. */
  readonly position: number;
}

type StepOutcome =
  | { readonly kind: 'answered'; readonly answer: ConversationAnswer; readonly notes: readonly string[] }
  | { readonly kind: 'skipped'; readonly skip: ConversationSkippedStep }
  | { readonly kind: 'deferred'; readonly notes: readonly string[] }
  | { readonly kind: 'open' };

interface SessionView {
  readonly progress: ConversationProgress;
  readonly next: ConversationNextStep | null;
  readonly skipped: readonly ConversationSkippedStep[];
  readonly outcomes: ReadonlyMap<string, StepOutcome>;
}

interface SkipNotice {
  readonly permissionStepId: string;
  readonly answer: ConversationAnswer;
  readonly stepIds: readonly string[];
}


/**
 * @tagname samspil-actioncard
 * @summary The conversation guide (actioncard, *handlekort*) step by step: opening, exploration
 * and closing, with permission steps whose "no" is respected, and pause and stop always at hand.
 *
 * The widget first shows the guide and a Start button; starting opens a session record through
 * core. Each step shows its prompt and guidance in the widget's language and offers only the
 * answers the step allows. A "no" (or "prefers not to answer") on a permission step skips the
 * steps that depend on it, and the widget says which and why; "not now" puts a step off, and it
 * can be taken up again. Notes are kept per answer where the step allows them. The closing
 * records the follow-up (with a date) and the referral offer (accepted or not, and to whom).
 * Pause and Stop sit at the top at all times; stopping asks for confirmation inline (not in a
 * modal), takes an optional reason and ends with a summary that treats stopping as a respected
 * outcome. After every answer focus moves to the new step's heading and the change is announced
 * through a live region. Time comes from `clock`, so records are deterministic in tests. Core's
 * refusals are shown with core's own localized messages.
 *
 * Configuration comes from attributes, properties or an inline `<script type="application/json">`
 * block `{ guideId?, guide?, session?, sessionId?, familyId, personIds, actorId, interpreter? }`;
 * attributes and properties win over the block. With nothing given the widget waits quietly;
 * anything invalid shows the localized error state and fires `samspil-error`.
 *
 * @attr guide-id - Id of the guide to use: core's default guide or one a plugin registered. Default: the session's guide, else core's default guide.
 * @attr session-id - Id for the session record the Start button creates. Default: a random UUID.
 * @attr family-id - The family the conversation is with (needed to start a new session).
 * @attr person-ids - Comma-separated ids of the family members taking part (needed to start).
 * @attr actor-id - The actor who leads the conversation (needed to start).
 * @attr read-only - Shows the session and its summary without any control that changes it.
 * @attr {number} heading-level - The level (1–6) of the widget's top headings, so they continue the portal page's outline; headings inside go one level lower each, down to h6. Default 2; anything but a whole number from 1 to 6 counts as 2. Property `headingLevel`.
 * @attr autosave - Keeps the session and any text typed but not yet recorded while the conversation goes on, and brings them back when the same `session-id` is opened again. Off by default. Needs `session-id`.
 * @attr lang - Language of the widget (`da` default, `en`); follows the closest `lang` and can change at runtime.
 *
 * @prop {ConversationGuide | undefined} guide - A guide object; validated with core and used instead of `guide-id`.
 * @prop {ConversationSession | undefined} session - Set to resume an existing session; reads back the current session after every change.
 * @prop {string | undefined} guideId - Reflects `guide-id`.
 * @prop {string | undefined} sessionId - Reflects `session-id`.
 * @prop {string | undefined} familyId - Reflects `family-id`.
 * @prop {string[] | undefined} personIds - Reflects `person-ids`.
 * @prop {string | undefined} actorId - Reflects `actor-id`.
 * @prop {boolean} readOnly - Reflects `read-only`.
 * @prop {boolean} autosave - Reflects `autosave`.
 * @prop {Store | undefined} store - Where drafts (collection `drafts`, id `conversation.<session-id>`) and ended sessions (collection `conversation-sessions`) go: any core `Store`. With `autosave` and no store: drafts go to the encrypted IndexedDB store, and an ended session only removes the draft (the record is in `samspil-session-end`).
 * @prop {() => Date} clock - Where "now" comes from for every record. Default `() => new Date()`.
 * @prop {unknown} config - Configuration object for apps, validated like the inline JSON block.
 *
 * @slot - Only for the inline `<script type="application/json">` configuration; nothing is shown.
 *
 * @event samspil-session-change - {@link SamspilSessionChangeEvent}: after every accepted change; `detail.session` is the new record.
 * @event samspil-session-end - {@link SamspilSessionEndEvent}: once, when the conversation is completed or stopped; `detail.outcome` says which.
 * @event samspil-error - {@link SamspilErrorEvent}: the configuration was rejected; the error state is shown.
 *
 * @csspart base - The card around everything.
 * @csspart header - Guide title, status and read-only notice.
 * @csspart progress - Phase indicator and progress bar.
 * @csspart controls - The Pause/Continue and Stop buttons.
 * @csspart stop-confirm - The inline confirmation before stopping.
 * @csspart step - The current step.
 * @csspart answers - The group of answer buttons.
 * @csspart skip-notice - What a "no" to a permission just left out, and why.
 * @csspart outcome - The stopped or completed message.
 * @csspart summary - The summary of answered, skipped and deferred steps and the closing.
 * @csspart issues - Core's refusal of the last action.
 * @csspart live-region - The visually hidden status region.
 * @csspart draft-status - The autosave line, a polite live region.
 * @csspart draft-conflict - The panel for a draft also changed elsewhere: both copies per field, and a choice.
 * @csspart error - The error state for invalid configuration.
 *
 * @cssproperty --samspil-actioncard-gap - Space between parts. Falls back to the kit's `--samspil-space` × 2.
 * @cssproperty --samspil-actioncard-border-color - Card and panel borders. Falls back to `--samspil-border-color`.
 * @cssproperty --samspil-actioncard-background-color - Card background. Falls back to `--samspil-background-color`.
 * @cssproperty --samspil-actioncard-accent-color - Primary buttons, the current phase and progress. Falls back to `--samspil-link-color`.
 * @cssproperty --samspil-actioncard-accent-text-color - Text on the accent colour. Falls back to `--samspil-background-color`.
 * @cssproperty --samspil-actioncard-panel-background-color - Guidance, pause and confirmation panels. Falls back to the card background.
 * @cssproperty --samspil-actioncard-radius - Corner radius. Falls back to `--samspil-radius`.
 *
 * @example
 * <samspil-actioncard family-id="fam-1" person-ids="p-1,p-2" actor-id="a-7" lang="da"></samspil-actioncard>
 * <script type="module">
 *   const card = document.querySelector('samspil-actioncard');
 *   card.addEventListener('samspil-session-change', (event) => save(event.detail.session));
 *   card.addEventListener('samspil-session-end', (event) => portal.closeCase(event.detail.outcome));
 * </script>
 */
export class SamspilActioncard extends SamspilElement<ActioncardConfig> {
  /** The kit's shared styles and the draft panel's, then the card's own. */
  static override styles: CSSResultGroup = [kitStyles, draftStyles, actioncardStyles];

  static override properties: PropertyDeclarations = {
    guide: { attribute: false },
    guideId: { attribute: 'guide-id', reflect: true },
    session: { attribute: false, noAccessor: true },
    sessionId: { attribute: 'session-id', reflect: true },
    familyId: { attribute: 'family-id', reflect: true },
    personIds: { attribute: 'person-ids', reflect: true, converter: commaList },
    actorId: { attribute: 'actor-id', reflect: true },
    readOnly: { attribute: 'read-only', type: Boolean, reflect: true },
    autosave: { type: Boolean, reflect: true },
    store: { attribute: false },
    clock: { attribute: false },
    currentSession: { state: true },
    selectedStepId: { state: true },
    stepIssues: { state: true },
    controlIssues: { state: true },
    stopConfirming: { state: true },
    skipNotice: { state: true },
  };

  declare guide: ConversationGuide | undefined;
  declare guideId: string | undefined;
  declare sessionId: string | undefined;
  declare familyId: string | undefined;
  declare personIds: string[] | undefined;
  declare actorId: string | undefined;
  declare readOnly: boolean;
  declare autosave: boolean;
  declare store: Store | undefined;
  declare clock: () => Date;

  declare private currentSession: ConversationSession | undefined;
  declare private selectedStepId: string | undefined;
  declare private stepIssues: readonly Issue[];
  declare private controlIssues: readonly Issue[];
  declare private stopConfirming: boolean;
  declare private skipNotice: SkipNotice | undefined;

  readonly #live = new LiveRegionController(this);
  readonly #plugins = new PluginRegistryController(this);
  readonly #drafts = new LazyDrafts<ActioncardDraft>(this, {
    enabled: () => this.autosave && !this.readOnly,
    portalStore: () => this.store,
    recordId: () => {
      const id = this.sessionId ?? this.config?.sessionId;
      return typeof id === 'string' && id !== '' ? `conversation.${id}` : undefined;
    },
    current: () => ({
      session: this.currentSession ?? null,
      typing: {
        note: this.#noteDraft,
        followUp: this.#followUpDraft,
        referralSector: this.#referralSectorDraft,
        referralDescription: this.#referralDescriptionDraft,
        stopReason: this.#stopReasonDraft,
      },
    }),
    parse: (value) => parseActioncardDraft(value, { locale: this.#locale }),
    apply: (draft) => {
      this.currentSession = draft.session ?? undefined;
      this.#noteDraft = draft.typing.note;
      this.#followUpDraft = draft.typing.followUp;
      this.#referralSectorDraft = draft.typing.referralSector;
      this.#referralDescriptionDraft = draft.typing.referralDescription;
      this.#stopReasonDraft = draft.typing.stopReason;
      this.requestUpdate();
    },
    ignore: ['updatedAt'],
    now: () => this.clock(),
  });

  #sessionInput: unknown;
  #setup: Result<ActioncardSetup> | 'unconfigured' | undefined;
  #lastConfig: ActioncardConfig | undefined;
  #lastRevision = -1;
  #reportedSetupIssues: readonly Issue[] = [];
  #guidesCache: { revision: number; locale: string; result: Result<readonly ConversationGuide[]> } | undefined;
  #guideIndexCache: { guide: ConversationGuide; entries: ReadonlyMap<string, GuideEntry>; total: number } | undefined;
  #viewCache: { session: ConversationSession; guide: ConversationGuide; view: SessionView } | undefined;
  #sectorLabelsCache: { locale: string; options: readonly { id: string; label: string }[] } | undefined;
  #noteDraft = '';
  #followUpDraft = '';
  #referralSectorDraft = '';
  #referralDescriptionDraft = '';
  #stopReasonDraft = '';

  constructor() {
    super();
    this.readOnly = false;
    this.autosave = false;
    this.store = undefined;
    this.clock = () => new Date();
    this.stepIssues = [];
    this.controlIssues = [];
    this.stopConfirming = false;
  }

  /** The conversation record as it stands now; set it to resume a stored session. */
  get session(): ConversationSession | undefined {
    return this.currentSession;
  }

  set session(value: unknown) {
    // A portal that hands back the record from an event must not restart anything.
    if (value !== undefined && value === this.currentSession) return;
    const old = this.#sessionInput;
    this.#sessionInput = value;
    this.requestUpdate('session', old);
  }

  protected override parseConfig(input: unknown, options: LocaleOptions): Result<ActioncardConfig> {
    return parseActioncardConfig(input, options);
  }

  get #terms(): ActioncardTerms {
    return actioncardTerms(this.localize.language);
  }

  get #locale(): 'da' | 'en' {
    return this.localize.coreLocale;
  }

  #text(value: LocalizedText | { readonly da: string; readonly en: string }): string {
    return value[this.#locale];
  }

  // ---------------------------------------------------------------- setup

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.hasError) return;
    const config = this.config;
    const inputsChanged =
      changed.has('guide') || changed.has('guideId') || changed.has('session' as keyof SamspilActioncard) || config !== this.#lastConfig;
    const startChanged = changed.has('familyId') || changed.has('personIds') || changed.has('actorId') || changed.has('sessionId');
    const revision = this.#plugins.registry.revision;
    if (!inputsChanged && !startChanged && revision === this.#lastRevision && this.#setup !== undefined) return;
    this.#lastConfig = config;
    this.#lastRevision = revision;

    const previousGuide = this.#setup !== undefined && this.#setup !== 'unconfigured' && this.#setup.ok ? this.#setup.value.guide : undefined;
    const input: ActioncardSetupInput = {
      guide: this.guide ?? config?.guide,
      guideId: this.guideId ?? config?.guideId,
      session: this.#sessionInput ?? config?.session,
      sessionId: this.sessionId ?? config?.sessionId,
      familyId: this.familyId ?? config?.familyId,
      personIds: this.personIds ?? config?.personIds,
      actorId: this.actorId ?? config?.actorId,
      interpreter: config?.interpreter,
    };
    const unconfigured = isUnconfigured(input);
    const shippedGuide = shippedConversationGuide.current;
    if (!unconfigured && input.guide === undefined && shippedGuide === undefined) {
      // Core's default guide arrives as a chunk of its own; set up again once it is here.
      this.#setup = undefined;
      this.#lastConfig = undefined;
      this.awaitContent(shippedConversationGuide.load());
      return;
    }
    this.#setup = unconfigured
      ? 'unconfigured'
      : resolveActioncardSetup(input, () => this.#availableGuides(), shippedGuide?.id ?? '', { locale: this.#locale });

    const guide = this.#setup !== 'unconfigured' && this.#setup.ok ? this.#setup.value.guide : undefined;
    const sameGuide = guide !== undefined && previousGuide !== undefined && guide.id === previousGuide.id && guide.version === previousGuide.version;
    if (inputsChanged || !sameGuide) {
      this.currentSession = this.#setup !== 'unconfigured' && this.#setup.ok ? this.#setup.value.session : undefined;
      this.#resetTransientState();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The event follows the error state on screen, not a render that waited for content.
    if (this.isWaitingForContent) return;
    const issues = this.#setup !== undefined && this.#setup !== 'unconfigured' && !this.#setup.ok ? this.#setup.issues : [];
    if (issues !== this.#reportedSetupIssues) {
      this.#reportedSetupIssues = issues;
      if (issues.length > 0) this.dispatchEvent(new SamspilErrorEvent({ issues, source: 'configuration' }));
    }
  }

  #resetTransientState(): void {
    this.selectedStepId = undefined;
    this.stepIssues = [];
    this.controlIssues = [];
    this.stopConfirming = false;
    this.skipNotice = undefined;
    this.#clearDrafts();
    this.#stopReasonDraft = '';
  }

  /** Text typed into one of the card's fields: kept, and saved with the draft when autosave is on. */
  #typed(keep: () => void): void {
    keep();
    this.#drafts.changed();
  }

  #clearDrafts(): void {
    this.#noteDraft = '';
    this.#followUpDraft = '';
    this.#referralSectorDraft = '';
    this.#referralDescriptionDraft = '';
  }

  /** Core's default guide followed by every plugin's, merged (and checked) by core; memoised per registry revision. */
  #availableGuides(): Result<readonly ConversationGuide[]> {
    const registry = this.#plugins.registry;
    const locale = this.#locale;
    if (this.#guidesCache?.revision !== registry.revision || this.#guidesCache.locale !== locale) {
      const shipped = shippedConversationGuide.current;
      const result = mergeGuides(shipped === undefined ? [] : [shipped], registry.conversationGuides(), { locale });
      this.#guidesCache = { revision: registry.revision, locale, result };
    }
    return this.#guidesCache.result;
  }

  #guideIndex(guide: ConversationGuide): { entries: ReadonlyMap<string, GuideEntry>; total: number } {
    if (this.#guideIndexCache?.guide !== guide) {
      const entries = new Map<string, GuideEntry>();
      let position = 0;
      for (const phase of guide.phases) {
        for (const step of phase.steps) {
          position += 1;
          entries.set(step.id, { phase, step, position });
        }
      }
      this.#guideIndexCache = { guide, entries, total: position };
    }
    return this.#guideIndexCache;
  }

  /** Progress, next step and skips from core, plus each step's outcome; memoised per session and guide. */
  #sessionView(session: ConversationSession, guide: ConversationGuide): SessionView {
    const cached = this.#viewCache;
    if (cached?.session === session && cached.guide === guide) return cached.view;
    const options = { locale: this.#locale };
    const progress = sessionProgress(session, guide, options);
    const next = nextStep(session, guide, options);
    const skipped = skippedSteps(session, guide, options);
    if (!progress.ok || !next.ok || !skipped.ok) throw new Error('session and guide no longer fit');
    const view: SessionView = {
      progress: progress.value,
      next: next.value,
      skipped: skipped.value,
      outcomes: stepOutcomes(guide, session, skipped.value),
    };
    this.#viewCache = { session, guide, view };
    return view;
  }

  #currentEntry(guide: ConversationGuide, view: SessionView): GuideEntry | undefined {
    const index = this.#guideIndex(guide).entries;
    if (this.selectedStepId !== undefined && view.outcomes.get(this.selectedStepId)?.kind === 'deferred') {
      return index.get(this.selectedStepId);
    }
    return view.next === null ? undefined : index.get(view.next.step.id);
  }

  #now(): Date | undefined {
    try {
      const value: unknown = this.clock();
      return value instanceof Date ? value : undefined;
    } catch {
      return undefined;
    }
  }

  #answerLabel(answer: ConversationAnswer): string {
    return this.#text(CONVERSATION_ANSWERS[answer].label);
  }

  #stepPrompt(guide: ConversationGuide, stepId: string): string {
    const entry = this.#guideIndex(guide).entries.get(stepId);
    return entry === undefined ? stepId : this.#text(entry.step.prompt);
  }

  // ---------------------------------------------------------------- actions

  get #readySetup(): ActioncardSetup | undefined {
    return this.#setup !== undefined && this.#setup !== 'unconfigured' && this.#setup.ok ? this.#setup.value : undefined;
  }

  async #commit(next: ConversationSession, message: string, focusSelector: string | null, outcome?: SamspilSessionOutcome): Promise<void> {
    this.currentSession = next;
    this.stepIssues = [];
    this.controlIssues = [];
    this.dispatchEvent(new SamspilSessionChangeEvent({ session: next }));
    if (outcome !== undefined) this.dispatchEvent(new SamspilSessionEndEvent({ session: next, outcome }));
    if (outcome === undefined) this.#drafts.changed();
    else void this.#drafts.submitted('conversation-sessions', next);
    void this.#live.announce(message);
    await this.updateComplete;
    if (focusSelector !== null) this.renderRoot.querySelector<HTMLElement>(focusSelector)?.focus();
  }

  #refuse(target: 'step' | 'control', issues: readonly Issue[]): void {
    if (target === 'step') this.stepIssues = issues;
    else this.controlIssues = issues;
    void this.#live.announce([this.#terms.issuesHeading, ...issues.map((issue) => this.localize.issueMessage(issue))].join(' '));
  }

  /** What to say after a change: where the conversation now stands. */
  #positionMessage(session: ConversationSession, guide: ConversationGuide): string {
    const view = this.#sessionView(session, guide);
    const entry = this.#currentEntry(guide, view);
    if (entry === undefined) return this.#terms.allStepsHeading;
    return `${this.#terms.stepPosition(entry.position, this.#guideIndex(guide).total)}.`;
  }

  #startConversation(): void {
    const setup = this.#readySetup;
    if (setup?.start === undefined || this.readOnly) return;
    const { sessionId, familyId, personIds, actorId, interpreter } = setup.start;
    const now = this.#now();
    const result = startSession(
      setup.guide,
      { id: sessionId ?? newSessionId(), familyId, personIds, actorId, ...(interpreter === undefined ? {} : { interpreter }), now },
      { locale: this.#locale },
    );
    if (!result.ok) return this.#refuse('control', result.issues);
    this.#resetTransientState();
    void this.#commit(result.value, `${this.#terms.startedAnnouncement} ${this.#positionMessage(result.value, setup.guide)}`, '#step-heading');
  }

  #answer(answer: ConversationAnswer): void {
    const setup = this.#readySetup;
    const session = this.currentSession;
    if (setup === undefined || session === undefined || this.readOnly) return;
    const { guide } = setup;
    const view = this.#sessionView(session, guide);
    const entry = this.#currentEntry(guide, view);
    if (entry === undefined) return;
    const { step } = entry;

    const input: Record<string, unknown> = { stepId: step.id, answer, now: this.#now() };
    if (step.allowNotes === true && this.#noteDraft.trim() !== '') input.note = this.#noteDraft;
    if (step.kind === 'closing-follow-up' && answer === 'yes' && this.#followUpDraft !== '') input.followUpDate = this.#followUpDraft;
    if (step.kind === 'closing-referral' && (answer === 'yes' || answer === 'answered')) {
      const target: ConversationReferralTarget = {
        ...(this.#referralSectorDraft === '' ? {} : { sector: this.#referralSectorDraft }),
        ...(this.#referralDescriptionDraft.trim() === '' ? {} : { description: this.#referralDescriptionDraft.trim() }),
      };
      if (Object.keys(target).length > 0) input.referralTo = target;
    }
    const result = answerStep(session, guide, input, { locale: this.#locale });
    if (!result.ok) return this.#refuse('step', result.issues);

    const before = new Set(view.skipped.map((skip) => skip.stepId));
    const after = this.#sessionView(result.value, guide);
    const newlySkipped = after.skipped.filter((skip) => !before.has(skip.stepId));
    this.skipNotice =
      newlySkipped.length > 0 ? { permissionStepId: step.id, answer, stepIds: newlySkipped.map((skip) => skip.stepId) } : undefined;
    this.selectedStepId = undefined;
    this.#clearDrafts();

    const parts = [this.#terms.answerRecorded(this.#answerLabel(answer))];
    if (this.skipNotice !== undefined) {
      parts.push(this.#terms.skippedNotice(newlySkipped.length, this.#text(step.prompt), this.#answerLabel(answer)));
      parts.push(newlySkipped.map((skip) => this.#stepPrompt(guide, skip.stepId)).join(' '));
    }
    parts.push(this.#positionMessage(result.value, guide));
    void this.#commit(result.value, parts.join(' '), '#step-heading');
  }

  #togglePause(): void {
    const setup = this.#readySetup;
    const session = this.currentSession;
    if (setup === undefined || session === undefined || this.readOnly) return;
    const options = { locale: this.#locale };
    if (session.status === 'paused') {
      const result = resumeSession(session, { now: this.#now() }, options);
      if (!result.ok) return this.#refuse('control', result.issues);
      void this.#commit(result.value, `${this.#terms.resumedAnnouncement} ${this.#positionMessage(result.value, setup.guide)}`, '#step-heading');
    } else {
      const result = pauseSession(session, { now: this.#now() }, options);
      if (!result.ok) return this.#refuse('control', result.issues);
      // Focus stays on the same button, which now offers to continue.
      void this.#commit(result.value, this.#terms.pausedAnnouncement, null);
    }
  }

  async #openStop(): Promise<void> {
    if (this.readOnly) return;
    this.stopConfirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#stop-heading')?.focus();
  }

  async #cancelStop(): Promise<void> {
    this.stopConfirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#stop')?.focus();
  }

  #onStopKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    void this.#cancelStop();
  }

  #confirmStop(): void {
    const session = this.currentSession;
    if (session === undefined || this.readOnly) return;
    const reason = this.#stopReasonDraft.trim() === '' ? {} : { reason: this.#stopReasonDraft };
    const result = stopSession(session, { now: this.#now(), ...reason }, { locale: this.#locale });
    if (!result.ok) return this.#refuse('control', result.issues);
    this.stopConfirming = false;
    this.#stopReasonDraft = '';
    this.skipNotice = undefined;
    void this.#commit(result.value, this.#terms.stoppedAnnouncement, '#outcome-heading', 'stopped');
  }

  #complete(): void {
    const setup = this.#readySetup;
    const session = this.currentSession;
    if (setup === undefined || session === undefined || this.readOnly) return;
    const result = completeSession(session, setup.guide, { now: this.#now() }, { locale: this.#locale });
    if (!result.ok) return this.#refuse('control', result.issues);
    this.skipNotice = undefined;
    void this.#commit(result.value, this.#terms.completedAnnouncement, '#outcome-heading', 'completed');
  }

  async #takeUp(stepId: string): Promise<void> {
    const setup = this.#readySetup;
    if (setup === undefined || this.readOnly) return;
    this.selectedStepId = stepId;
    this.stepIssues = [];
    this.skipNotice = undefined;
    this.#clearDrafts();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    const entry = this.#guideIndex(setup.guide).entries.get(stepId);
    if (entry !== undefined) void this.#live.announce(`${this.#terms.stepPosition(entry.position, this.#guideIndex(setup.guide).total)}.`);
  }

  // ---------------------------------------------------------------- rendering

  protected override renderContent(): unknown {
    const setup = this.#setup;
    if (setup === undefined || setup === 'unconfigured') {
      return html`<section class="card" part="base" aria-label=${this.#terms.regionLabel}>
        ${this.#live.render()}
        <p class="quiet">${this.#terms.notConfigured}</p>
      </section>`;
    }
    if (!setup.ok) return this.#renderSetupError(setup.issues);
    const { guide } = setup.value;
    const session = this.currentSession;
    const t = this.#terms;
    return html`<section class="card" part="base" aria-labelledby="title" @focusin=${this.#keepFocusInSight}>
      ${this.#live.render()} ${this.#renderDraftState()}
      <header class="card__header" part="header">
        <p class="eyebrow">${t.regionLabel}</p>
        ${this.renderHeading(0, this.#text(guide.title), { id: 'title', className: 'card__title' })}
        ${session === undefined
          ? nothing
          : html`<p class="status status--${session.status}">${this.#text(CONVERSATION_SESSION_STATUSES[session.status].label)}</p>`}
        ${this.readOnly ? html`<p class="notice">${t.readOnlyNotice}</p>` : nothing}
      </header>
      ${session === undefined ? this.#renderIntro(guide) : this.#renderSession(guide, session)}
    </section>`;
  }

  // The pause and stop bar sticks to the top of the scrolling area. Focus moving upwards (Shift+Tab)
  // scrolls the element only just into view, under the bar; once the browser has scrolled, an
  // element the bar covers is brought to the middle (WCAG 2.4.11, focus not obscured).
  readonly #keepFocusInSight = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    requestAnimationFrame(() => {
      const bar = this.renderRoot.querySelector('.controls');
      if (bar === null || bar.contains(target) || !target.isConnected) return;
      const covered = bar.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      if (box.top < covered.bottom && box.bottom > covered.top) target.scrollIntoView({ block: 'center' });
    });
  };

  #renderDraftState(): unknown {
    const terms = draftTerms(this.localize.language);
    return html`${renderDraftStatus(this.#drafts.state, terms, (at) => this.localize.formatDate(at, 'time'), (state) => this.localize.issueMessage(state.issue))}
    ${this.#drafts.renderConflict(terms, { label: (path) => actioncardFieldLabel(path, this.#terms), value: (value) => describeValue(value), headingLevel: this.topHeadingLevel }, 'ac')}`;
  }

  #renderSetupError(issues: readonly Issue[]): TemplateResult {
    return renderIssueList(this.localize, issues);
  }

  #renderIntro(guide: ConversationGuide): TemplateResult {
    const t = this.#terms;
    return html`<div class="intro">
      <p>${this.#text(guide.description)}</p>
      ${this.renderHeading(1, t.phasesOverview, { className: 'subheading' })}
      <ol class="overview">
        ${repeat(
          guide.phases,
          (phase) => phase.id,
          (phase) => html`<li>${this.#text(phase.title)} <span class="quiet">(${t.phaseStepCount(phase.steps.length)})</span></li>`,
        )}
      </ol>
      ${this.readOnly
        ? nothing
        : html`<p class="hint" id="start-hint">${t.startHint}</p>
            <button type="button" class="primary" id="start" aria-describedby="start-hint" @click=${this.#startConversation}>${t.start}</button>`}
      ${this.#renderIssues('control-issues', this.controlIssues)}
    </div>`;
  }

  #renderSession(guide: ConversationGuide, session: ConversationSession): TemplateResult {
    const view = this.#sessionView(session, guide);
    const ended = session.status === 'stopped' || session.status === 'completed';
    if (ended) {
      return html`${this.#renderOutcome(session)} ${this.#renderSummary(guide, session, view)}`;
    }
    const entry = this.#currentEntry(guide, view);
    if (this.readOnly) {
      return html`${this.#renderProgress(guide, view, entry)} ${this.#renderSummary(guide, session, view)}`;
    }
    return html`${this.#renderProgress(guide, view, entry)} ${this.#renderControls(session)}
    ${this.stopConfirming ? this.#renderStopConfirm() : nothing} ${this.#renderIssues('control-issues', this.controlIssues)}
    ${session.status === 'paused' ? this.#renderPaused(session) : this.#renderCurrent(guide, view, entry)}`;
  }

  #renderProgress(guide: ConversationGuide, view: SessionView, entry: GuideEntry | undefined): TemplateResult {
    const t = this.#terms;
    const { progress } = view;
    const handled = progress.done + progress.skipped;
    const currentKind: ConversationPhaseKind = entry?.phase.kind ?? 'closing';
    const kinds = PHASE_KINDS.filter((kind) => guide.phases.some((phase) => phase.kind === kind));
    const label = { opening: t.phaseOpening, exploration: t.phaseExploration, closing: t.phaseClosing };
    return html`<div class="progress" part="progress">
      <ol class="phases" aria-label=${t.phaseIndicatorLabel}>
        ${kinds.map((kind) => {
          const current = kind === currentKind && entry !== undefined;
          const done = progress.phases.filter((phase) => phase.kind === kind).every((phase) => phase.remaining === 0);
          const state = current ? t.phaseCurrent : done ? t.phaseDone : '';
          return html`<li class="phase ${current ? 'phase--current' : ''} ${done ? 'phase--done' : ''}" aria-current=${current ? 'step' : nothing}>
            ${label[kind]}${state === '' ? nothing : html`<span class="visually-hidden"> (${state})</span>`}
          </li>`;
        })}
      </ol>
      <p class="progress__label" id="progress-label">${t.progressLabel(handled, progress.total)}</p>
      <progress max=${progress.total} .value=${handled} aria-labelledby="progress-label"></progress>
    </div>`;
  }

  #renderControls(session: ConversationSession): TemplateResult {
    const t = this.#terms;
    const paused = session.status === 'paused';
    return html`<div class="controls" role="group" aria-label=${t.controlsLabel} part="controls">
      <button type="button" id="pause-toggle" class=${paused ? 'primary' : ''} @click=${this.#togglePause}>${paused ? t.resume : t.pause}</button>
      <button
        type="button"
        id="stop"
        aria-expanded=${this.stopConfirming ? 'true' : 'false'}
        aria-controls=${this.stopConfirming ? 'stop-confirm' : nothing}
        @click=${this.#openStop}
      >
        ${t.stop}
      </button>
    </div>`;
  }

  #renderStopConfirm(): TemplateResult {
    const t = this.#terms;
    return html`<section id="stop-confirm" class="panel confirm" aria-labelledby="stop-heading" part="stop-confirm" @keydown=${this.#onStopKeydown}>
      ${this.renderHeading(1, t.stopConfirmHeading, { id: 'stop-heading', className: 'subheading', focusable: true })}
      <p>${t.stopConfirmBody}</p>
      <div class="field">
        <label for="stop-reason">${t.stopReasonLabel}</label>
        <p class="hint" id="stop-reason-hint">${t.stopReasonHint}</p>
        <textarea
          id="stop-reason"
          rows="2"
          maxlength=${MAX_NOTE_LENGTH}
          aria-describedby="stop-reason-hint"
          .value=${this.#stopReasonDraft}
          @input=${(event: Event) => this.#typed(() => (this.#stopReasonDraft = (event.target as HTMLTextAreaElement).value))}
        ></textarea>
      </div>
      <div class="actions">
        <button type="button" class="primary" id="stop-confirm-button" @click=${this.#confirmStop}>${t.stopConfirm}</button>
        <button type="button" id="stop-cancel" @click=${this.#cancelStop}>${t.stopCancel}</button>
      </div>
    </section>`;
  }

  #renderPaused(session: ConversationSession): TemplateResult {
    const t = this.#terms;
    const pause = session.pauses[session.pauses.length - 1];
    return html`<section class="panel paused" aria-labelledby="paused-heading">
      ${this.renderHeading(1, t.pausedHeading, { id: 'paused-heading', className: 'subheading', focusable: true })}
      ${pause === undefined ? nothing : html`<p>${t.pausedSince(this.localize.formatDate(pause.at, 'time'))}</p>`}
      <p>${t.pausedBody}</p>
    </section>`;
  }

  #renderCurrent(guide: ConversationGuide, view: SessionView, entry: GuideEntry | undefined): TemplateResult {
    if (entry === undefined) return html`${this.#renderSkipNotice(guide)} ${this.#renderAllDone()} ${this.#renderDeferred(guide, view)}`;
    const t = this.#terms;
    const { step, phase, position } = entry;
    const total = this.#guideIndex(guide).total;
    const kindLabel = {
      info: t.kindInfo,
      question: t.kindQuestion,
      permission: t.kindPermission,
      'closing-follow-up': t.kindFollowUp,
      'closing-referral': t.kindReferral,
    }[step.kind];
    const hasIssues = this.stepIssues.length > 0;
    return html`${this.#renderSkipNotice(guide)}
    ${keyed(
      step.id,
      html`<article class="step step--${step.kind}" aria-labelledby="step-heading" part="step">
        <p class="eyebrow">${this.#text(phase.title)} · ${t.stepPosition(position, total)} · ${kindLabel}</p>
        ${this.renderHeading(1, this.#text(step.prompt), { id: 'step-heading', className: 'step__prompt', focusable: true })}
        ${step.guidance === undefined
          ? nothing
          : html`<div class="panel guidance">
              <p class="guidance__label">${t.guidanceLabel}</p>
              <p>${this.#text(step.guidance)}</p>
            </div>`}
        ${step.kind === 'closing-follow-up' && step.answers.includes('yes') ? this.#renderFollowUpField() : nothing}
        ${step.kind === 'closing-referral' ? this.#renderReferralFields() : nothing}
        ${step.allowNotes === true ? this.#renderNoteField() : nothing}
        <div
          class="answers"
          role="group"
          aria-labelledby="answers-label"
          aria-describedby=${hasIssues ? 'step-issues' : nothing}
          part="answers"
        >
          <p class="answers__label" id="answers-label">${t.answersLabel}</p>
          ${step.answers.map(
            (answer) =>
              html`<button type="button" class="answer answer--${answer}" data-answer=${answer} @click=${() => this.#answer(answer)}>
                ${this.#answerLabel(answer)}
              </button>`,
          )}
        </div>
        ${this.#renderIssues('step-issues', this.stepIssues)}
      </article>`,
    )}
    ${this.#renderDeferred(guide, view)}`;
  }

  #fieldIssueIds(field: string): { readonly invalid: boolean; readonly describedBy: string } {
    const invalid = this.stepIssues.some((issue) => issue.path[0] === field);
    return { invalid, describedBy: invalid ? ` ${field}-error` : '' };
  }

  #renderFieldError(field: string): unknown {
    const issues = this.stepIssues.filter((issue) => issue.path[0] === field);
    if (issues.length === 0) return nothing;
    return html`<p class="field-error" id="${field}-error">${issues.map((issue) => this.localize.issueMessage(issue)).join(' ')}</p>`;
  }

  #renderNoteField(): TemplateResult {
    const t = this.#terms;
    const { invalid, describedBy } = this.#fieldIssueIds('note');
    return html`<div class="field">
      <label for="note">${t.noteLabel}</label>
      <p class="hint" id="note-hint">${t.noteHint}</p>
      <textarea
        id="note"
        rows="3"
        maxlength=${MAX_NOTE_LENGTH}
        aria-describedby="note-hint${describedBy}"
        aria-invalid=${invalid ? 'true' : nothing}
        .value=${this.#noteDraft}
        @input=${(event: Event) => this.#typed(() => (this.#noteDraft = (event.target as HTMLTextAreaElement).value))}
      ></textarea>
      ${this.#renderFieldError('note')}
    </div>`;
  }

  #renderFollowUpField(): TemplateResult {
    const t = this.#terms;
    const { invalid, describedBy } = this.#fieldIssueIds('followUpDate');
    return html`<div class="field">
      <label for="follow-up-date">${t.followUpDateLabel}</label>
      <p class="hint" id="follow-up-hint">${t.followUpDateHint}</p>
      <input
        type="date"
        id="follow-up-date"
        aria-describedby="follow-up-hint${describedBy}"
        aria-invalid=${invalid ? 'true' : nothing}
        .value=${this.#followUpDraft}
        @input=${(event: Event) => this.#typed(() => (this.#followUpDraft = (event.target as HTMLInputElement).value))}
      />
      ${this.#renderFieldError('followUpDate')}
    </div>`;
  }

  #sectorOptions(): readonly { id: string; label: string }[] {
    const locale = this.#locale;
    if (this.#sectorLabelsCache?.locale !== locale) {
      this.#sectorLabelsCache = { locale, options: ACTOR_SECTORS.map((sector) => ({ id: sector.id, label: sector.label[locale] })) };
    }
    return this.#sectorLabelsCache.options;
  }

  #renderReferralFields(): TemplateResult {
    const t = this.#terms;
    const { invalid, describedBy } = this.#fieldIssueIds('referralTo');
    return html`<fieldset class="field referral" aria-describedby="referral-hint${describedBy}">
      <legend class="visually-hidden">${t.kindReferral}</legend>
      <p class="hint" id="referral-hint">${t.referralHint}</p>
      <label for="referral-sector">${t.referralSectorLabel}</label>
      <select
        id="referral-sector"
        aria-invalid=${invalid ? 'true' : nothing}
        @change=${(event: Event) => this.#typed(() => (this.#referralSectorDraft = (event.target as HTMLSelectElement).value))}
      >
        <option value="" ?selected=${this.#referralSectorDraft === ''}>${t.referralSectorNone}</option>
        ${this.#sectorOptions().map(
          (option) => html`<option value=${option.id} ?selected=${this.#referralSectorDraft === option.id}>${option.label}</option>`,
        )}
      </select>
      <label for="referral-description">${t.referralDescriptionLabel}</label>
      <input
        type="text"
        id="referral-description"
        maxlength=${MAX_SHORT_TEXT}
        aria-invalid=${invalid ? 'true' : nothing}
        .value=${this.#referralDescriptionDraft}
        @input=${(event: Event) => this.#typed(() => (this.#referralDescriptionDraft = (event.target as HTMLInputElement).value))}
      />
      ${this.#renderFieldError('referralTo')}
    </fieldset>`;
  }

  #renderSkipNotice(guide: ConversationGuide): unknown {
    const notice = this.skipNotice;
    if (notice === undefined) return nothing;
    const t = this.#terms;
    return html`<div class="panel skip-notice" part="skip-notice">
      <p>${t.skippedNotice(notice.stepIds.length, this.#stepPrompt(guide, notice.permissionStepId), this.#answerLabel(notice.answer))}</p>
      <ul>
        ${notice.stepIds.map((stepId) => html`<li>${this.#stepPrompt(guide, stepId)}</li>`)}
      </ul>
    </div>`;
  }

  #renderAllDone(): TemplateResult {
    const t = this.#terms;
    return html`<section class="step" aria-labelledby="step-heading" part="step">
      ${this.renderHeading(1, t.allStepsHeading, { id: 'step-heading', className: 'step__prompt', focusable: true })}
      <p>${t.allStepsBody}</p>
      <div class="actions">
        <button type="button" class="primary" id="complete" @click=${this.#complete}>${t.complete}</button>
      </div>
    </section>`;
  }

  #renderDeferred(guide: ConversationGuide, view: SessionView): unknown {
    const deferred = [...view.outcomes].filter(([stepId, outcome]) => outcome.kind === 'deferred' && stepId !== this.selectedStepId);
    if (deferred.length === 0) return nothing;
    const t = this.#terms;
    return html`<section class="deferred" aria-labelledby="deferred-heading">
      ${this.renderHeading(1, t.deferredHeading(deferred.length), { id: 'deferred-heading', className: 'subheading' })}
      <ul class="deferred__list">
        ${repeat(
          deferred,
          ([stepId]) => stepId,
          ([stepId]) => html`<li>
            <span id="deferred-${stepId}">${this.#stepPrompt(guide, stepId)}</span>
            <button type="button" class="take-up" aria-describedby="deferred-${stepId}" @click=${() => this.#takeUp(stepId)}>${t.takeUp}</button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderIssues(id: string, issues: readonly Issue[]): unknown {
    if (issues.length === 0) return nothing;
    return html`<div id=${id} class="issues" role="alert" part="issues">
      <p class="issues__title">${this.#terms.issuesHeading}</p>
      <ul>
        ${issues.map((issue) => html`<li>${this.localize.issueMessage(issue)}</li>`)}
      </ul>
    </div>`;
  }

  #renderOutcome(session: ConversationSession): TemplateResult {
    const t = this.#terms;
    const stopped = session.status === 'stopped';
    const at = stopped ? session.stoppedAt : session.completedAt;
    const time = at === undefined ? '' : this.localize.formatDate(at, 'date-time');
    return html`<section class="panel outcome outcome--${session.status}" aria-labelledby="outcome-heading" part="outcome">
      ${this.renderHeading(1, stopped ? t.stoppedHeading : t.completedHeading, { id: 'outcome-heading', className: 'subheading', focusable: true })}
      <p>${stopped ? t.stoppedBody : t.completedBody}</p>
      ${time === '' ? nothing : html`<p>${stopped ? t.stoppedAt(time) : t.completedAt(time)}</p>`}
      ${stopped && session.stopReason !== undefined
        ? html`<p class="stop-reason"><span class="label">${t.stopReason}:</span> <span>${session.stopReason}</span></p>`
        : nothing}
    </section>`;
  }

  #renderSummary(guide: ConversationGuide, session: ConversationSession, view: SessionView): TemplateResult {
    const t = this.#terms;
    const entries = [...this.#guideIndex(guide).entries.values()];
    const of = (kind: StepOutcome['kind']) => entries.filter((entry) => view.outcomes.get(entry.step.id)?.kind === kind);
    const answered = of('answered');
    const skipped = of('skipped');
    const deferred = of('deferred');
    const notReached = of('open');
    const list = (items: readonly GuideEntry[], detail: (entry: GuideEntry) => unknown) =>
      items.length === 0
        ? html`<p class="quiet">${t.summaryNone}</p>`
        : html`<ul class="summary__list">
            ${repeat(
              items,
              (entry) => entry.step.id,
              (entry) => html`<li><span class="summary__prompt">${this.#text(entry.step.prompt)}</span>${detail(entry)}</li>`,
            )}
          </ul>`;
    const notes = (stepId: string) => {
      const outcome = view.outcomes.get(stepId);
      const texts = outcome?.kind === 'answered' || outcome?.kind === 'deferred' ? outcome.notes : [];
      return texts.map((note) => html`<p class="summary__note"><span class="label">${t.noteShown}:</span> <span>${note}</span></p>`);
    };
    return html`<section class="summary" aria-labelledby="summary-heading" part="summary">
      ${this.renderHeading(1, t.summaryHeading, { id: 'summary-heading', className: 'subheading' })}
      ${this.renderHeading(2, t.summaryAnswered(answered.length), { className: 'summary__heading' })}
      ${list(answered, (entry) => {
        const outcome = view.outcomes.get(entry.step.id);
        return html`<span class="summary__answer">${outcome?.kind === 'answered' ? this.#answerLabel(outcome.answer) : ''}</span>${notes(entry.step.id)}`;
      })}
      ${this.renderHeading(2, t.summarySkipped(skipped.length), { className: 'summary__heading' })}
      ${list(skipped, (entry) => {
        const outcome = view.outcomes.get(entry.step.id);
        if (outcome?.kind !== 'skipped') return nothing;
        return html`<p class="summary__why">
          ${t.skippedBecause(this.#stepPrompt(guide, outcome.skip.permissionStepId), this.#answerLabel(outcome.skip.answer))}
        </p>`;
      })}
      ${this.renderHeading(2, t.summaryDeferred(deferred.length), { className: 'summary__heading' })}
      ${list(deferred, (entry) => notes(entry.step.id))}
      ${notReached.length === 0 ? nothing : html`${this.renderHeading(2, t.summaryNotReached(notReached.length), { className: 'summary__heading' })}${list(notReached, () => nothing)}`}
      ${this.renderHeading(2, t.closingHeading, { className: 'summary__heading' })}
      ${this.#renderClosing(session)}
    </section>`;
  }

  #renderClosing(session: ConversationSession): TemplateResult {
    const t = this.#terms;
    const { closing } = session;
    const followUp =
      closing.followUpAgreed === undefined
        ? t.followUpNotRecorded
        : !closing.followUpAgreed
          ? t.followUpNotAgreed
          : closing.followUpDate === undefined
            ? t.followUpAgreed
            : t.followUpAgreedOn(this.localize.formatDate(closing.followUpDate));
    const referral = !closing.referralOffered
      ? t.referralNotOffered
      : closing.referralAccepted === true
        ? t.referralAccepted
        : closing.referralAccepted === false
          ? t.referralNotWanted
          : t.referralUndecided;
    const target = closing.referralTo;
    const targetText =
      target === undefined
        ? ''
        : [
            target.sector === undefined ? undefined : (this.#sectorOptions().find((option) => option.id === target.sector)?.label ?? target.sector),
            target.description,
            target.actorId,
          ]
            .filter((part): part is string => part !== undefined)
            .join(', ');
    return html`<ul class="summary__closing">
      <li class="closing-follow-up">${followUp}</li>
      <li class="closing-referral">${referral}${targetText === '' ? nothing : html` ${t.referralTo(targetText)}`}</li>
    </ul>`;
  }
}

/** Each step's outcome: answered (first final answer counts), skipped by a refused permission, put off, or not reached. */
function stepOutcomes(
  guide: ConversationGuide,
  session: ConversationSession,
  skipped: readonly ConversationSkippedStep[],
): ReadonlyMap<string, StepOutcome> {
  const skips = new Map(skipped.map((skip) => [skip.stepId, skip]));
  const finals = new Map<string, ConversationAnswer>();
  const deferred = new Set<string>();
  const notes = new Map<string, string[]>();
  for (const record of session.answers) {
    if (record.answer === 'not-now') deferred.add(record.stepId);
    else if (!finals.has(record.stepId)) finals.set(record.stepId, record.answer);
    if (record.note !== undefined) notes.set(record.stepId, [...(notes.get(record.stepId) ?? []), record.note]);
  }
  const outcomes = new Map<string, StepOutcome>();
  for (const phase of guide.phases) {
    for (const step of phase.steps) {
      const skip = skips.get(step.id);
      const answer = finals.get(step.id);
      const stepNotes = notes.get(step.id) ?? [];
      if (skip !== undefined) outcomes.set(step.id, { kind: 'skipped', skip });
      else if (answer !== undefined) outcomes.set(step.id, { kind: 'answered', answer, notes: stepNotes });
      else if (deferred.has(step.id)) outcomes.set(step.id, { kind: 'deferred', notes: stepNotes });
      else outcomes.set(step.id, { kind: 'open' });
    }
  }
  return outcomes;
}

function newSessionId(): string {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  return `samtale-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}
