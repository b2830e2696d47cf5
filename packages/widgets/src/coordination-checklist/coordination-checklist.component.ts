/**
 * The `SamspilCoordinationChecklist` class without registering a tag: for a portal that defines
 * the element under its own name or extends it. `@samspil/widgets/coordination-checklist`
 * registers it.
 *
 * @module @samspil/widgets/coordination-checklist/component
 */
import {
  ACTOR_ROLES,
  ACTOR_SECTORS,
  Id,
  IsoDate,
  assignPreparedChecklistItem,
  blockedItems,
  checklistProgress,
  createIssue,
  fail,
  formatMessage,
  ok,
  overdueItems,
  parseActors,
  parseChecklistInstance,
  parseChecklistTemplate,
  parseInput,
  prepareChecklist,
  setPreparedChecklistItemStatus,
} from '@samspil/core';
import type {
  Actor,
  ChecklistInstance,
  ChecklistItemStatus,
  ChecklistProgress,
  ChecklistTemplate,
  Issue,
  LocaleOptions,
  LocalizedText,
  PreparedChecklist,
  Result,
} from '@samspil/core';
import { lightFormat } from 'date-fns/lightFormat';
import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ref } from 'lit/directives/ref.js';
import { z } from '@samspil/core';
import { shippedChecklistTemplates } from '../kit/content/shipped-content.js';
import { afterNextPaint } from '../kit/after-next-paint.js';
import { LiveRegionController } from '../kit/live-region-controller.js';
import { PluginRegistryController } from '../kit/plugins/plugin-registry-controller.js';
import { pluginRegistry } from '../kit/plugins/plugin-registry.js';
import { readInlineConfiguration } from '../kit/read-inline-configuration.js';
import { SamspilElement } from '../kit/samspil-element.js';
import { kitStyles } from '../kit/styles/kit.styles.js';
import { checklistTerm } from './checklist-term.js';
import type { ChecklistTermArgs, ChecklistTermKey } from './checklist-term.js';
import { coordinationChecklistStyles } from './coordination-checklist.styles.js';
import { expandLazyOptions, lazyOptions } from './internal/lazy-options.js';
import type { SelectChoice } from './internal/lazy-options.js';
import { SamspilChecklistChangeEvent } from './samspil-checklist-change-event.js';
import { settleUpdates } from '../kit/settle-updates.js';
import { SelectKeyboardPreview } from '../kit/select-keyboard-preview.js';

// The checklist reads plugins' templates, so it brings core's parser for them (decision 0013).
pluginRegistry.useParser('checklistTemplates', parseChecklistTemplate);

/** Which items the checklist shows. */
export type ChecklistFilter = 'all' | 'mine' | 'overdue' | 'open';

const FILTERS: readonly ChecklistFilter[] = ['all', 'mine', 'overdue', 'open'];
const STATUS_TERM = {
  open: 'statusOpen',
  'in-progress': 'statusInProgress',
  done: 'statusDone',
  'not-relevant': 'statusNotRelevant',
} as const satisfies Record<ChecklistItemStatus, ChecklistTermKey>;
const FILTER_TERM = {
  all: 'filterAll',
  mine: 'filterMine',
  overdue: 'filterOverdue',
  open: 'filterOpen',
} as const satisfies Record<ChecklistFilter, ChecklistTermKey>;

/** The validated data the checklist shows. */
export interface CoordinationChecklistModel {
  readonly template: ChecklistTemplate | undefined;
  readonly instance: ChecklistInstance | undefined;
  readonly actors: readonly Actor[];
}

// The inline JSON block (or the `config` property): each part is checked with its core parser.
const ConfigShape = z.strictObject({
  template: z.optional(z.unknown()),
  templateId: z.optional(Id),
  instance: z.optional(z.unknown()),
  actors: z.optional(z.unknown()),
});

/** Inline JSON that could not be read, carried to `parseConfig` so the kit shows its error state. */
class UnreadableInline {
  constructor(readonly issues: readonly Issue[]) {}
}

interface ItemView {
  readonly id: string;
  readonly title: string;
  readonly status: ChecklistItemStatus;
  readonly settled: boolean;
  readonly ownerActorId: string | undefined;
  /** No owner, an unknown owner when the instance names one, then the actors: shared unless unknown. */
  readonly ownerChoices: readonly SelectChoice[];
  readonly expected: string;
  readonly due: string;
  readonly overdue: boolean;
  readonly dependencies: string;
  readonly note: string | undefined;
}

interface ItemMemo {
  readonly state: ChecklistInstance['items'][number] | undefined;
  readonly overdue: boolean;
  readonly waiting: string;
  readonly view: ItemView;
}

interface PhaseView {
  readonly id: string;
  readonly title: string;
  readonly items: readonly ItemView[];
}

interface OwnerChoices {
  readonly actors: readonly Actor[];
  readonly language: string;
  readonly owners: readonly SelectChoice[];
  readonly choicesFor: (ownerActorId: string | undefined) => readonly SelectChoice[];
}

interface Derived {
  readonly title: string;
  readonly phases: readonly PhaseView[];
  readonly titles: ReadonlyMap<string, string>;
  readonly progress: ChecklistProgress | undefined;
  readonly total: number;
  readonly owners: readonly SelectChoice[];
  readonly statuses: Readonly<Record<ChecklistItemStatus, string>>;
}

const SECTOR_LABELS = new Map(ACTOR_SECTORS.map((sector) => [sector.id as string, sector.label]));
const ROLE_LABELS = new Map(ACTOR_ROLES.map((role) => [role.id as string, role.label]));

function pick(text: LocalizedText | undefined, language: string): string {
  if (text === undefined) return '';
  return language === 'en' ? text.en : text.da;
}

function titlesOfTemplate(template: ChecklistTemplate, language: string): ReadonlyMap<string, string> {
  const titles = new Map<string, string>();
  for (const phase of template.phases) for (const item of phase.items) titles.set(item.id, pick(item.title, language));
  return titles;
}

function under(issues: readonly Issue[], prefix: string): Issue[] {
  return issues.map((issue) => ({ ...issue, path: [prefix, ...issue.path] }));
}

function sameItemView(a: ItemView, b: ItemView): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.status === b.status &&
    a.settled === b.settled &&
    a.ownerActorId === b.ownerActorId &&
    a.ownerChoices === b.ownerChoices &&
    a.expected === b.expected &&
    a.due === b.due &&
    a.overdue === b.overdue &&
    a.dependencies === b.dependencies &&
    a.note === b.note
  );
}

function isFilter(value: unknown): value is ChecklistFilter {
  return typeof value === 'string' && (FILTERS as readonly string[]).includes(value);
}

// The phase's item count feeds its `contain-intrinsic-block-size`, so off-screen phases reserve
// about the right space. Set through the CSSOM, not a `style` attribute: a strict CSP without
// 'unsafe-inline' refuses inline style attributes. Callbacks are cached per count so Lit's `ref`
// sees the same function on every render and does no work.
const phaseSizeHints = new Map<number, (element?: Element) => void>();
function phaseSizeHint(items: number): (element?: Element) => void {
  let hint = phaseSizeHints.get(items);
  if (hint === undefined) {
    hint = (element?: Element) => {
      if (element instanceof HTMLElement) element.style.setProperty('--_phase-items', String(items));
    };
    phaseSizeHints.set(items, hint);
  }
  return hint;
}

/**
 * A family's coordination checklist: the items of a template grouped by phase, each with its
 * status, the actor responsible (picked from the family's actors), its due date marked when it
 * is overdue, and what it waits for. Core does the domain work: a change goes through
 * `setChecklistItemStatus` / `assignChecklistItem`, and what core refuses (such as marking an
 * item done while it still waits for another) is shown next to the item and announced.
 *
 * The template is found by id (the `template-id` attribute, the JSON's `templateId`, or the
 * instance's own `templateId` and version) among core's `CHECKLIST_TEMPLATES` and the plugin
 * registry's templates, or given whole as the `template` property or the JSON's `template`.
 * Properties override the JSON's fields and are validated together in the next update (`await
 * element.updateComplete`); anything core rejects shows the kit's error state.
 *
 * Stepping through a closed status or owner select with the keyboard (arrow keys, Home/End,
 * letters) only shows the option; Enter, or leaving the select, saves it, and Escape puts back the
 * saved one. So `samspil-checklist-change` fires once, for the option the user settles on, not
 * for every option passed on the way. A choice from the open list or with the pointer saves at
 * once.
 *
 * Each owner select holds only the chosen owner until it is focused or pressed, and then lists
 * every actor: hundreds of items do not build one option per item and actor. (A test script that
 * sets an owner select's value should focus it first.)
 *
 * @tagname samspil-coordination-checklist
 * @summary A family's coordination checklist, grouped by phase, with owners, due dates and progress.
 *
 * @attr template-id - Id of the template to use when the instance alone is ambiguous; property `templateId`.
 * @attr current-actor-id - The actor using the page; the "mine" filter shows their items. Property `currentActorId`.
 * @attr today - `YYYY-MM-DD` that due dates are compared with. Default: the browser's local date. Property `today`.
 * @attr read-only - Shows the checklist without any way to change it. Property `readOnly`.
 * @attr {number} heading-level - The level (1–6) of the widget's top headings, so they continue the portal page's outline; headings inside go one level lower each, down to h6. Default 2; anything but a whole number from 1 to 6 counts as 2. Property `headingLevel`.
 * @attr filter - `all` (default), `mine`, `overdue` or `open`. Property `filter`.
 *
 * @prop {ChecklistTemplate | undefined} template - The template; set to give one directly, read for the one in use.
 * @prop {ChecklistInstance | undefined} instance - The family's checklist; after every accepted change it holds the new one.
 * @prop {readonly Actor[]} actors - The actors around the family, who can be made responsible for items.
 * @prop {unknown} config - The same object as the inline JSON, for apps: `{ template? | templateId?, instance, actors }`.
 *
 * @slot - Holds only the optional `<script type="application/json">` configuration block, `{ "template"? | "templateId"?, "instance", "actors" }`.
 *
 * @event samspil-checklist-change - {@link SamspilChecklistChangeEvent}: an item's status or owner changed; `detail` is `{ item, instance }`.
 * @event samspil-error - The configuration was rejected (the visible error state is shown) or rendering failed.
 *
 * @csspart base - The checklist's outer container.
 * @csspart title - The template's title.
 * @csspart progress - The progress bar with its text.
 * @csspart filters - The group of filter choices.
 * @csspart phase - One phase section.
 * @csspart item - One item.
 * @csspart message - Core's message next to an item when a change was refused.
 * @csspart live-region - The visually hidden status region.
 * @csspart error - The error state's container.
 *
 * @cssproperty --samspil-checklist-gap - Base spacing. Falls back to `--samspil-space`.
 * @cssproperty --samspil-checklist-border-color - Borders of items and filters. Falls back to `--samspil-border-color`.
 * @cssproperty --samspil-checklist-overdue-color - Overdue marking and refused messages. Falls back to `--samspil-error-color`.
 * @cssproperty --samspil-checklist-muted-color - Secondary text. Falls back to `--samspil-color`.
 * @cssproperty --samspil-checklist-progress-color - The progress bar. Falls back to `--samspil-link-color`.
 *
 * @example
 * <samspil-coordination-checklist current-actor-id="actor-17" today="2026-03-02">
 *   <script type="application/json">
 *     { "instance": { "id": "cl-1", "templateId": "reception-asylum-to-housing", … }, "actors": [ … ] }
 *   </script>
 * </samspil-coordination-checklist>
 */
export class SamspilCoordinationChecklist extends SamspilElement<CoordinationChecklistModel> {
  /** The kit's shared styles, then the checklist's own. */
  static override styles: CSSResultGroup = [kitStyles, coordinationChecklistStyles];

  static override properties: PropertyDeclarations = {
    templateId: { attribute: 'template-id', reflect: true, noAccessor: true },
    currentActorId: { attribute: 'current-actor-id', reflect: true },
    today: { reflect: true },
    readOnly: { type: Boolean, attribute: 'read-only', reflect: true },
    filter: { reflect: true },
  };

  /** The actor using the page (`current-actor-id`); the "mine" filter shows their items. */
  declare currentActorId: string | undefined;
  /** `YYYY-MM-DD` that due dates are compared with; the browser's local date when unset or unreadable. */
  declare today: string | undefined;
  /** Whether edits are disabled (`read-only`). */
  declare readOnly: boolean;
  /** Which items are shown: `all`, `mine`, `overdue` or `open`; anything else shows all. */
  declare filter: string;

  readonly #status = new LiveRegionController(this);
  readonly #plugins = new PluginRegistryController(this, {
    onChange: () => {
      // A template that was missing may have arrived with a plugin.
      if (this.configurationIssues.some((issue) => issue.code === 'unknown_reference')) this.#invalidate();
    },
  });

  #templateIdValue: string | undefined;
  #templateOverride: unknown;
  #instanceOverride: unknown;
  // True when `instanceOverride` is the widget's own latest edit rather than an app's value: new
  // configuration (a replaced JSON block or `config`) then replaces it.
  #instanceFromEdit = false;
  #actorsOverride: unknown;
  #appConfig: unknown;
  #hasAppConfig = false;
  #revalidating = false;
  #parsedDuringConnect = false;
  #needsRevalidate = false;
  // The handle core validated in the last `parseConfig`, and the one behind `liveInstance`.
  #preparedChecked: PreparedChecklist | undefined;
  #livePrepared: PreparedChecklist | undefined;
  #inlineObserver: MutationObserver | undefined;

  #modelSeen: CoordinationChecklistModel | undefined;
  #liveInstance: ChecklistInstance | undefined;
  readonly #refusals = new Map<string, Issue>();
  #pendingAnnouncement: string | undefined;

  #derivedKey: readonly unknown[] = [];
  #derivedValue: Derived | undefined;
  #ownerChoicesValue: OwnerChoices | undefined;
  #statusLabelsValue: { readonly language: string; readonly labels: Readonly<Record<ChecklistItemStatus, string>> } | undefined;
  #previousViews = new Map<string, ItemView>();
  #itemMemo:
    | { readonly key: readonly unknown[]; readonly entries: ReadonlyMap<string, ItemMemo>; readonly titles: ReadonlyMap<string, string> }
    | undefined;
  #previousPhases = new Map<string, PhaseView>();
  // Bumped whenever `refusals` changes, so phases re-render only then (or when their items change).
  #refusalsRevision = 0;
  #filteredKey: readonly unknown[] = [];
  #filteredValue: { phases: readonly PhaseView[]; shown: number } | undefined;
  // How many items (in document order) are in the DOM. A long checklist is rendered a screenful
  // first and the rest in later tasks, so the page paints quickly and no task runs long.
  #renderedItemLimit = FIRST_SCREEN_ITEMS;
  #moreItems: Promise<void> | undefined;

  constructor() {
    super();
    this.currentActorId = undefined;
    this.today = undefined;
    this.readOnly = false;
    this.filter = 'all';
  }

  /** The template's id to look up (`template-id`). */
  get templateId(): string | undefined {
    return this.#templateIdValue;
  }

  /** Setting an empty string or `null` clears it; a new id looks the template up again. */
  set templateId(value: string | undefined | null) {
    const old = this.#templateIdValue;
    const next = value === null || value === undefined || value === '' ? undefined : String(value);
    if (next === old) return;
    this.#templateIdValue = next;
    this.requestUpdate('templateId', old);
    this.#invalidate();
  }

  /** The template in use; setting it gives one directly (validated with core). */
  get template(): ChecklistTemplate | undefined {
    return this.config?.template;
  }

  set template(value: unknown) {
    this.#templateOverride = value;
    this.#invalidate();
  }

  /** The family's checklist as it stands now, including every change made in the widget. */
  get instance(): ChecklistInstance | undefined {
    return this.config === this.#modelSeen ? this.#liveInstance : this.config?.instance;
  }

  set instance(value: unknown) {
    this.#instanceOverride = value;
    this.#instanceFromEdit = false;
    this.#invalidate();
  }

  /** The actors who can be made responsible for items. */
  get actors(): readonly Actor[] {
    return this.config?.actors ?? [];
  }

  set actors(value: unknown) {
    this.#actorsOverride = value;
    this.#invalidate();
  }

  override get config(): CoordinationChecklistModel | undefined {
    return super.config;
  }

  override set config(value: unknown) {
    this.#hasAppConfig = true;
    this.#appConfig = value;
    this.#dropEditedInstance();
    super.config = value;
  }

  override connectedCallback(): void {
    this.#parsedDuringConnect = false;
    super.connectedCallback();
    this.#inlineObserver ??= new MutationObserver(() => {
      // Once the widget has validated on its own, the kit's reader stands aside; follow the JSON here.
      if (this.#hasAppConfig) return;
      if (this.#dropEditedInstance() || this.#revalidating) this.#invalidate();
    });
    this.#inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // The kit already read the inline JSON, merged with the properties: nothing left to check.
    if (this.#parsedDuringConnect) this.#needsRevalidate = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inlineObserver?.disconnect();
  }

  /** Validates the JSON (or `config`) merged with the properties, and finds the template. */
  protected override parseConfig(input: unknown, options: LocaleOptions): Result<CoordinationChecklistModel> {
    this.#parsedDuringConnect = true;
    if (input instanceof UnreadableInline) return fail([...input.issues]);
    const shape = parseInput(ConfigShape, input, options);
    if (!shape.ok) return shape;
    const raw = shape.value;
    const issues: Issue[] = [];

    const actorsInput = this.#actorsOverride ?? raw.actors;
    let actors: readonly Actor[] = [];
    if (actorsInput !== undefined) {
      const parsed = parseActors(actorsInput, options);
      if (parsed.ok) actors = parsed.value;
      else issues.push(...under(parsed.issues, 'actors'));
    }

    const instanceInput = this.#instanceOverride ?? raw.instance;
    const templateInput = this.#templateOverride ?? raw.template;
    this.#preparedChecked = undefined;
    // A template named by id may be one of core's: those arrive as a chunk of their own.
    const namesTemplate = this.#templateIdValue !== undefined || raw.templateId !== undefined || instanceInput !== undefined;
    if (templateInput === undefined && namesTemplate && shippedChecklistTemplates.current === undefined) {
      return this.contentLoading(shippedChecklistTemplates.load());
    }
    if (issues.length === 0 && instanceInput !== undefined) {
      // One validation of the instance with its template; anything it refuses is reported below, part by part.
      const found = templateInput ?? this.#templateFor(instanceInput, raw.templateId);
      const prepared = found === undefined ? undefined : prepareChecklist(instanceInput, found, options);
      if (prepared?.ok === true) {
        this.#preparedChecked = prepared.value;
        return ok({ template: prepared.value.template, instance: prepared.value.instance, actors });
      }
    }
    let instance: ChecklistInstance | undefined;
    if (instanceInput !== undefined) {
      const parsed = parseChecklistInstance(instanceInput, options);
      if (parsed.ok) instance = parsed.value;
      else issues.push(...under(parsed.issues, 'instance'));
    }

    let template: ChecklistTemplate | undefined;
    if (templateInput !== undefined) {
      const parsed = parseChecklistTemplate(templateInput, options);
      if (parsed.ok) template = parsed.value;
      else issues.push(...under(parsed.issues, 'template'));
    } else {
      const id = this.#templateIdValue ?? raw.templateId ?? instance?.templateId;
      if (id !== undefined) {
        template = this.#findTemplate(id, instance?.templateVersion);
        if (template === undefined) {
          const label = instance === undefined ? id : `${id}@${instance.templateVersion}`;
          issues.push(createIssue('unknown_reference', ['templateId'], { id: label }, options));
        }
      }
    }
    if (issues.length > 0) return fail(issues);

    if (instance !== undefined && template !== undefined) {
      // Checks that the instance belongs to the template: same id and version, the same items.
      const pair = prepareChecklist(instance, template, options);
      if (!pair.ok) return fail(pair.issues);
      this.#preparedChecked = pair.value;
      return ok({ template: pair.value.template, instance: pair.value.instance, actors });
    }
    return ok({ template, instance, actors });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#needsRevalidate) {
      this.#needsRevalidate = false;
      this.#revalidate();
    }
    if (this.config !== this.#modelSeen) {
      this.#modelSeen = this.config;
      this.#renderedItemLimit = FIRST_SCREEN_ITEMS;
      this.#liveInstance = this.config?.instance;
      this.#livePrepared = this.#preparedChecked !== undefined && this.#preparedChecked.instance === this.#liveInstance ? this.#preparedChecked : undefined;
      this.#clearRefusals();
    }
    if (this.#pendingAnnouncement !== undefined) {
      const derived = this.#derived();
      const progress = derived?.progress;
      const progressText = progress === undefined ? '' : ` ${this.#progressText(progress)}`;
      void this.#status.announce(`${this.#pendingAnnouncement}${progressText}`);
      this.#pendingAnnouncement = undefined;
    }
  }

  // The live region stays in one place whatever is shown, so no announcement is lost.
  protected override renderContent(): unknown {
    return html`${this.#status.render()}${this.#renderChecklist()}`;
  }

  #renderChecklist(): TemplateResult {
    const derived = this.#derived();
    if (derived === undefined || this.#liveInstance === undefined) {
      return html`<p class="checklist__notice">${this.#t('empty')}</p>`;
    }
    const filter = this.#effectiveFilter();
    const filtered = this.#filtered(derived, filter);
    const progress = derived.progress;
    return html`<section
      class="checklist"
      part="base"
      aria-labelledby="checklist-title"
      @focusin=${this.#onExpandOptions}
      @pointerdown=${this.#onExpandOptions}
      @change=${this.#onSelectChange}
      @keydown=${this.#keyboardPreview.handleKeydown}
      @focusout=${this.#keyboardPreview.handleFocusout}
    >
      ${this.renderHeading(0, derived.title, { id: 'checklist-title', className: 'checklist__title', part: 'title' })}
      ${this.readOnly ? html`<p class="checklist__notice">${this.#t('readOnlyNotice')}</p>` : nothing}
      ${progress === undefined ? nothing : this.#renderProgress(progress)}
      ${this.#renderFilters(filter)}
      <p class="shown">${this.#t('shownCount', filtered.shown, derived.total)}</p>
      ${filtered.shown === 0 ? html`<p class="checklist__notice">${this.#t('noMatches')}</p>` : nothing}
      ${repeat(
        withinLimit(filtered.phases, this.#renderedItemLimit),
        ({ phase }) => phase.id,
        ({ phase, rendered }) =>
          guard([phase, rendered, derived.statuses, this.readOnly, this.#refusalsRevision, this.topHeadingLevel], () => this.#renderPhase(phase, rendered, derived)),
      )}
    </section>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#moreItems === undefined && this.#renderedItemLimit < this.#itemsToShow()) this.#moreItems = this.#renderMoreItems();
  }

  /** Resolves once every item the filter lets through is in the DOM, not only the first screen. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return settleUpdates(await super.getUpdateComplete(), () => this.#moreItems, () => super.getUpdateComplete());
  }

  // The next batch waits for the frame that shows the current one, then one task renders it.
  async #renderMoreItems(): Promise<void> {
    await afterNextPaint();
    this.#renderedItemLimit += ITEMS_PER_BATCH;
    this.#moreItems = undefined;
    this.requestUpdate();
  }

  #itemsToShow(): number {
    const derived = this.#derived();
    return derived === undefined || this.#liveInstance === undefined ? 0 : this.#filtered(derived, this.#effectiveFilter()).shown;
  }

  #renderProgress(progress: ChecklistProgress): TemplateResult {
    const relevant = progress.total - progress.notRelevant;
    return html`<div class="progress" part="progress">
      <label class="progress__label" for="progress">${this.#t('progressLabel')}</label>
      <progress
        id="progress"
        max=${relevant === 0 ? 1 : relevant}
        .value=${relevant === 0 ? 1 : progress.done}
        aria-describedby="progress-text"
      ></progress>
      <span id="progress-text">${this.#progressText(progress)}</span>
    </div>`;
  }

  #renderFilters(filter: ChecklistFilter): TemplateResult {
    const hasActor = this.currentActorId !== undefined && this.currentActorId !== '';
    return html`<fieldset class="filters" part="filters">
      <legend>${this.#t('filtersLabel')}</legend>
      ${FILTERS.map(
        (value) => html`<label>
          <input
            type="radio"
            name="filter"
            value=${value}
            .checked=${live(value === filter)}
            ?disabled=${value === 'mine' && !hasActor}
            @change=${this.#onFilterChange}
          />
          ${this.#t(FILTER_TERM[value])}
        </label>`,
      )}
    </fieldset>`;
  }

  #renderPhase(phase: PhaseView, rendered: number, derived: Derived): TemplateResult {
    const settled = phase.items.reduce((count, item) => count + (item.settled ? 1 : 0), 0);
    return html`<section class="phase" part="phase" aria-labelledby="phase-${phase.id}" ${ref(phaseSizeHint(phase.items.length))}>
      <div class="phase__header">
        ${this.renderHeading(1, phase.title, { id: `phase-${phase.id}`, className: 'phase__title' })}
        <span class="phase__progress">${this.#t('phaseProgress', settled, phase.items.length)}</span>
      </div>
      <ul class="items">
        ${repeat(
          rendered === phase.items.length ? phase.items : phase.items.slice(0, rendered),
          (item) => item.id,
          (item) => guard([item, this.#refusals.get(item.id), this.readOnly, derived.statuses, this.topHeadingLevel], () => this.#renderItem(item, derived)),
        )}
      </ul>
    </section>`;
  }

  #renderItem(item: ItemView, derived: Derived): TemplateResult {
    const refusal = this.#refusals.get(item.id);
    const message = refusal === undefined ? undefined : this.#refusalMessage(refusal, derived.titles);
    const id = item.id;
    const owner = item.ownerActorId ?? '';
    const readOnly = this.readOnly;
    const statuses = derived.statuses;
    return html`<li
      class="item ${item.overdue ? 'item--overdue' : ''} ${item.settled ? 'item--settled' : ''}"
      data-item-id=${id}
      part="item"
    >
      ${this.renderHeading(2, item.title, { id: `t-${id}`, className: 'item__title' })}
      <p class="item__meta">
        ${item.due}${item.overdue ? html`<strong class="item__badge">${this.localize.term('overdue')}</strong>` : nothing}
      </p>
      ${item.expected === '' ? nothing : html`<p class="item__expected">${item.expected}</p>`}
      ${item.dependencies === '' ? nothing : html`<p class="item__deps" id="d-${id}">${item.dependencies}</p>`}
      ${item.note === undefined ? nothing : html`<p class="item__note">${this.#t('note')}: ${item.note}</p>`}
      <div class="item__controls">
        <span class="field">
          <label id="sl-${id}" for="s-${id}">${this.#t('status')}</label>
          <select
            id="s-${id}"
            class="status"
            data-item-id=${id}
            aria-labelledby="sl-${id} t-${id}"
            aria-describedby=${message === undefined ? nothing : `m-${id}`}
            aria-invalid=${message === undefined ? nothing : 'true'}
            ?disabled=${readOnly}
            .value=${live(item.status)}
          >
            <option value="open">${statuses.open}</option>
            <option value="in-progress">${statuses['in-progress']}</option>
            <option value="done">${statuses.done}</option>
            <option value="not-relevant">${statuses['not-relevant']}</option>
          </select>
        </span>
        <span class="field">
          <label id="ol-${id}" for="o-${id}">${this.#t('owner')}</label>
          <select
            id="o-${id}"
            class="owner"
            data-item-id=${id}
            aria-labelledby="ol-${id} t-${id}"
            ?disabled=${readOnly}
            ${lazyOptions(item.ownerChoices, owner)}
          ></select>
        </span>
      </div>
      ${message === undefined ? nothing : html`<p class="item__message" id="m-${id}" part="message">${message}</p>`}
    </li>`;
  }

  // An owner select gets every actor the moment it is focused or pressed, before it opens.
  readonly #onExpandOptions = (event: Event): void => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.classList.contains('owner')) expandLazyOptions(target);
  };

  readonly #onFilterChange = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    if (!input.checked || !isFilter(input.value)) return;
    this.filter = input.value;
    const derived = this.#derived();
    if (derived !== undefined) void this.#status.announce(this.#t('shownCount', this.#filtered(derived, input.value).shown, derived.total));
  };

  // One capturing listener for every item's selects instead of two listeners per item; capture
  // also sees a `change` that does not bubble.
  readonly #onSelectChange = {
    capture: true,
    handleEvent: (event: Event): void => {
      const target = event.target;
      if (target instanceof HTMLSelectElement && !this.#keyboardPreview.holds(target)) this.#saveSelect(target);
    },
  };

  #saveSelect(select: HTMLSelectElement): void {
    if (select.classList.contains('status')) this.#onStatusChange(select);
    else if (select.classList.contains('owner')) this.#onOwnerChange(select);
  }

  // Arrow keys on a closed select save only where the user settles (Enter or leaving it), and
  // nothing when they settle back on the saved option.
  readonly #keyboardPreview = new SelectKeyboardPreview(
    (select) => {
      if (select.value !== this.#savedValueOf(select)) this.#saveSelect(select);
    },
    (select) => {
      const saved = this.#savedValueOf(select);
      if (saved !== undefined) select.value = saved;
    },
  );

  #savedValueOf(select: HTMLSelectElement): string | undefined {
    const current = this.#liveInstance?.items.find((item) => item.itemId === select.dataset.itemId);
    if (current === undefined) return undefined;
    return select.classList.contains('status') ? current.status : (current.ownerActorId ?? '');
  }

  #onStatusChange(select: HTMLSelectElement): void {
    const itemId = select.dataset.itemId ?? '';
    const prepared = this.#livePrepared;
    const current = this.#liveInstance?.items.find((item) => item.itemId === itemId);
    if (this.readOnly || prepared === undefined || current === undefined) {
      if (current !== undefined) select.value = current.status;
      return;
    }
    const result = setPreparedChecklistItemStatus(prepared, {
      itemId,
      status: select.value,
      now: this.#effectiveToday(),
      locale: this.localize.coreLocale,
    });
    if (!result.ok) {
      select.value = current.status;
      const issue = result.issues[0];
      if (issue !== undefined) {
        this.#refusals.set(itemId, issue);
        this.#refusalsRevision += 1;
        // Core's message names the item itself.
        void this.#status.announce(this.#refusalMessage(issue, this.#derived()?.titles ?? new Map()));
      }
      this.requestUpdate();
      return;
    }
    const status = select.value as ChecklistItemStatus;
    const title = this.#derived()?.titles.get(itemId) ?? itemId;
    this.#accept(itemId, result.value, this.#t('statusChanged', title, this.#t(STATUS_TERM[status])));
  }

  #onOwnerChange(select: HTMLSelectElement): void {
    const itemId = select.dataset.itemId ?? '';
    const prepared = this.#livePrepared;
    const current = this.#liveInstance?.items.find((item) => item.itemId === itemId);
    if (this.readOnly || prepared === undefined || current === undefined) {
      if (current !== undefined) select.value = current.ownerActorId ?? '';
      return;
    }
    const actorId = select.value === '' ? null : select.value;
    const result = assignPreparedChecklistItem(prepared, { itemId, actorId, locale: this.localize.coreLocale });
    const derived = this.#derived();
    const title = derived?.titles.get(itemId) ?? itemId;
    if (!result.ok) {
      select.value = current.ownerActorId ?? '';
      const issue = result.issues[0];
      if (issue !== undefined) {
        this.#refusals.set(itemId, issue);
        this.#refusalsRevision += 1;
        void this.#status.announce(this.#refusalMessage(issue, derived?.titles ?? new Map()));
      }
      this.requestUpdate();
      return;
    }
    const ownerLabel = derived?.owners.find((option) => option.value === actorId)?.label ?? actorId ?? '';
    this.#accept(itemId, result.value, actorId === null ? this.#t('ownerRemoved', title) : this.#t('ownerChanged', title, ownerLabel));
  }

  #accept(itemId: string, prepared: PreparedChecklist, announcement: string): void {
    const instance = prepared.instance;
    this.#livePrepared = prepared;
    this.#liveInstance = instance;
    this.#instanceOverride = instance;
    this.#instanceFromEdit = true;
    if (this.#refusals.delete(itemId)) this.#refusalsRevision += 1;
    this.#pendingAnnouncement = announcement;
    this.requestUpdate();
    const item = instance.items.find((candidate) => candidate.itemId === itemId);
    if (item !== undefined) this.dispatchEvent(new SamspilChecklistChangeEvent({ item, instance }));
  }

  /** Forgets the widget's own edits as the instance to show; answers whether there were any. */
  #dropEditedInstance(): boolean {
    if (!this.#instanceFromEdit) return false;
    this.#instanceFromEdit = false;
    this.#instanceOverride = undefined;
    return true;
  }

  /** Marks the data for validation in the next update, so several properties set together are checked once. */
  #invalidate(): void {
    this.#needsRevalidate = true;
    this.requestUpdate();
  }

  /** Re-runs validation after a property changed, through the kit so problems show its error state. */
  #revalidate(): void {
    let raw: unknown;
    if (this.#hasAppConfig) {
      raw = this.#appConfig;
    } else {
      const read = readInlineConfiguration(this, { locale: this.localize.coreLocale });
      raw = read.ok ? (read.value ?? {}) : new UnreadableInline(read.issues);
    }
    this.#revalidating = true;
    super.config = raw;
  }

  /** The template an unvalidated instance names (or the `template-id` / JSON `templateId`), for the one-pass check; `undefined` when unreadable. */
  #templateFor(instanceInput: unknown, rawTemplateId: string | undefined): ChecklistTemplate | undefined {
    try {
      const named = typeof instanceInput === 'object' && instanceInput !== null ? (instanceInput as Record<string, unknown>) : {};
      const ownId = typeof named.templateId === 'string' ? named.templateId : undefined;
      const version = typeof named.templateVersion === 'number' ? named.templateVersion : undefined;
      const id = this.#templateIdValue ?? rawTemplateId ?? ownId;
      return id === undefined ? undefined : this.#findTemplate(id, version);
    } catch {
      return undefined;
    }
  }

  #clearRefusals(): void {
    if (this.#refusals.size === 0) return;
    this.#refusals.clear();
    this.#refusalsRevision += 1;
  }

  #findTemplate(id: string, version: number | undefined): ChecklistTemplate | undefined {
    let best: ChecklistTemplate | undefined;
    for (const candidate of [...(shippedChecklistTemplates.current ?? []), ...this.#plugins.registry.checklistTemplates()]) {
      if (candidate.id !== id) continue;
      if (version !== undefined) {
        if (candidate.version === version) return candidate;
      } else if (best === undefined || candidate.version > best.version) {
        best = candidate;
      }
    }
    return best;
  }

  #effectiveToday(): string {
    const today = this.today;
    if (typeof today === 'string' && IsoDate.safeParse(today).success) return today;
    // The widget may read the clock (core never does): the browser's local calendar day.
    return lightFormat(new Date(), 'yyyy-MM-dd');
  }

  #effectiveFilter(): ChecklistFilter {
    const filter = isFilter(this.filter) ? this.filter : 'all';
    if (filter === 'mine' && (this.currentActorId === undefined || this.currentActorId === '')) return 'all';
    return filter;
  }

  #t<K extends ChecklistTermKey>(key: K, ...args: ChecklistTermArgs<K>): string {
    return checklistTerm(this.localize.language, key, ...args);
  }

  #progressText(progress: ChecklistProgress): string {
    return this.#t('progress', progress.done, progress.total - progress.notRelevant, progress.notRelevant);
  }

  /** Core's message, with item ids replaced by their titles so people read what they know. */
  #refusalMessage(issue: Issue, titles: ReadonlyMap<string, string>): string {
    const params: Record<string, string | number> = { ...(issue.params ?? {}) };
    for (const key of ['itemId', 'blockedBy', 'dependents'] as const) {
      const value = params[key];
      if (typeof value === 'string') {
        params[key] = value
          .split(', ')
          .map((part) => titles.get(part) ?? part)
          .join(', ');
      }
    }
    try {
      return formatMessage(issue.code, params, { locale: this.localize.coreLocale });
    } catch {
      return this.localize.issueMessage(issue);
    }
  }

  /** Grouping, titles, owners, overdue and blocked items: computed once per instance, today, language and actors. */
  #derived(): Derived | undefined {
    const model = this.config;
    const instance = this.#liveInstance;
    const template = model?.template;
    if (model === undefined || instance === undefined || template === undefined) return undefined;
    const language = this.localize.language;
    const today = this.#effectiveToday();
    const key = [template, instance, model.actors, language, today];
    if (this.#derivedValue !== undefined && key.every((part, index) => part === this.#derivedKey[index])) return this.#derivedValue;

    // Core's queries read the prepared handle without validating again.
    const source: unknown = this.#livePrepared?.instance === instance ? this.#livePrepared : instance;
    const options = { locale: this.localize.coreLocale };
    const progress = checklistProgress(source, options);
    const overdue = overdueItems(source, { ...options, now: today });
    const blocked = blockedItems(source, template, options);
    const overdueIds = new Set(overdue.ok ? overdue.value.map((item) => item.itemId) : []);
    const blockedBy = new Map(blocked.ok ? blocked.value.map((item) => [item.itemId, item.blockedBy]) : []);
    const states = new Map(instance.items.map((item) => [item.itemId, item]));

    // Per-item memo: an item whose state, overdue mark and waiting list are unchanged keeps its
    // view object without any string work, so only changed items are rebuilt and re-rendered.
    const memoKey = [template, model.actors, language, today];
    const memo =
      this.#itemMemo !== undefined && memoKey.every((part, index) => part === this.#itemMemo?.key[index])
        ? this.#itemMemo
        : { key: memoKey, entries: new Map<string, ItemMemo>(), titles: titlesOfTemplate(template, language) };
    const titles = memo.titles;
    const dates = new Map<string, string>();
    const formatDue = (date: string): string => {
      let text = dates.get(date);
      if (text === undefined) {
        text = this.localize.term('dueOn', this.localize.formatDate(date));
        dates.set(date, text);
      }
      return text;
    };
    const titlesOf = (ids: readonly string[]) => ids.map((id) => titles.get(id) ?? id).join(', ');

    const { owners, choicesFor } = this.#ownerChoices(model.actors, language);

    const entries = new Map<string, ItemMemo>();
    const views = new Map<string, ItemView>();
    const phases: PhaseView[] = template.phases.map((phase) => {
      const items = phase.items.map((definition): ItemView => {
        const state = states.get(definition.id);
        const isOverdue = overdueIds.has(definition.id);
        const waiting = blockedBy.get(definition.id);
        const waitingKey = waiting === undefined ? '' : waiting.join('\n');
        const cached = memo.entries.get(definition.id);
        if (cached !== undefined && cached.state === state && cached.overdue === isOverdue && cached.waiting === waitingKey) {
          entries.set(definition.id, cached);
          views.set(definition.id, cached.view);
          return cached.view;
        }
        const status = state?.status ?? 'open';
        const dependsOn = definition.dependsOn ?? [];
        const who = [
          definition.ownerRole.sector === undefined ? '' : pick(SECTOR_LABELS.get(definition.ownerRole.sector), language),
          definition.ownerRole.role === undefined ? '' : pick(ROLE_LABELS.get(definition.ownerRole.role), language),
        ].filter((part) => part !== '');
        const view: ItemView = {
          id: definition.id,
          title: titles.get(definition.id) ?? definition.id,
          status,
          settled: status === 'done' || status === 'not-relevant',
          ownerActorId: state?.ownerActorId,
          ownerChoices: choicesFor(state?.ownerActorId),
          expected: who.length === 0 ? '' : this.#t('expectedOwner', who.join(', ')),
          due: state?.dueDate === undefined ? this.#t('noDueDate') : formatDue(state.dueDate),
          overdue: isOverdue,
          dependencies:
            waiting !== undefined && waiting.length > 0
              ? this.#t('waitsFor', titlesOf(waiting))
              : dependsOn.length > 0
                ? this.#t('dependsOn', titlesOf(dependsOn))
                : '',
          note: state?.note,
        };
        // An item whose view did not change keeps its object, so its render is skipped (guard).
        const previous = this.#previousViews.get(view.id);
        const kept = previous !== undefined && sameItemView(previous, view) ? previous : view;
        entries.set(definition.id, { state, overdue: isOverdue, waiting: waitingKey, view: kept });
        views.set(view.id, kept);
        return kept;
      });
      const title = pick(phase.title, language);
      // A phase whose items all kept their views keeps its object too, so its render is skipped.
      const previousPhase = this.#previousPhases.get(phase.id);
      if (
        previousPhase !== undefined &&
        previousPhase.title === title &&
        previousPhase.items.length === items.length &&
        previousPhase.items.every((item, index) => item === items[index])
      ) {
        return previousPhase;
      }
      return { id: phase.id, title, items };
    });
    this.#previousViews = views;
    this.#previousPhases = new Map(phases.map((phase) => [phase.id, phase]));
    this.#itemMemo = { key: memoKey, entries, titles };

    this.#derivedKey = key;
    this.#derivedValue = {
      statuses: this.#statusLabels(language),
      title: pick(template.title, language),
      phases,
      titles,
      progress: progress.ok ? progress.value : undefined,
      total: instance.items.length,
      owners,
    };
    return this.#derivedValue;
  }

  /** The four status labels in the current language, one object while the language stays. */
  #statusLabels(language: string): Readonly<Record<ChecklistItemStatus, string>> {
    if (this.#statusLabelsValue?.language !== language) {
      this.#statusLabelsValue = {
        language,
        labels: {
          open: this.#t('statusOpen'),
          'in-progress': this.#t('statusInProgress'),
          done: this.#t('statusDone'),
          'not-relevant': this.#t('statusNotRelevant'),
        },
      };
    }
    return this.#statusLabelsValue.labels;
  }

  /** Owner choices per actors and language, shared by every item (an unknown owner gets its own list, kept too). */
  #ownerChoices(actors: readonly Actor[], language: string): OwnerChoices {
    const cached = this.#ownerChoicesValue;
    if (cached !== undefined && cached.actors === actors && cached.language === language) return cached;
    const owners: SelectChoice[] = actors.map((actor) => ({
      value: actor.id,
      label: this.#t('ownerOption', actor.name, pick(SECTOR_LABELS.get(actor.sector), language) || actor.sector),
    }));
    const ownerIds = new Set(owners.map((owner) => owner.value));
    const noOwner: SelectChoice = { value: '', label: this.#t('noOwner') };
    const shared: readonly SelectChoice[] = [noOwner, ...owners];
    const unknown = new Map<string, readonly SelectChoice[]>();
    const choicesFor = (ownerActorId: string | undefined): readonly SelectChoice[] => {
      if (ownerActorId === undefined || ownerIds.has(ownerActorId)) return shared;
      let list = unknown.get(ownerActorId);
      if (list === undefined) {
        list = [noOwner, { value: ownerActorId, label: this.#t('unknownOwner', ownerActorId) }, ...owners];
        unknown.set(ownerActorId, list);
      }
      return list;
    };
    this.#ownerChoicesValue = { actors, language, owners, choicesFor };
    return this.#ownerChoicesValue;
  }

  /** The phases and items the filter lets through; phases with none are left out. */
  #filtered(derived: Derived, filter: ChecklistFilter): { phases: readonly PhaseView[]; shown: number } {
    const actor = this.currentActorId;
    const key = [derived, filter, actor];
    if (this.#filteredValue !== undefined && key.every((part, index) => part === this.#filteredKey[index])) return this.#filteredValue;
    let phases: readonly PhaseView[] = derived.phases;
    if (filter !== 'all') {
      const keep =
        filter === 'mine'
          ? (item: ItemView) => item.ownerActorId !== undefined && item.ownerActorId === actor
          : filter === 'overdue'
            ? (item: ItemView) => item.overdue
            : (item: ItemView) => !item.settled;
      phases = derived.phases
        .map((phase) => ({ ...phase, items: phase.items.filter(keep) }))
        .filter((phase) => phase.items.length > 0);
    }
    const shown = phases.reduce((count, phase) => count + phase.items.length, 0);
    this.#filteredKey = key;
    this.#filteredValue = { phases, shown };
    return this.#filteredValue;
  }
}

// About one screen of items on a laptop; each item is two labelled selects and a few lines.
const FIRST_SCREEN_ITEMS = 40;
// A batch takes roughly 25 ms on a slow two-core machine, well under the 50 ms of a long task.
const ITEMS_PER_BATCH = 120;

/** Each phase with how many of its items fit within the first `limit` items in document order. */
function withinLimit(phases: readonly PhaseView[], limit: number): readonly { phase: PhaseView; rendered: number }[] {
  let remaining = limit;
  return phases.map((phase) => {
    const rendered = Math.min(remaining, phase.items.length);
    remaining -= rendered;
    return { phase, rendered };
  });
}
