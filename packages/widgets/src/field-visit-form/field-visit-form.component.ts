/**
 * The `SamspilFieldVisitForm` class without registering a tag: for a portal that defines the
 * element under its own name or extends it. `@samspil/widgets/field-visit-form` registers it.
 *
 * @module @samspil/widgets/field-visit-form/component
 */
import {
  AGE_BANDS,
  FIELD_VISIT_SECTIONS,
  FieldVisitKind,
  Id,
  ageBand,
  createFieldVisitDraft,
  declineFieldVisitTopic,
  fail,
  fieldVisitProgress,
  ok,
  parseActors,
  parseFamily,
  parseFieldVisitDraft,
  parseInput,
} from '@samspil/core';
import type {
  Actor,
  AgeBand,
  AttentionCatalogueEntry,
  Family,
  FieldVisitDraft,
  FieldVisitProgress,
  FieldVisitSection,
  FieldVisitSectionId,
  Issue,
  LocaleOptions,
  Person,
  Result,
  Store,
  SubmittedFieldVisit,
} from '@samspil/core';
import { z } from '@samspil/core';
import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { LazyDrafts } from '../kit/drafts/lazy-drafts.js';
import { draftTerms } from '../kit/drafts/draft-terms.js';
import { describeValue } from '../kit/drafts/describe-value.js';
import { renderDraftStatus } from '../kit/drafts/render-draft-status.js';
import { afterNextPaint } from '../kit/after-next-paint.js';
import { LiveRegionController } from '../kit/live-region-controller.js';
import { pluginRegistry } from '../kit/plugins/plugin-registry.js';
import { SamspilElement } from '../kit/samspil-element.js';
import { SamspilErrorEvent } from '../kit/samspil-error-event.js';
import { draftStyles } from '../kit/styles/draft.styles.js';
import { kitStyles } from '../kit/styles/kit.styles.js';
import { fieldVisitFormStyles } from './field-visit-form.styles.js';
import { isCatalogueLoaded, loadCatalogue, loadedVisitChecks } from './internal/visit-checks-loader.js';
import {
  memberCodes,
  memberNote,
  rowField,
  withField,
  withListMember,
  withMemberCode,
  withMemberNote,
  withNested,
  withNewRow,
  withoutRow,
  withoutSectionDecline,
  withRow,
} from './internal/draft-edits.js';
import { errorDomId, fieldDomId } from './internal/field-dom-ids.js';
import { fieldKeyOfDraftPath } from './internal/field-key-of-draft-path.js';
import { newId } from './internal/new-id.js';
import { pluginSectionElement, type PluginSectionElement } from './internal/plugin-section-element.js';
import { fieldVisitFormTerms, type FieldVisitFormTerms } from './internal/terms.js';
import { SamspilVisitSubmitEvent } from './samspil-visit-submit-event.js';
import { settleUpdates } from '../kit/settle-updates.js';

/** What the form is configured with: the family visited, the actors around it, an existing draft. */
export interface FieldVisitFormConfig {
  readonly family: Family;
  readonly actors: readonly Actor[];
  readonly visit?: FieldVisitDraft;
}

const ConfigShape = z.strictObject({ family: z.unknown(), actors: z.optional(z.unknown()), visit: z.optional(z.unknown()) });

// Limits that keep the draft inside core's schemas while typing (ShortText, observation text, LongText).
const SHORT = 200;
const TEXT = 4_000;
const LONG = 20_000;
const MAX_DATE = '9999-12-31';

type Locale = 'da' | 'en';
type RowKind = 'resources' | 'agreements';

interface InputOptions {
  readonly type?: 'text' | 'date' | 'time';
  readonly hint?: string;
  readonly maxLength?: number;
  readonly list?: string;
}

interface Choice {
  readonly value: string;
  readonly label: string;
}

const personName = (person: Person): string => [person.givenName, person.familyName].filter((part) => part !== undefined).join(' ');
const isDeclined = (draft: FieldVisitDraft, sectionId: FieldVisitSectionId): boolean =>
  draft.declinedTopics.some((topic) => topic.sectionId === sectionId && topic.fieldId === undefined);
const targetValue = (event: Event): string => (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
const targetChecked = (event: Event): boolean => (event.target as HTMLInputElement).checked;

// Which field keys belong to which section, for the per-section error signature.
const SECTION_KEY_PREFIXES: Record<FieldVisitSectionId, readonly string[]> = {
  facts: ['date', 'startTime', 'endTime', 'place', 'visitors', 'membersPresent', 'hostActorId', 'interpreter.'],
  wellbeing: ['wellbeing.'],
  resources: ['resources.'],
  'own-words': ['familyOwnWords'],
  agreements: ['agreements.'],
  consent: ['consentExplained.'],
  'follow-up': ['followUp.'],
};

/**
 * @tagname samspil-field-visit-form
 * @summary Records a home visit or a professional field visit, section by section, and hands it in
 * through core's submit rules.
 *
 * The form shows core's sections in core's order: the visit's facts, each present member's
 * wellbeing with attention points from the catalogue for the member's age band (resources beside
 * concerns), resources, the family's own words, agreements, whether consent was explained, and
 * follow-up. Any section core lets the family decline has a "the family does not want to talk
 * about this" box; a declined section is never demanded. A list of sections at the top shows each
 * one as filled, declined or empty and links to it.
 *
 * Every edit updates `value` (the draft as JSON) at once and fires native `input` and `change`
 * events from the element. Submitting validates with `submitFieldVisit`: on failure every issue is
 * shown next to its field (with `aria-invalid` and `aria-describedby`) and in a summary at the top
 * whose heading takes focus and whose entries move focus to the field; nothing typed is touched.
 * On success `samspil-visit-submit` carries the submitted record.
 *
 * It is a form-associated element: inside a portal's `<form>` its `name` and JSON `value` are in
 * the form data, it takes part in constraint validation (`checkValidity()`, `reportValidity()`,
 * `:state(user-invalid)` after a failed attempt), follows a disabled `<fieldset>` and returns to
 * its first draft when the form is reset. Core's submit rules load as a chunk beside the
 * attention-point catalogue, fetched once the fields are painted; until they are there the form is
 * invalid with a message that it is being checked (or could not be, if the chunk failed).
 *
 * A plugin's `fieldVisitSections` come after core's, ordered by `order`, each with its heading,
 * description and the plugin's element (`tagName`, created once per form). The element gets the
 * section's data as `value` (kept in `draft.extensions[section id]`) and `disabled` while the
 * form is locked; it reports a change with a bubbling, composed `samspil-section-change` event
 * whose `detail.value` is the section's new data (`undefined` removes it).
 *
 * Configure it with properties (`family`, `actors`, `visit`) or with an inline
 * `<script type="application/json">{ "family": …, "actors": […], "visit": … }</script>` child.
 * Invalid configuration shows a localized error state and fires `samspil-error`.
 *
 * @attr name - The form field name the JSON value is submitted under.
 * @attr kind - `home` (default) or `professional`: the kind of visit for a new draft; mirrors the draft's kind.
 * @attr visit-id - Id for a new draft; a random id when absent.
 * @attr family-id - Family id for a new draft; the family's own id when absent.
 * @attr actor-id - The actor submitting the visit (becomes `submittedByActorId`).
 * @attr read-only - Shows the visit without letting anyone change or submit it.
 * @attr {number} heading-level - The level (1–6) of the widget's top headings, so they continue the portal page's outline; headings inside go one level lower each, down to h6. Default 2; anything but a whole number from 1 to 6 counts as 2. Property `headingLevel`.
 * @attr autosave - Keeps the draft while typing (at most 500 ms after the last change, at once when the page is hidden or the element removed) and brings it back when the same `visit-id` is opened again. Off by default: a portal decides whether drafts may stay on the device. Needs `visit-id`.
 *
 * @prop {Family} family - The family visited (core `Family`); validated, bad data shows the error state.
 * @prop {Actor[]} actors - Professionals to pick as visitors, owners and consent explainers.
 * @prop {FieldVisitDraft} visit - Setting it loads an existing draft; reading it gives the current draft.
 * @prop {string} value - The current draft as JSON; setting a JSON draft loads it.
 * @prop {() => Date} clock - Where the form reads the time (creation, declines, submit); `new Date()` by default.
 * @prop {boolean} readOnly - Mirrors `read-only`.
 * @prop {boolean} autosave - Mirrors `autosave`.
 * @prop {Store | undefined} store - Where drafts (collection `drafts`, id `field-visit.<visit-id>`) and submitted visits (collection `field-visits`) go: any core `Store`, e.g. the portal's HTTP store. With `autosave` and no store: drafts go to the encrypted IndexedDB store, and a submitted visit only removes the draft (the record is in `samspil-visit-submit`).
 *
 * @slot - Holds only the optional `<script type="application/json">` configuration block, `{ "family", "actors"?, "visit"? }`; nothing in it is shown.
 *
 * @event input - An edit changed `value` (one per keystroke or toggle).
 * @event change - An edit was committed (a field left after typing, a box ticked, a row added or removed).
 * @event samspil-visit-submit - {@link SamspilVisitSubmitEvent}: the visit passed core's rules; `detail.visit` is the record.
 * @event samspil-error - Configuration, an attribute or an assigned `value` was rejected.
 *
 * @csspart form - The wrapper of the whole form.
 * @csspart progress - The list of sections with their state.
 * @csspart error-summary - The summary of issues after a failed submit.
 * @csspart section - Each section.
 * @csspart field-error - A message under a field.
 * @csspart submit - The submit button.
 * @csspart notice - The read-only notice.
 * @csspart live-region - The visually hidden status region.
 * @csspart draft-status - The autosave line ("Gemt lokalt kl. 14.32", "Ikke gemt: …"), a polite live region.
 * @csspart draft-conflict - The panel shown when the draft was also changed in another tab or device: both copies per field, and a choice.
 * @csspart error - The error state shown instead of the form.
 *
 * @cssproperty --samspil-field-visit-form-gap - Space between fields. Falls back to `--samspil-space` × 2.
 * @cssproperty --samspil-field-visit-form-section-border-color - Border of each section. Falls back to `--samspil-border-color`.
 * @cssproperty --samspil-field-visit-form-declined-background-color - Background of a declined section. Falls back to `--samspil-background-color`.
 * @cssproperty --samspil-field-visit-form-accent-color - Progress marks and the submit button. Falls back to `--samspil-link-color`.
 * @cssproperty --samspil-field-visit-form-max-inline-size - Widest a text field grows. Falls back to 40em.
 *
 * @example
 * <form action="/besoeg" method="post">
 *   <samspil-field-visit-form name="visit" actor-id="hv-1" kind="home">
 *     <script type="application/json">{ "family": { "id": "f1", "name": "Familien Haddad", "members": [] }, "actors": [] }</script>
 *   </samspil-field-visit-form>
 *   <button>Gem</button>
 * </form>
 */
export class SamspilFieldVisitForm extends SamspilElement<FieldVisitFormConfig> {
  static formAssociated = true;

  /** The kit's shared styles and the draft panel's, then the form's own. */
  static override styles: CSSResultGroup = [kitStyles, draftStyles, fieldVisitFormStyles];

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    kind: { reflect: true },
    visitId: { attribute: 'visit-id' },
    familyId: { attribute: 'family-id' },
    actorId: { attribute: 'actor-id' },
    readOnly: { type: Boolean, attribute: 'read-only', reflect: true },
    autosave: { type: Boolean, reflect: true },
    store: { attribute: false },
    clock: { attribute: false },
  };

  declare name: string | undefined;
  declare kind: string;
  declare visitId: string | undefined;
  declare familyId: string | undefined;
  declare actorId: string | undefined;
  declare readOnly: boolean;
  /** Keeps the draft while typing (encrypted IndexedDB unless `store` is set); needs `visit-id`. */
  declare autosave: boolean;
  /** Where drafts and the submitted visit go: any core `Store`. Default with `autosave`: the encrypted IndexedDB store. */
  declare store: Store | undefined;
  declare clock: () => Date;

  readonly #internals: ElementInternals;
  readonly #status = new LiveRegionController(this);
  readonly #drafts = new LazyDrafts<FieldVisitDraft>(this, {
    enabled: () => this.autosave && !this.readOnly,
    portalStore: () => this.store,
    recordId: () => (typeof this.visitId === 'string' && this.visitId !== '' && this.#draft !== undefined ? `field-visit.${this.visitId}` : undefined),
    current: () => this.#draft,
    parse: (value) => parseFieldVisitDraft(value, { locale: this.localize.coreLocale }),
    apply: (draft) => {
      this.#draft = draft;
      this.kind = draft.kind;
      this.#afterDraftChange();
    },
    ignore: ['updatedAt'],
    now: () => this.clock(),
  });

  #draft: FieldVisitDraft | undefined;
  #initialDraft: FieldVisitDraft | undefined;
  #formValue = '';
  #formDisabled = false;
  #pendingParts: Record<string, unknown> = {};
  #pendingAdopt: FieldVisitDraft | undefined;
  #appliedConfig: FieldVisitFormConfig | undefined;
  #attributeIssues: readonly Issue[] = [];
  #attributeIssuesText = '';
  #currentIssues: readonly Issue[] = [];
  #validityDirty = true;
  #attempted = false;
  #silentCheck = false;
  #fieldErrors = new Map<string, Issue[]>();
  #sectionErrorSignature = new Map<FieldVisitSectionId, string>();
  #progress: FieldVisitProgress | undefined;
  #progressDraft: FieldVisitDraft | undefined;
  #announcedDone: number | undefined;
  #expanded = new Set<string>();
  #searches = new Map<string, string>();
  #bandMemo = new Map<string, AgeBand | undefined>();
  #bandMemoKey: unknown;
  #environment: object = {};
  #environmentParts: readonly unknown[] = [];
  #registryRevision = -1;
  readonly #pluginSectionElements = new Map<string, PluginSectionElement>();
  #announcedExplicitly = false;
  #validityTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set by a person's edit: validity is then refreshed after the keystroke is painted. */
  #deferValidity = false;
  /** The shipped attention-point catalogue while its chunk is on the way. */
  #catalogueLoading: Promise<boolean> | undefined;
  #catalogueFailed = false;

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.#internals.role = 'group';
    this.kind = 'home';
    this.readOnly = false;
    this.autosave = false;
    this.store = undefined;
    this.clock = () => new Date();
    this.addEventListener('invalid', () => this.#onInvalid());
  }

  // ── Configuration ────────────────────────────────────────────────────────────────────────────

  /** The family visited. */
  get family(): Family | undefined {
    return this.config?.family;
  }

  set family(value: unknown) {
    this.#setPart('family', value);
  }

  /** The professionals around the family. */
  get actors(): readonly Actor[] {
    return this.config?.actors ?? [];
  }

  set actors(value: unknown) {
    this.#setPart('actors', value);
  }

  /** The current draft; setting it loads an existing draft (validated with core). */
  get visit(): FieldVisitDraft | undefined {
    return this.#draft;
  }

  set visit(value: unknown) {
    this.#setPart('visit', value);
  }

  protected override parseConfig(input: unknown, options: LocaleOptions): Result<FieldVisitFormConfig> {
    const shape = parseInput(ConfigShape, input, options);
    if (!shape.ok) return shape;
    const { family, actors, visit } = shape.value;
    const issues: Issue[] = [];
    const under = (prefix: string, result: Result<unknown>) => {
      if (!result.ok) issues.push(...result.issues.map((issue) => ({ ...issue, path: [prefix, ...issue.path] })));
    };
    // Parts already validated (passed on when another part changes) are not parsed again.
    const current = this.config;
    const parsedFamily: Result<Family> = current !== undefined && family === current.family ? ok(current.family) : parseFamily(family, options);
    under('family', parsedFamily);
    const parsedActors: Result<readonly Actor[]> =
      current !== undefined && actors === current.actors ? ok(current.actors) : parseActors(actors ?? [], options);
    under('actors', parsedActors);
    const parsedVisit = visit === undefined ? undefined : parseFieldVisitDraft(visit, options);
    if (parsedVisit !== undefined) under('visit', parsedVisit);
    if (!parsedFamily.ok || !parsedActors.ok || (parsedVisit !== undefined && !parsedVisit.ok) || issues.length > 0) return fail(issues);
    const config: FieldVisitFormConfig = {
      family: parsedFamily.value,
      actors: parsedActors.value,
      ...(parsedVisit?.ok === true ? { visit: parsedVisit.value } : {}),
    };
    // Members' attention points come from core's catalogue, and the submit rules with it: chunks of
    // their own. Every field shows without them (the lists sit behind a disclosure; validity says
    // "being checked"). They are fetched once the fields are painted, so their arrival, and the first
    // check it starts, never holds up the fields; they are there long before anyone opens a list.
    void this.#loadCatalogue(true);
    // A visit handed in anew (not the one already loaded, passed on when another part changes) replaces the draft.
    if (parsedVisit?.ok === true && visit !== this.config?.visit) this.#pendingAdopt = parsedVisit.value;
    return ok(config);
  }

  // Properties may arrive in any order; the configuration is applied once the family is known.
  #setPart(key: 'family' | 'actors' | 'visit', value: unknown): void {
    const current = this.config;
    const parts: Record<string, unknown> = {
      ...(current === undefined ? {} : { family: current.family, actors: current.actors }),
      ...(current?.visit === undefined ? {} : { visit: current.visit }),
      ...this.#pendingParts,
    };
    if (value === undefined) delete parts[key];
    else parts[key] = value;
    if (parts['family'] === undefined) {
      this.#pendingParts = parts;
      this.requestUpdate();
      return;
    }
    this.#pendingParts = {};
    this.config = parts;
  }

  // ── Form association ────────────────────────────────────────────────────────────────────────

  /** The draft as a JSON string (`''` before a family is configured). Setting JSON loads a draft. */
  get value(): string {
    return this.#formValue;
  }

  set value(input: unknown) {
    const options = { locale: this.localize.coreLocale };
    let data: unknown = input;
    if (typeof input === 'string') {
      try {
        data = JSON.parse(input) as unknown;
      } catch {
        this.dispatchEvent(new SamspilErrorEvent({ issues: [{ code: 'unreadable_input', path: ['value'], message: '' }], source: 'configuration' }));
        return;
      }
    }
    const parsed = parseFieldVisitDraft(data, options);
    if (!parsed.ok) {
      this.dispatchEvent(new SamspilErrorEvent({ issues: parsed.issues, source: 'configuration' }));
      return;
    }
    this.#draft = parsed.value;
    this.#initialDraft ??= parsed.value;
    this.kind = parsed.value.kind;
    this.#afterDraftChange();
  }

  /** The `<form>` the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The element's type, as for native controls. */
  get type(): string {
    return this.localName;
  }

  /**
   * The validity state, as for native controls: `customError` while the draft fails core's submit rules.
   */
  get validity(): ValidityState {
    this.#refreshValidity();
    return this.#internals.validity;
  }

  /** The first issue with its field's label, in the widget's language; empty when the draft is valid. */
  get validationMessage(): string {
    this.#refreshValidity();
    return this.#internals.validationMessage;
  }

  /** Whether the form checks this element on submit (not when disabled, as for native controls). */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** True when the draft passes core's submit rules; does not show errors (like the native method). */
  checkValidity(): boolean {
    this.#refreshValidity();
    this.#silentCheck = true;
    try {
      return this.#internals.checkValidity();
    } finally {
      this.#silentCheck = false;
    }
  }

  /** Like {@link checkValidity}, and when invalid shows the errors and focuses the first field. */
  reportValidity(): boolean {
    this.#refreshValidity();
    return this.#internals.reportValidity();
  }

  /**
   * Called by the browser when the form is reset: back to the first draft given (or a new one),
   * errors hidden.
   */
  formResetCallback(): void {
    const config = this.config;
    this.#draft = this.#initialDraft ?? (config === undefined ? undefined : this.#createDraft(config));
    if (this.#draft !== undefined) this.kind = this.#draft.kind;
    this.#attempted = false;
    this.#expanded = new Set();
    this.#searches = new Map();
    this.#setUserInvalid(false);
    this.#afterDraftChange();
  }

  /**
   * Called by the browser when a surrounding `<fieldset>` or the form is disabled or enabled again.
   */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  /**
   * Called by the browser on back/forward navigation or autofill: restores the draft from its JSON.
   */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string' && state !== '') this.value = state;
  }

  // ── Submitting ───────────────────────────────────────────────────────────────────────────────

  /**
   * Validates the draft with core's `submitFieldVisit`. On success fires `samspil-visit-submit`
   * with the record and resolves `true`; otherwise shows the issues, focuses the summary and
   * resolves `false`. Nothing typed changes either way.
   */
  async submit(): Promise<boolean> {
    if (this.#draft === undefined || this.config === undefined || this.readOnly || this.#formDisabled) return false;
    // Core's rules must be here, and the catalogue the codes are checked against (never the stand-in).
    if (!(await this.#loadCatalogue())) {
      this.#announce(this.#terms.checksUnavailable);
      return false;
    }
    const result = this.#runSubmit();
    if (result === undefined) return false;
    if (result.ok) {
      this.#currentIssues = [];
      this.#attempted = false;
      this.#setUserInvalid(false);
      this.#updateErrorMaps();
      this.requestUpdate();
      this.#announce(this.#terms.submitted);
      this.dispatchEvent(new SamspilVisitSubmitEvent({ visit: result.value }));
      await this.#drafts.submitted('field-visits', result.value);
      return true;
    }
    this.#currentIssues = result.issues;
    this.#validityDirty = false;
    this.#attempted = true;
    this.#setUserInvalid(true);
    this.#updateErrorMaps();
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#fv-error-summary-title')?.focus();
    return false;
  }

  /** Core's submit rules on the draft; `undefined` while their chunk is on the way (decision 0014). */
  #runSubmit(): Result<SubmittedFieldVisit> | undefined {
    const checks = loadedVisitChecks();
    return checks?.submitFieldVisit(this.#draft, {
      now: this.#nowIso(),
      byActorId: this.actorId,
      family: this.config?.family,
      catalogue: this.#draft === undefined ? [] : checks.catalogueForChecking(pluginRegistry, this.#draft),
      locale: this.localize.coreLocale,
    });
  }

  // ── Lifecycle ────────────────────────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('kind') || changed.has('visitId') || changed.has('familyId') || changed.has('actorId')) this.#checkAttributes();
    this.#syncConfig();
    const kind = this.kind;
    if (this.#draft !== undefined && changed.has('kind') && (kind === 'home' || kind === 'professional') && kind !== this.#draft.kind) {
      this.#draft = { ...this.#draft, kind };
      this.#afterDraftChange(false);
    }
    if (changed.has('actorId') || changed.has('readOnly') || this.#registryRevision !== pluginRegistry.revision) {
      this.#registryRevision = pluginRegistry.revision;
      this.#validityDirty = true;
    }
    if (this.#validityDirty) {
      // Errors on screen follow every edit; otherwise validation waits until the keystroke is painted.
      if (this.#attempted || !this.#deferValidity) {
        this.#currentIssues = this.#draft === undefined || this.config === undefined ? [] : this.#validate();
        this.#validityDirty = false;
        this.#updateErrorMaps();
      } else {
        this.#scheduleValidity();
      }
    }
    this.#deferValidity = false;
    if (this.#draft !== undefined && this.#draft !== this.#progressDraft) {
      this.#progressDraft = this.#draft;
      const progress = fieldVisitProgress(this.#draft, { locale: this.localize.coreLocale });
      this.#progress = progress.ok ? progress.value : this.#progress;
    }
    const parts = [this.localize.lang, this.readOnly, this.#formDisabled, this.config, this.#registryRevision, this.topHeadingLevel];
    if (parts.some((part, index) => part !== this.#environmentParts[index])) {
      this.#environmentParts = parts;
      this.#environment = {};
    }
    this.#internals.ariaLabel = this.#terms.formLabel;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#validityTimer);
    this.#validityTimer = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#validityDirty) this.#applyValidity();
    const progress = this.#progress;
    if (progress !== undefined) {
      const done = progress.filled + progress.declined;
      if (this.#announcedDone !== undefined && done !== this.#announcedDone && !this.#announcedExplicitly) {
        void this.#status.announce(this.localize.term('progress', done, progress.total));
      }
      this.#announcedDone = done;
    }
    this.#announcedExplicitly = false;
  }

  #syncConfig(): void {
    const config = this.config;
    if (config === this.#appliedConfig) return;
    this.#appliedConfig = config;
    this.#bandMemoKey = undefined;
    this.#validityDirty = true;
    if (config === undefined) return;
    if (this.#pendingAdopt !== undefined) {
      const visit = this.#pendingAdopt;
      this.#pendingAdopt = undefined;
      this.#adopt(visit);
    } else if (this.#draft === undefined) {
      const created = this.#createDraft(config);
      if (created !== undefined) this.#adopt(created);
    }
  }

  #createDraft(config: FieldVisitFormConfig): FieldVisitDraft | undefined {
    const kind = this.kind === 'professional' ? 'professional' : 'home';
    const created = createFieldVisitDraft(
      { id: this.visitId ?? newId('visit'), familyId: this.familyId ?? config.family.id, kind, now: this.#nowIso() },
      { locale: this.localize.coreLocale },
    );
    return created.ok ? created.value : undefined;
  }

  #adopt(draft: FieldVisitDraft): void {
    this.#draft = draft;
    this.#initialDraft = draft;
    this.kind = draft.kind;
    this.#attempted = false;
    this.#setUserInvalid(false);
    this.#afterDraftChange(false);
  }

  #checkAttributes(): void {
    const options = { locale: this.localize.coreLocale };
    const issues: Issue[] = [];
    const check = (attribute: string, result: Result<unknown>) => {
      if (!result.ok) issues.push(...result.issues.map((issue) => ({ ...issue, path: [attribute] })));
    };
    check('kind', parseInput(FieldVisitKind, this.kind, options));
    if (typeof this.visitId === 'string') check('visit-id', parseInput(Id, this.visitId, options));
    if (typeof this.familyId === 'string') check('family-id', parseInput(Id, this.familyId, options));
    if (typeof this.actorId === 'string') check('actor-id', parseInput(Id, this.actorId, options));
    const text = issues.map((issue) => `${String(issue.path[0])}:${issue.code}`).join('|');
    if (text === this.#attributeIssuesText) return;
    this.#attributeIssuesText = text;
    this.#attributeIssues = issues;
    if (issues.length > 0) {
      void this.updateComplete.then(() => this.dispatchEvent(new SamspilErrorEvent({ issues, source: 'configuration' })));
    }
  }

  // ── State changes ────────────────────────────────────────────────────────────────────────────

  get #locked(): boolean {
    return this.readOnly || this.#formDisabled;
  }

  get #terms(): FieldVisitFormTerms {
    return fieldVisitFormTerms(this.localize.language);
  }

  get #locale(): Locale {
    return this.localize.coreLocale === 'en' ? 'en' : 'da';
  }

  #now(): Date {
    try {
      const date = this.clock();
      if (date instanceof Date && !Number.isNaN(date.getTime())) return date;
    } catch {
      // A broken clock falls back to the system time.
    }
    return new Date();
  }

  #nowIso(): string {
    return this.#now().toISOString();
  }

  #afterDraftChange(request = true): void {
    this.#formValue = this.#draft === undefined ? '' : JSON.stringify(this.#draft);
    this.#internals.setFormValue(this.#formValue === '' ? null : this.#formValue, this.#formValue);
    this.#validityDirty = true;
    if (request) this.requestUpdate();
  }

  /** One edit by the person filling in the form: new draft, new value, native events. */
  #commit(next: FieldVisitDraft, change: boolean): void {
    if (this.#draft === undefined || next === this.#draft || this.#locked) return;
    this.#draft = { ...next, updatedAt: this.#nowIso() };
    this.#deferValidity = true;
    this.#afterDraftChange();
    this.#drafts.changed();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (change) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #edit(update: (draft: FieldVisitDraft) => FieldVisitDraft, change = false): void {
    if (this.#draft !== undefined) this.#commit(update(this.#draft), change);
  }

  // Inner controls' events stay inside; the element fires its own, once per edit.
  readonly #stopInner = (event: Event): void => event.stopPropagation();
  readonly #onInnerChange = (): void => {
    if (!this.#locked) this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  /** Says something through the live region; the progress announcement then waits for the next change. */
  #announce(message: string): void {
    this.#announcedExplicitly = true;
    void this.#status.announce(message);
  }

  // Until the rules have arrived there is nothing to show next to a field; validity says why (see #applyValidity).
  #validate(): readonly Issue[] {
    const result = this.#runSubmit();
    return result === undefined || result.ok ? [] : result.issues;
  }

  #scheduleValidity(): void {
    if (this.#validityTimer !== undefined) return;
    this.#validityTimer = setTimeout(() => {
      this.#validityTimer = undefined;
      if (this.#validityDirty) this.#refreshValidity();
    }, 0);
  }

  #refreshValidity(): void {
    if (this.#validityDirty) {
      this.#currentIssues = this.#draft === undefined || this.config === undefined ? [] : this.#validate();
      this.#validityDirty = false;
      this.#updateErrorMaps();
    }
    this.#applyValidity();
  }

  #applyValidity(): void {
    if (!this.readOnly && this.#draft !== undefined && loadedVisitChecks() === undefined) {
      // Not checked yet: a portal's form must not submit a visit core has not seen.
      const message = this.#catalogueFailed ? this.#terms.checksUnavailable : this.#terms.checksPending;
      this.#internals.setValidity({ customError: true }, message, this.renderRoot.querySelector<HTMLElement>('.submit') ?? undefined);
      return;
    }
    const first = this.#currentIssues[0];
    if (this.readOnly || this.#draft === undefined || first === undefined) {
      this.#internals.setValidity({});
      this.#setUserInvalid(false);
      return;
    }
    const key = this.#keyFor(first);
    const anchor =
      (key === undefined ? null : this.renderRoot.querySelector<HTMLElement>(`#${fieldDomId(key)}`)) ??
      this.renderRoot.querySelector<HTMLElement>('.submit') ??
      undefined;
    this.#internals.setValidity({ customError: true }, this.#summaryText(first, key), anchor ?? undefined);
    if (this.#attempted) this.#setUserInvalid(true);
  }

  #onInvalid(): void {
    if (this.#silentCheck || this.#attempted) return;
    this.#attempted = true;
    this.#setUserInvalid(true);
    this.#updateErrorMaps();
    this.requestUpdate();
  }

  #setUserInvalid(on: boolean): void {
    try {
      if (on) this.#internals.states.add('user-invalid');
      else this.#internals.states.delete('user-invalid');
    } catch {
      // Browsers without CustomStateSet simply lack the state.
    }
  }

  #updateErrorMaps(): void {
    const errors = new Map<string, Issue[]>();
    if (this.#attempted && this.#draft !== undefined && this.config !== undefined) {
      for (const issue of this.#currentIssues) {
        const key = this.#keyFor(issue);
        if (key === undefined) continue;
        const list = errors.get(key);
        if (list === undefined) errors.set(key, [issue]);
        else list.push(issue);
      }
    }
    this.#fieldErrors = errors;
    const signatures = new Map<FieldVisitSectionId, string>();
    for (const [sectionId, prefixes] of Object.entries(SECTION_KEY_PREFIXES) as [FieldVisitSectionId, readonly string[]][]) {
      const parts: string[] = [];
      for (const [key, issues] of errors) {
        if (prefixes.some((prefix) => key === prefix || (prefix.endsWith('.') && key.startsWith(prefix)))) {
          parts.push(`${key}:${issues.map((issue) => `${issue.code}${JSON.stringify(issue.params ?? {})}`).join(',')}`);
        }
      }
      signatures.set(sectionId, parts.join('|'));
    }
    this.#sectionErrorSignature = signatures;
  }

  #keyFor(issue: Issue): string | undefined {
    const config = this.config;
    return this.#draft === undefined || config === undefined ? undefined : loadedVisitChecks()?.fieldKeyForIssue(issue, this.#draft, config.family);
  }

  #bandOf(member: Person): AgeBand | undefined {
    const today = this.#nowIso().slice(0, 10);
    const key = `${today}`;
    if (this.#bandMemoKey !== key || !this.#bandMemo.has(member.id)) {
      if (this.#bandMemoKey !== key) {
        this.#bandMemo = new Map();
        this.#bandMemoKey = key;
      }
      const band = ageBand(member, { now: this.#nowIso() });
      this.#bandMemo.set(member.id, band.ok ? band.value : undefined);
    }
    return this.#bandMemo.get(member.id);
  }

  // ── Messages ─────────────────────────────────────────────────────────────────────────────────

  #issueText(issue: Issue): string {
    if (issue.path[0] === 'byActorId') return this.#terms.submitterMissing;
    return this.localize.issueMessage(issue);
  }

  #summaryText(issue: Issue, key: string | undefined): string {
    const label = key === undefined ? undefined : this.#labelFor(key);
    const message = this.#issueText(issue);
    return label === undefined ? message : `${label}: ${message}`;
  }

  #sectionLabel(id: FieldVisitSectionId): string {
    return FIELD_VISIT_SECTIONS.find((section) => section.id === id)?.label[this.#locale] ?? id;
  }

  #labelFor(key: string): string | undefined {
    const t = this.#terms;
    const fixed: Record<string, string> = {
      date: t.date,
      startTime: t.startTime,
      endTime: t.endTime,
      place: t.place,
      visitors: t.visitors,
      membersPresent: t.membersPresent,
      hostActorId: t.hostActor,
      'interpreter.language': t.interpreterLanguage,
      'interpreter.mode': t.interpreterMode,
      'interpreter.name': t.interpreterName,
      familyOwnWords: this.#sectionLabel('own-words'),
      'consentExplained.explained': this.#sectionLabel('consent'),
      'consentExplained.by': t.consentBy,
      'consentExplained.notes': t.consentNotes,
      'followUp.date': t.followUpDate,
      'followUp.notes': t.followUpNotes,
      'agreements.add': this.#sectionLabel('agreements'),
      'resources.add': this.#sectionLabel('resources'),
    };
    if (fixed[key] !== undefined) return fixed[key];
    const [head, index, field] = key.split('.');
    const position = Number(index) + 1;
    if (head === 'agreements') {
      const fields: Record<string, string> = { action: t.agreementAction, owner: t.agreementOwner, dueDate: t.agreementDue };
      return `${t.agreement(position)}, ${fields[field ?? ''] ?? ''}`;
    }
    if (head === 'resources') return `${t.resource(position)}, ${field === 'who' ? t.resourceWho : t.resourceText}`;
    if (head === 'wellbeing') {
      const member = this.config?.family.members[Number(index)];
      return member === undefined ? undefined : personName(member);
    }
    return undefined;
  }

  // ── Rendering helpers ────────────────────────────────────────────────────────────────────────

  #invalid(key: string): 'true' | undefined {
    return this.#fieldErrors.has(key) ? 'true' : undefined;
  }

  #describedBy(key: string, ...ids: (string | undefined)[]): string | undefined {
    const list = ids.filter((id): id is string => id !== undefined);
    if (this.#fieldErrors.has(key)) list.push(errorDomId(key));
    return list.length === 0 ? undefined : list.join(' ');
  }

  #renderFieldError(key: string): TemplateResult | typeof nothing {
    const issues = this.#fieldErrors.get(key);
    if (issues === undefined) return nothing;
    return html`<p class="field-error" id=${errorDomId(key)} part="field-error">${issues.map((issue) => this.#issueText(issue)).join(' ')}</p>`;
  }

  #renderInput(key: string, label: string, value: string | undefined, onValue: (value: string) => void, options: InputOptions = {}): TemplateResult {
    const id = fieldDomId(key);
    const hintId = options.hint === undefined ? undefined : `${id}-hint`;
    const type = options.type ?? 'text';
    return html`<div class="field field--${type}">
      <label for=${id}>${label}</label>
      ${options.hint === undefined ? nothing : html`<p class="hint" id=${ifDefined(hintId)}>${options.hint}</p>`}
      <input
        id=${id}
        type=${type}
        .value=${live(value ?? '')}
        ?readonly=${this.readOnly}
        ?disabled=${this.#formDisabled}
        maxlength=${ifDefined(type === 'text' ? (options.maxLength ?? SHORT) : undefined)}
        max=${ifDefined(type === 'date' ? MAX_DATE : undefined)}
        list=${ifDefined(options.list)}
        autocomplete="off"
        aria-invalid=${ifDefined(this.#invalid(key))}
        aria-describedby=${ifDefined(this.#describedBy(key, hintId))}
        @input=${(event: Event) => onValue(targetValue(event))}
        @change=${this.#onInnerChange}
      />
      ${this.#renderFieldError(key)}
    </div>`;
  }

  #renderTextarea(key: string, label: string, value: string | undefined, onValue: (value: string) => void, maxLength: number): TemplateResult {
    const id = fieldDomId(key);
    return html`<div class="field field--textarea">
      <label for=${id}>${label}</label>
      <textarea
        id=${id}
        rows="3"
        .value=${live(value ?? '')}
        ?readonly=${this.readOnly}
        ?disabled=${this.#formDisabled}
        maxlength=${maxLength}
        aria-invalid=${ifDefined(this.#invalid(key))}
        aria-describedby=${ifDefined(this.#describedBy(key))}
        @input=${(event: Event) => onValue(targetValue(event))}
        @change=${this.#onInnerChange}
      ></textarea>
      ${this.#renderFieldError(key)}
    </div>`;
  }

  #renderSelect(key: string, label: string, value: string | undefined, choices: readonly Choice[], onValue: (value: string) => void, emptyLabel: string): TemplateResult {
    const id = fieldDomId(key);
    const selected = value ?? '';
    return html`<div class="field field--select">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        ?disabled=${this.#locked}
        aria-invalid=${ifDefined(this.#invalid(key))}
        aria-describedby=${ifDefined(this.#describedBy(key))}
        @change=${(event: Event) => onValue(targetValue(event))}
      >
        <option value="" ?selected=${selected === ''}>${emptyLabel}</option>
        ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === selected}>${choice.label}</option>`)}
      </select>
      ${this.#renderFieldError(key)}
    </div>`;
  }

  #renderCheckboxGroup(
    key: string,
    legend: string,
    choices: readonly Choice[],
    selected: readonly string[],
    onToggle: (value: string, checked: boolean) => void,
    emptyText: string,
  ): TemplateResult {
    const id = fieldDomId(key);
    return html`<fieldset class="group" aria-describedby=${ifDefined(this.#describedBy(key))}>
      <legend>${legend}</legend>
      ${choices.length === 0
        ? html`<p class="empty" id=${id} tabindex="-1">${emptyText}</p>`
        : choices.map(
            (choice, index) => html`<div class="check">
              <input
                type="checkbox"
                id=${index === 0 ? id : `${id}-${index}`}
                .checked=${live(selected.includes(choice.value))}
                ?disabled=${this.#locked}
                aria-invalid=${ifDefined(this.#invalid(key))}
                @change=${(event: Event) => onToggle(choice.value, targetChecked(event))}
              />
              <label for=${index === 0 ? id : `${id}-${index}`}>${choice.label}</label>
            </div>`,
          )}
      ${this.#renderFieldError(key)}
    </fieldset>`;
  }

  #actorChoices(): readonly Choice[] {
    return this.actors.map((actor) => ({ value: actor.id, label: actor.title === undefined ? actor.name : `${actor.name}, ${actor.title}` }));
  }

  #memberChoices(): readonly Choice[] {
    return (this.config?.family.members ?? []).map((member) => ({ value: member.id, label: personName(member) }));
  }

  // ── Rendering ────────────────────────────────────────────────────────────────────────────────

  protected override renderContent(): unknown {
    if (this.#attributeIssues.length > 0) return this.#renderAttributeError();
    const draft = this.#draft;
    const config = this.config;
    if (draft === undefined || config === undefined) {
      return html`${this.#status.render()}
        <p class="waiting">${this.localize.term('loading')}</p>`;
    }
    const t = this.#terms;
    return html`${this.#status.render()}
      <div class="form" part="form" @input=${this.#stopInner} @change=${this.#stopInner}>
        ${this.#renderDraftState()}
        ${this.readOnly ? html`<p class="notice" part="notice">${t.readOnlyNotice}</p>` : nothing} ${this.#renderErrorSummary()}
        ${this.#renderProgress()} ${FIELD_VISIT_SECTIONS.map((section) => this.#renderSection(section, draft, config))}
        ${this.#renderPluginSections(draft)}
        ${this.readOnly
          ? nothing
          : html`<div class="actions">
              <button type="button" class="submit" part="submit" ?disabled=${this.#formDisabled} @click=${() => void this.submit()}>
                ${t.submit}
              </button>
            </div>`}
      </div>`;
  }

  #renderDraftState(): unknown {
    const terms = draftTerms(this.localize.language);
    return html`${renderDraftStatus(this.#drafts.state, terms, (at) => this.localize.formatDate(at, 'time'), (state) => this.localize.issueMessage(state.issue))}
    ${this.#drafts.renderConflict(terms, { label: (path) => this.#labelFor(fieldKeyOfDraftPath(path, this.#draft, this.config?.family.members ?? [])) ?? path.join(' › '), value: (value) => describeValue(value), headingLevel: this.topHeadingLevel }, 'fv')}`;
  }

  #renderAttributeError(): TemplateResult {
    const t = this.#terms;
    return html`<div class="error-state" role="alert" part="error">
      <p class="error-state__title">${this.localize.term('errorConfigurationTitle')}</p>
      <p class="error-state__intro">${this.localize.term('errorConfigurationIntro')}</p>
      <ul class="error-state__issues">
        ${this.#attributeIssues.map((issue) => html`<li>${t.invalidAttribute(String(issue.path[0]))} ${this.localize.issueMessage(issue)}</li>`)}
      </ul>
    </div>`;
  }

  #renderErrorSummary(): TemplateResult | typeof nothing {
    if (!this.#attempted || this.#currentIssues.length === 0) return nothing;
    const issues = this.#currentIssues;
    return html`<section class="error-summary" part="error-summary" aria-labelledby="fv-error-summary-title">
      ${this.renderHeading(0, this.#terms.errorSummaryTitle(issues.length), { id: 'fv-error-summary-title', className: 'error-summary__title', focusable: true })}
      <ul class="error-summary__list">
        ${issues.map((issue) => {
          const key = this.#keyFor(issue);
          const text = this.#summaryText(issue, key);
          return key === undefined
            ? html`<li>${text}</li>`
            : html`<li><a href="#${fieldDomId(key)}" @click=${(event: Event) => this.#focusField(event, key)}>${text}</a></li>`;
        })}
      </ul>
    </section>`;
  }

  #focusField(event: Event, key: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${fieldDomId(key)}`);
    target?.focus();
  }

  #renderProgress(): TemplateResult | typeof nothing {
    const progress = this.#progress;
    if (progress === undefined) return nothing;
    const t = this.#terms;
    const stateText = { filled: t.stateFilled, declined: t.stateDeclined, empty: t.stateEmpty } as const;
    return html`<nav class="progress" part="progress" aria-label=${t.sectionsNavLabel}>
      <p class="progress__summary">${this.localize.term('progress', progress.filled + progress.declined, progress.total)}</p>
      <ol class="progress__list">
        ${progress.sections.map(
          (section) => html`<li class="progress__item progress__item--${section.state}">
            <a href="#fv-section-${section.sectionId}" @click=${(event: Event) => this.#goToSection(event, section.sectionId)}
              >${this.#sectionLabel(section.sectionId)}</a
            >
            <span class="progress__state"
              >${stateText[section.state]}${section.required && section.state === 'empty' ? ` (${t.stateRequired})` : ''}</span
            >
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  #goToSection(event: Event, sectionId: FieldVisitSectionId): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#fv-heading-${sectionId}`)?.focus();
  }

  #renderSection(section: FieldVisitSection, draft: FieldVisitDraft, config: FieldVisitFormConfig): TemplateResult {
    const declined = section.declinable && isDeclined(draft, section.id);
    const locale = this.#locale;
    const errors = this.#sectionErrorSignature.get(section.id) ?? '';
    return html`<section
      class="section ${declined ? 'section--declined' : ''}"
      id="fv-section-${section.id}"
      aria-labelledby="fv-heading-${section.id}"
      part="section"
    >
      ${this.renderHeading(0, section.label[locale], { id: `fv-heading-${section.id}`, className: 'section__heading', focusable: true })}
      <p class="section__hint">${section.hint[locale]}</p>
      ${section.declinable ? this.#renderDecline(section, declined) : nothing} ${this.#renderSectionBody(section.id, draft, config, errors)}
    </section>`;
  }

  // Sections a plugin adds come after core's, in their `order`. The plugin's own element renders
  // the fields; the form hands it the section's data and keeps what it reports in
  // `draft.extensions[section id]`, so the data travels with the draft, the value and submit.
  #renderPluginSections(draft: FieldVisitDraft): unknown {
    const sections = [...pluginRegistry.fieldVisitSections()].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    const locale = this.#locale;
    return sections.map((section) => {
      const element = pluginSectionElement(section, this.#pluginSectionElements, this.ownerDocument);
      if (element !== undefined) {
        element.value = draft.extensions?.[section.id];
        element.disabled = this.#locked;
      }
      return html`<section class="section" id="fv-section-plugin-${section.id}" aria-labelledby="fv-heading-plugin-${section.id}" part="section" data-plugin-section=${section.id}>
        ${this.renderHeading(0, section.label[locale], { id: `fv-heading-plugin-${section.id}`, className: 'section__heading', focusable: true })}
        ${section.description === undefined ? nothing : html`<p class="section__hint">${section.description[locale]}</p>`}
        <div @samspil-section-change=${(event: CustomEvent<{ value?: unknown }>) => this.#onPluginSectionChange(section.id, event)}>${element ?? nothing}</div>
      </section>`;
    });
  }

  #onPluginSectionChange(sectionId: string, event: CustomEvent<{ value?: unknown }>): void {
    event.stopPropagation();
    const value: unknown = event.detail?.value;
    this.#edit((draft) => {
      const extensions: Record<string, unknown> = { ...(draft.extensions ?? {}) };
      if (value === undefined) delete extensions[sectionId];
      else extensions[sectionId] = value;
      return { ...draft, extensions };
    }, true);
  }

  #renderDecline(section: FieldVisitSection, declined: boolean): TemplateResult {
    const id = `fv-decline-${section.id}`;
    return html`<div class="decline check">
      <input type="checkbox" id=${id} .checked=${live(declined)} ?disabled=${this.#locked} @change=${(event: Event) => this.#toggleDecline(section, targetChecked(event))} />
      <label for=${id}>${this.localize.term('declinedToDiscuss')}</label>
    </div>`;
  }

  #toggleDecline(section: FieldVisitSection, declined: boolean): void {
    const draft = this.#draft;
    if (draft === undefined) return;
    const label = section.label[this.#locale];
    if (!declined) {
      this.#commit(withoutSectionDecline(draft, section.id), true);
      this.#announce(this.#terms.sectionResumed(label));
      return;
    }
    const at = this.#nowIso();
    const result = declineFieldVisitTopic(draft, { sectionId: section.id, now: at }, { locale: this.localize.coreLocale });
    // Core reads the whole draft; while another field holds something it rejects (a half-typed
    // language code), the decline is still recorded so the person's choice is never lost.
    const next = result.ok ? result.value : { ...draft, declinedTopics: [...draft.declinedTopics, { sectionId: section.id, at }] };
    this.#commit(next, true);
    this.#announce(this.#terms.sectionDeclined(label));
  }

  #renderSectionBody(id: FieldVisitSectionId, draft: FieldVisitDraft, config: FieldVisitFormConfig, errors: string): unknown {
    const env = this.#environment;
    switch (id) {
      case 'facts':
        return guard(
          [env, errors, draft.kind, draft.date, draft.startTime, draft.endTime, draft.place, draft.visitors, draft.membersPresent, draft.hostActorId, draft.interpreter],
          () => this.#renderFacts(draft, config),
        );
      case 'wellbeing':
        return this.#renderWellbeing(draft, config, errors);
      case 'resources':
        return guard([env, errors, draft.resources], () => this.#renderResources(draft, config));
      case 'own-words':
        return guard([env, errors, draft.familyOwnWords], () =>
          this.#renderTextarea('familyOwnWords', this.#terms.ownWords, draft.familyOwnWords, (value) => this.#edit((d) => withField(d, 'familyOwnWords', value)), LONG),
        );
      case 'agreements':
        return guard([env, errors, draft.agreements], () => this.#renderAgreements(draft, config));
      case 'consent':
        return guard([env, errors, draft.consentExplained], () => this.#renderConsent(draft));
      case 'follow-up':
        return guard([env, errors, draft.followUp], () => this.#renderFollowUp(draft));
    }
  }

  #renderFacts(draft: FieldVisitDraft, config: FieldVisitFormConfig): TemplateResult {
    const t = this.#terms;
    const interpreter = draft.interpreter ?? {};
    const languages = [
      ...new Set(config.family.members.flatMap((member) => [...member.languages, ...(member.interpreterNeed === undefined ? [] : [member.interpreterNeed.language])])),
    ];
    const kinds: readonly Choice[] = [
      { value: 'home', label: t.kindHome },
      { value: 'professional', label: t.kindProfessional },
    ];
    return html`<fieldset class="group group--inline">
        <legend>${t.kind}</legend>
        ${kinds.map(
          (choice) => html`<div class="check">
            <input
              type="radio"
              name="fv-kind"
              id="fv-field-kind-${choice.value}"
              value=${choice.value}
              .checked=${live(draft.kind === choice.value)}
              ?disabled=${this.#locked}
              @change=${() => this.#setKind(choice.value)}
            />
            <label for="fv-field-kind-${choice.value}">${choice.label}</label>
          </div>`,
        )}
      </fieldset>
      <div class="row">
        ${this.#renderInput('date', t.date, draft.date, (value) => this.#edit((d) => withField(d, 'date', value)), { type: 'date' })}
        ${this.#renderInput('startTime', t.startTime, draft.startTime, (value) => this.#edit((d) => withField(d, 'startTime', value)), { type: 'time' })}
        ${this.#renderInput('endTime', t.endTime, draft.endTime, (value) => this.#edit((d) => withField(d, 'endTime', value)), { type: 'time' })}
      </div>
      ${this.#renderInput('place', t.place, draft.place, (value) => this.#edit((d) => withField(d, 'place', value)))}
      ${this.#renderCheckboxGroup(
        'visitors',
        t.visitors,
        this.#actorChoices(),
        draft.visitors,
        (id, checked) => this.#edit((d) => withListMember(d, 'visitors', id, checked), true),
        t.noActors,
      )}
      ${this.#renderCheckboxGroup(
        'membersPresent',
        t.membersPresent,
        this.#memberChoices(),
        draft.membersPresent,
        (id, checked) => this.#edit((d) => withListMember(d, 'membersPresent', id, checked), true),
        '',
      )}
      ${draft.kind === 'professional' || draft.hostActorId !== undefined
        ? this.#renderSelect('hostActorId', t.hostActor, draft.hostActorId, this.#actorChoices(), (value) => this.#edit((d) => withField(d, 'hostActorId', value), true), t.chooseOne)
        : nothing}
      <fieldset class="group">
        <legend>${t.interpreter}</legend>
        ${this.#renderSelect(
          'interpreter.mode',
          t.interpreterMode,
          interpreter.mode,
          [
            { value: 'in-person', label: t.modeInPerson },
            { value: 'phone', label: t.modePhone },
            { value: 'video', label: t.modeVideo },
          ],
          (value) => this.#edit((d) => withNested(d, 'interpreter', 'mode', value), true),
          t.interpreterModeNone,
        )}
        ${this.#renderInput('interpreter.language', t.interpreterLanguage, interpreter.language, (value) => this.#edit((d) => withNested(d, 'interpreter', 'language', value)), {
          hint: t.interpreterLanguageHint,
          maxLength: 35,
          list: 'fv-languages',
        })}
        <datalist id="fv-languages">${languages.map((language) => html`<option value=${language}></option>`)}</datalist>
        ${this.#renderInput('interpreter.name', t.interpreterName, interpreter.name, (value) => this.#edit((d) => withNested(d, 'interpreter', 'name', value)))}
      </fieldset>`;
  }

  #setKind(kind: string): void {
    if (kind !== 'home' && kind !== 'professional') return;
    this.#edit((d) => ({ ...d, kind }), true);
    this.kind = kind;
  }

  #renderWellbeing(draft: FieldVisitDraft, config: FieldVisitFormConfig, errors: string): unknown {
    const members = config.family.members
      .map((member, index) => ({ member, index }))
      .filter(({ member }) => draft.membersPresent.includes(member.id) || draft.observations.some((item) => item.personId === member.id));
    if (members.length === 0) return html`<p class="empty">${this.#terms.wellbeingNoMembers}</p>`;
    return html`<div class="members">
      ${repeat(
        members,
        ({ member }) => member.id,
        ({ member, index }) => {
          const signature = draft.observations
            .filter((item) => item.personId === member.id)
            .map((item) => `${item.id}\u0000${item.attentionPointCode ?? ''}\u0000${item.text ?? ''}`)
            .join('\u0001');
          return guard([this.#environment, errors, member, signature, this.#expanded.has(member.id), this.#searches.get(member.id), isCatalogueLoaded(), this.#catalogueFailed], () =>
            this.#renderMember(member, index),
          );
        },
      )}
    </div>`;
  }

  #renderMember(member: Person, index: number): TemplateResult {
    const draft = this.#draft;
    if (draft === undefined) return html``;
    const t = this.#terms;
    const name = personName(member);
    const band = this.#bandOf(member);
    const bandLabel = AGE_BANDS.find((info) => info.id === band)?.label[this.#locale];
    const codes = memberCodes(draft, member.id);
    const expanded = this.#expanded.has(member.id);
    const pointsId = `fv-member-${index}-points`;
    return html`<div class="member" role="group" aria-labelledby="fv-member-${index}-name">
      ${this.renderHeading(1, html`${name}${bandLabel === undefined ? nothing : html` <span class="member__band">${bandLabel}</span>`}`, {
        id: `fv-member-${index}-name`,
        className: 'member__name',
      })}
      ${this.#renderTextarea(
        `wellbeing.${index}`,
        t.observation(name),
        memberNote(draft, member.id)?.text,
        (value) => this.#edit((d) => withMemberNote(d, member.id, value, () => newId('observation'))),
        TEXT,
      )}
      <button type="button" class="disclosure" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${pointsId} @click=${() => this.#toggleMember(member.id)}>
        ${t.attentionPointsToggle(name, codes.size)}
      </button>
      <div class="points" id=${pointsId} ?hidden=${!expanded}>${expanded ? this.#renderPoints(member, index, band, codes) : nothing}</div>
    </div>`;
  }

  #toggleMember(personId: string): void {
    if (this.#expanded.has(personId)) this.#expanded.delete(personId);
    else this.#expanded.add(personId);
    this.#expanded = new Set(this.#expanded);
    this.requestUpdate();
  }

  #renderPoints(member: Person, index: number, band: AgeBand | undefined, codes: ReadonlySet<string>): TemplateResult {
    const t = this.#terms;
    const checks = loadedVisitChecks();
    if (!isCatalogueLoaded() || checks === undefined) return this.#renderCatalogueWait();
    const locale = this.#locale;
    const catalogue = checks.bandCatalogue(pluginRegistry, band);
    const query = (this.#searches.get(member.id) ?? '').trim().toLocaleLowerCase(locale);
    const visible = (entry: AttentionCatalogueEntry) => query === '' || codes.has(entry.code) || entry.label[locale].toLocaleLowerCase(locale).includes(query);
    const count = catalogue.entries.filter(visible).length;
    const searchId = `fv-member-${index}-search`;
    const matchesId = `fv-member-${index}-matches`;
    const column = (title: string, groups: typeof catalogue.resources) => {
      const shown = groups.map((group) => ({ group, entries: group.entries.filter(visible) })).filter(({ entries }) => entries.length > 0);
      return html`<div class="points__column">
        ${this.renderHeading(2, title, { className: 'points__title' })}
        ${shown.map(
          ({ group, entries }) => html`<fieldset class="group group--points">
            <legend>${group.category.label[locale]}</legend>
            ${entries.map((entry) => {
              const id = `fv-ap-${index}-${catalogue.entries.indexOf(entry)}`;
              return html`<div class="check" data-code=${entry.code}>
                <input
                  type="checkbox"
                  id=${id}
                  .checked=${live(codes.has(entry.code))}
                  ?disabled=${this.#locked}
                  @change=${(event: Event) =>
                    this.#edit((d) => withMemberCode(d, member.id, entry.code, targetChecked(event), entry.label[locale], () => newId('observation')), true)}
                />
                <label for=${id}>${entry.label[locale]}</label>
              </div>`;
            })}
          </fieldset>`,
        )}
      </div>`;
    };
    return html`<div class="field field--search">
        <label for=${searchId}>${t.searchAttentionPoints(personName(member))}</label>
        <input
          type="search"
          id=${searchId}
          autocomplete="off"
          maxlength="100"
          .value=${live(this.#searches.get(member.id) ?? '')}
          aria-describedby=${matchesId}
          @input=${(event: Event) => this.#setSearch(member.id, targetValue(event))}
        />
        <p class="hint" id=${matchesId}>${t.attentionMatches(count)}</p>
      </div>
      ${count === 0
        ? html`<p class="empty">${t.noMatches}</p>`
        : html`<div class="points__columns">${column(t.resourcesColumn, catalogue.resources)} ${column(t.concernsColumn, catalogue.concerns)}</div>`}`;
  }

  // Shown in an opened list while the catalogue is on the way, or when its chunk could not be fetched.
  #renderCatalogueWait(): TemplateResult {
    if (!this.#catalogueFailed) return html`<p class="hint" role="status">${this.localize.term('loading')}</p>`;
    return html`<p class="hint" role="status">${this.#terms.attentionPointsUnavailable}</p>
      <button type="button" @click=${() => void this.#loadCatalogue()}>${this.#terms.tryAgain}</button>`;
  }

  /**
   * Fetches the shipped catalogue and the submit rules once (every form on the page shares them),
   * with `afterPaint` only once the next frame is painted. When they arrive, the visit is checked
   * (again) and the open lists fill in. Resolves `false` when a chunk could not be fetched; the next
   * call tries again.
   */
  #loadCatalogue(afterPaint = false): Promise<boolean> {
    if (isCatalogueLoaded()) return Promise.resolve(true);
    if (this.#catalogueLoading === undefined) {
      this.#catalogueFailed = false;
      const loading = (afterPaint ? afterNextPaint() : Promise.resolve()).then(loadCatalogue).then((loaded) => {
        if (this.#catalogueLoading === loading) this.#catalogueLoading = undefined;
        this.#catalogueFailed = !loaded;
        this.#validityDirty = true;
        this.#scheduleValidity();
        this.requestUpdate();
        return loaded;
      });
      this.#catalogueLoading = loading;
    }
    return this.#catalogueLoading;
  }

  /** Also waits for the attention-point catalogue while it is on the way, and its render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return settleUpdates(await super.getUpdateComplete(), () => this.#catalogueLoading, () => super.getUpdateComplete());
  }

  #setSearch(personId: string, query: string): void {
    this.#searches = new Map(this.#searches).set(personId, query);
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const member = this.config?.family.members.find((candidate) => candidate.id === personId);
      const index = this.config?.family.members.indexOf(member as Person) ?? -1;
      const text = this.renderRoot.querySelector(`#fv-member-${index}-matches`)?.textContent;
      if (text) this.#announce(text);
    });
  }

  #renderRowList(kind: RowKind, rows: readonly { id: string }[], emptyText: string, addLabel: string, renderRow: (row: never, index: number) => TemplateResult): TemplateResult {
    const addKey = `${kind}.add`;
    return html`${rows.length === 0
        ? html`<p class="empty">${emptyText}</p>`
        : html`<ol class="rows">
            ${repeat(rows, (row) => row.id, (row, index) => html`<li class="rows__item">${renderRow(row as never, index)}</li>`)}
          </ol>`}
      ${this.#locked
        ? nothing
        : html`<button
            type="button"
            class="add"
            id=${fieldDomId(addKey)}
            aria-describedby=${ifDefined(this.#describedBy(addKey))}
            @click=${() => void this.#addRow(kind)}
          >
            ${addLabel}
          </button>`}
      ${this.#renderFieldError(addKey)}`;
  }

  #removeButton(kind: RowKind, id: string, index: number, label: string): TemplateResult | typeof nothing {
    if (this.#locked) return nothing;
    return html`<button type="button" class="remove" id="fv-${kind}-${index}-remove" @click=${() => void this.#removeRow(kind, id, index)}>${label}</button>`;
  }

  #firstFieldOf(kind: RowKind, index: number): string {
    return fieldDomId(`${kind}.${index}.${kind === 'agreements' ? 'action' : 'text'}`);
  }

  async #addRow(kind: RowKind): Promise<void> {
    const draft = this.#draft;
    if (draft === undefined || this.#locked) return;
    this.#commit(withNewRow(draft, kind, newId(kind === 'agreements' ? 'agreement' : 'resource')), true);
    const position = (this.#draft?.[kind].length ?? 1);
    this.#announce(kind === 'agreements' ? this.#terms.agreementAdded(position) : this.#terms.resourceAdded(position));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.#firstFieldOf(kind, position - 1)}`)?.focus();
  }

  async #removeRow(kind: RowKind, id: string, index: number): Promise<void> {
    const draft = this.#draft;
    if (draft === undefined || this.#locked) return;
    this.#commit(withoutRow(draft, kind, id), true);
    this.#announce(kind === 'agreements' ? this.#terms.agreementRemoved(index + 1) : this.#terms.resourceRemoved(index + 1));
    await this.updateComplete;
    const remaining = this.#draft?.[kind].length ?? 0;
    const target = remaining === 0 ? fieldDomId(`${kind}.add`) : this.#firstFieldOf(kind, Math.min(index, remaining - 1));
    this.renderRoot.querySelector<HTMLElement>(`#${target}`)?.focus();
  }

  #renderResources(draft: FieldVisitDraft, config: FieldVisitFormConfig): TemplateResult {
    const t = this.#terms;
    const who: Choice[] = config.family.members.map((member) => ({ value: member.id, label: personName(member) }));
    return this.#renderRowList('resources', draft.resources, t.noResources, t.addResource, (row: FieldVisitDraft['resources'][number], index: number) => {
      const update = (field: string, value: string) => this.#edit((d) => withRow(d, 'resources', row.id, (current) => rowField(current, field, value)), field === 'personId');
      return html`<fieldset class="group row-group">
        <legend>${t.resource(index + 1)}</legend>
        ${this.#renderTextarea(`resources.${index}.text`, t.resourceText, row.text, (value) => update('text', value), TEXT)}
        ${this.#renderSelect(`resources.${index}.who`, t.resourceWho, row.personId, who, (value) => update('personId', value), t.wholeFamily)}
        ${this.#removeButton('resources', row.id, index, t.removeResource(index + 1))}
      </fieldset>`;
    });
  }

  #renderAgreements(draft: FieldVisitDraft, config: FieldVisitFormConfig): TemplateResult {
    const t = this.#terms;
    return this.#renderRowList('agreements', draft.agreements, t.noAgreements, t.addAgreement, (row: FieldVisitDraft['agreements'][number], index: number) => {
      const ownerKey = `agreements.${index}.owner`;
      const ownerId = fieldDomId(ownerKey);
      const owner = row.ownerActorId !== undefined ? `actor:${row.ownerActorId}` : row.ownerPersonId !== undefined ? `person:${row.ownerPersonId}` : '';
      const setOwner = (value: string) =>
        this.#edit(
          (d) =>
            withRow(d, 'agreements', row.id, (current) => {
              const { ownerActorId: _actor, ownerPersonId: _person, ...rest } = current;
              if (value.startsWith('actor:')) return { ...rest, ownerActorId: value.slice(6) };
              if (value.startsWith('person:')) return { ...rest, ownerPersonId: value.slice(7) };
              return rest;
            }),
          true,
        );
      const update = (field: string, value: string) => this.#edit((d) => withRow(d, 'agreements', row.id, (current) => rowField(current, field, value)), field === 'dueDate');
      return html`<fieldset class="group row-group">
        <legend>${t.agreement(index + 1)}</legend>
        ${this.#renderInput(`agreements.${index}.action`, t.agreementAction, row.action, (value) => update('action', value), { maxLength: TEXT })}
        <div class="field field--select">
          <label for=${ownerId}>${t.agreementOwner}</label>
          <select
            id=${ownerId}
            ?disabled=${this.#locked}
            aria-invalid=${ifDefined(this.#invalid(ownerKey))}
            aria-describedby=${ifDefined(this.#describedBy(ownerKey))}
            @change=${(event: Event) => setOwner(targetValue(event))}
          >
            <option value="" ?selected=${owner === ''}>${t.chooseOne}</option>
            <optgroup label=${t.ownerActors}>
              ${this.actors.map((actor) => html`<option value="actor:${actor.id}" ?selected=${owner === `actor:${actor.id}`}>${actor.name}</option>`)}
            </optgroup>
            <optgroup label=${t.ownerMembers}>
              ${config.family.members.map(
                (member) => html`<option value="person:${member.id}" ?selected=${owner === `person:${member.id}`}>${personName(member)}</option>`,
              )}
            </optgroup>
          </select>
          ${this.#renderFieldError(ownerKey)}
        </div>
        ${this.#renderInput(`agreements.${index}.dueDate`, t.agreementDue, row.dueDate, (value) => update('dueDate', value), { type: 'date' })}
        ${this.#removeButton('agreements', row.id, index, t.removeAgreement(index + 1))}
      </fieldset>`;
    });
  }

  #renderConsent(draft: FieldVisitDraft): TemplateResult {
    const t = this.#terms;
    const consent = draft.consentExplained ?? {};
    const key = 'consentExplained.explained';
    const choices = [
      { value: true, label: t.yes, id: fieldDomId(key) },
      { value: false, label: t.no, id: `${fieldDomId(key)}-no` },
    ];
    return html`<fieldset class="group group--inline" aria-describedby=${ifDefined(this.#describedBy(key))}>
        <legend>${t.consentExplained}</legend>
        ${choices.map(
          (choice) => html`<div class="check">
            <input
              type="radio"
              name="fv-consent"
              id=${choice.id}
              .checked=${live(consent.explained === choice.value)}
              ?disabled=${this.#locked}
              aria-invalid=${ifDefined(this.#invalid(key))}
              @change=${() => this.#edit((d) => withNested(d, 'consentExplained', 'explained', choice.value), true)}
            />
            <label for=${choice.id}>${choice.label}</label>
          </div>`,
        )}
        ${this.#renderFieldError(key)}
      </fieldset>
      ${this.#renderSelect('consentExplained.by', t.consentBy, consent.by, this.#actorChoices(), (value) => this.#edit((d) => withNested(d, 'consentExplained', 'by', value), true), t.chooseOne)}
      ${this.#renderTextarea('consentExplained.notes', t.consentNotes, consent.notes, (value) => this.#edit((d) => withNested(d, 'consentExplained', 'notes', value)), LONG)}`;
  }

  #renderFollowUp(draft: FieldVisitDraft): TemplateResult {
    const t = this.#terms;
    const followUp = draft.followUp ?? {};
    return html`${this.#renderInput('followUp.date', t.followUpDate, followUp.date, (value) => this.#edit((d) => withNested(d, 'followUp', 'date', value)), { type: 'date' })}
    ${this.#renderTextarea('followUp.notes', t.followUpNotes, followUp.notes, (value) => this.#edit((d) => withNested(d, 'followUp', 'notes', value)), LONG)}`;
  }
}
