import { createIssue, ok } from '@samspil/core';
import type { Issue, LocaleOptions, Result } from '@samspil/core';
import { html, LitElement, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { LocalizeController } from './i18n/localize-controller.js';
import { readInlineConfiguration } from './read-inline-configuration.js';
import { DEFAULT_HEADING_LEVEL, renderHeading } from './render-heading.js';
import type { HeadingOptions } from './render-heading.js';
import { renderIssueList } from './render-issue-list.js';
import { SamspilErrorEvent } from './samspil-error-event.js';
import type { SamspilErrorSource } from './samspil-error-event.js';
import { kitStyles } from './styles/kit.styles.js';
import { settleUpdates } from './settle-updates.js';

// Enough to see what is wrong; a payload with thousands of problems must not flood the page.

/**
 * The base every Samspil widget extends. It gives the widget its language
 * ({@link LocalizeController}), reads configuration from an inline
 * `<script type="application/json">` child or the `config` property, validates it through
 * {@link SamspilElement.parseConfig}, and turns bad configuration or a failing render into a
 * visible, localized error state plus a `samspil-error` event, never into an exception that
 * escapes to the portal or a blank page.
 *
 * Subclasses implement `renderContent()` instead of `render()`, and override `parseConfig()` with
 * a core parser.
 *
 * Every widget takes `heading-level` (property `headingLevel`): the level, 1 to 6, of its top
 * headings, so they fit under the portal's own; headings inside follow one level lower each, down
 * to `h6`. Anything but a whole number from 1 to 6 gives the default, 2.
 *
 * @event samspil-error - {@link SamspilErrorEvent}: configuration was rejected or rendering failed.
 * @csspart error - The error state's container (`role="alert"`).
 *
 * @example
 * class SamspilGreeting extends SamspilElement<{ name: string }> {
 *   protected override parseConfig(input: unknown, options: LocaleOptions) { return parseInput(Greeting, input, options); }
 *   protected override renderContent() { return html`<p>${this.config?.name}</p>`; }
 * }
 */
export abstract class SamspilElement<TConfig = unknown> extends LitElement {
  /** The kit's shared styles (tokens, focus, target size, error state); subclasses add their own after them. */
  static override styles: CSSResultGroup = kitStyles;

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The level (1–6) of the widget's top headings (`heading-level`); 2 when unset or unreadable. */
  declare headingLevel: number | undefined;

  /** Language, terms, dates and issue messages for this element. */
  protected readonly localize: LocalizeController = new LocalizeController(this);

  #configValue: TConfig | undefined;
  #configIssues: readonly Issue[] = [];
  #configFromProperty = false;
  #lastInlineText: string | null | undefined;
  #renderFailed = false;
  #childObserver: MutationObserver | undefined;
  /** Set by `contentLoading` while `parseConfig` runs. */
  #contentAwaited: Promise<boolean> | undefined;
  /** Shipped content the current configuration waits for; parsing runs again when it arrives. */
  #pendingContent: Promise<void> | undefined;
  #hidesWhileLoading = true;
  #hasShownContent = false;

  /** The validated configuration, `undefined` until one is given or when it was rejected. */
  get config(): TConfig | undefined {
    return this.#configValue;
  }

  /** Configuration for apps; validated like the inline JSON, which it then takes precedence over. */
  set config(value: unknown) {
    this.#configFromProperty = true;
    this.#applyConfiguration(value);
  }

  /** Issues of the configuration last given; empty when it was valid. */
  get configurationIssues(): readonly Issue[] {
    return this.#configIssues;
  }

  /** Whether the widget shows its error state instead of its content. */
  get hasError(): boolean {
    return this.#renderFailed || this.#configIssues.length > 0;
  }

  /**
   * Validates configuration from the inline JSON or the `config` property. Override with a core
   * parser (`parseInput(Schema, input, options)`); the default accepts anything.
   */
  protected parseConfig(input: unknown, _options: LocaleOptions): Result<TConfig> {
    return ok(input as TConfig);
  }

  /** The widget's content when its configuration is valid. */
  protected abstract renderContent(): unknown;

  /** The level of the widget's top headings: `heading-level` when it is a whole number from 1 to 6, else 2. */
  protected get topHeadingLevel(): number {
    const level = this.headingLevel;
    return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;
  }

  /** A heading `depth` levels below the widget's top level (`heading-level`, h2 by default). */
  protected renderHeading(depth: number, content: unknown, options?: HeadingOptions): TemplateResult {
    return renderHeading(this.topHeadingLevel, depth, content, options);
  }

  /**
   * For `parseConfig`: the configuration names shipped content (a template, a guide, a catalogue)
   * whose chunk is still loading. Answer what this returns; the widget shows nothing (and is
   * `aria-busy`) until the content arrives, then parses the same input again. A chunk that cannot be
   * fetched shows the kit's render error state. `updateComplete` waits for all of it.
   */
  protected contentLoading(loading: Promise<boolean>): Result<TConfig> {
    this.#contentAwaited = loading;
    return { ok: true, value: undefined as TConfig };
  }

  /**
   * For a widget that finds it needs shipped content while updating (outside `parseConfig`): shows
   * nothing until `loading` settles, then updates again, or shows the render error state when the
   * chunk could not be fetched. `updateComplete` waits for it.
   */
  protected awaitContent(loading: Promise<boolean>): void {
    if (this.#pendingContent !== undefined) return;
    this.#trackContent(loading, () => this.requestUpdate());
  }

  /** Whether the widget shows nothing yet because shipped content it needs is still loading. */
  protected get isWaitingForContent(): boolean {
    return this.#pendingContent !== undefined && this.#hidesWhileLoading;
  }

  /** Resolves once shipped content the configuration needs has arrived and is rendered, too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return settleUpdates(await super.getUpdateComplete(), () => this.#pendingContent, () => super.getUpdateComplete());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#takeOverEarlyProperties();
    try {
      this.#readInline();
      this.#childObserver ??= new MutationObserver(() => this.#readInline());
      this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    } catch {
      this.#failRender();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
  }

  // A portal or framework may set a property before the element is defined (script order, React
  // or Vue rendering first): the value lands as an own property that hides the class's accessor.
  // Lit takes care of its declared reactive properties; the widgets' own accessors (`config`,
  // `family`, `instance`, …) get their value here, once, the way Lit's guide recommends.
  #takeOverEarlyProperties(): void {
    for (let proto = Object.getPrototypeOf(this) as object | null; proto !== null && proto !== LitElement.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (!Object.hasOwn(this, name) || Object.getOwnPropertyDescriptor(proto, name)?.set === undefined) continue;
        const own = this as unknown as Record<string, unknown>;
        const value = own[name];
        delete own[name];
        own[name] = value;
      }
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // English terms arrive as a chunk: the first render waits for them (no flash of Danish); a
    // later switch keeps the current text until they are here.
    const language = this.localize.loadLanguage();
    if (language !== undefined && this.#pendingContent === undefined) this.#trackContent(language, () => this.requestUpdate(), !this.#hasShownContent);
  }

  protected override render(): unknown {
    if (this.#renderFailed) return this.#inTextLanguage(this.renderRenderError());
    if (this.#configIssues.length > 0) return this.#inTextLanguage(this.renderConfigurationError());
    if (this.isWaitingForContent) return nothing;
    try {
      const content = this.renderContent();
      this.#hasShownContent = true;
      return this.#inTextLanguage(content);
    } catch {
      this.#failRender();
      return this.#inTextLanguage(this.renderRenderError());
    }
  }

  // Text in another language than the page around it says so (WCAG 3.1.2): on a page in a language
  // without terms the widget speaks Danish, and is marked as Danish.
  #inTextLanguage(content: unknown): unknown {
    const lang = this.localize.fallbackLang;
    return lang === undefined ? content : html`<div lang=${lang}>${content}</div>`;
  }

  // Lit marks the update done and rethrows anything thrown in willUpdate, update (including the
  // template commit) or updated; catching it here keeps the error inside the widget, which then
  // renders its error state in a fresh cycle.
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch {
      this.#failRender();
    }
  }

  /** The visible error state for rejected configuration. */
  protected renderConfigurationError(): TemplateResult {
    return renderIssueList(this.localize, this.#configIssues);
  }

  /** The visible error state when the widget itself failed. */
  protected renderRenderError(): TemplateResult {
    return html`<div class="error-state" role="alert" part="error">
      <p class="error-state__title">${this.localize.term('errorRenderTitle')}</p>
      <p class="error-state__intro">${this.localize.term('errorRenderBody')}</p>
    </div>`;
  }

  #readInline(): void {
    if (this.#configFromProperty) return;
    const script = this.querySelector(':scope > script[type="application/json" i]');
    const text = script === null ? null : (script.textContent ?? '');
    if (text === this.#lastInlineText) return;
    this.#lastInlineText = text;
    const read = readInlineConfiguration(this, { locale: this.localize.coreLocale });
    if (!read.ok) this.#rejectConfiguration(read.issues);
    else if (read.value !== undefined) this.#applyConfiguration(read.value);
    else if (this.#configIssues.length > 0 || this.#configValue !== undefined) this.#resetConfiguration();
  }

  #applyConfiguration(input: unknown): void {
    let parsed: Result<TConfig>;
    this.#pendingContent = undefined;
    this.#contentAwaited = undefined;
    try {
      parsed = this.parseConfig(input, { locale: this.localize.coreLocale });
    } catch {
      parsed = { ok: false, issues: [createIssue('unreadable_input', [], undefined, { locale: this.localize.coreLocale })] };
    }
    const awaited = this.#contentAwaited;
    this.#contentAwaited = undefined;
    if (awaited !== undefined && parsed.ok) {
      this.#waitForContent(awaited, input);
      return;
    }
    if (!parsed.ok) {
      this.#rejectConfiguration(parsed.issues);
      return;
    }
    this.#configValue = parsed.value;
    this.#configIssues = [];
    this.#renderFailed = false;
    this.requestUpdate();
  }

  #waitForContent(awaited: Promise<boolean>, input: unknown): void {
    this.#configValue = undefined;
    this.#configIssues = [];
    this.#renderFailed = false;
    this.#trackContent(awaited, () => this.#applyConfiguration(input));
  }

  // Shows nothing (aria-busy) until the content is there, then carries on; a newer configuration
  // that arrives meanwhile replaces the wait with its own.
  #trackContent(awaited: Promise<boolean>, onLoaded: () => void, hide = true): void {
    const pending: Promise<void> = awaited.then((loaded) => {
      if (this.#pendingContent !== pending) {
        if (this.#pendingContent === undefined) this.removeAttribute('aria-busy');
        return;
      }
      this.#pendingContent = undefined;
      this.removeAttribute('aria-busy');
      if (loaded) onLoaded();
      else this.#failRender();
    });
    this.#pendingContent = pending;
    this.#hidesWhileLoading = hide;
    this.setAttribute('aria-busy', 'true');
    // Called from an update (willUpdate) the render that follows already sees the wait.
    if (!this.isUpdatePending) this.requestUpdate();
  }

  #resetConfiguration(): void {
    this.#pendingContent = undefined;
    this.#configValue = undefined;
    this.#configIssues = [];
    this.#renderFailed = false;
    this.requestUpdate();
  }

  #rejectConfiguration(issues: readonly Issue[]): void {
    this.#pendingContent = undefined;
    this.#configValue = undefined;
    this.#configIssues = issues;
    this.#renderFailed = false;
    this.requestUpdate();
    this.#dispatchErrorAfterRender(issues, 'configuration');
  }

  #failRender(): void {
    if (this.#renderFailed) return;
    this.#renderFailed = true;
    this.requestUpdate();
    this.#dispatchErrorAfterRender([], 'render');
  }

  // The event arrives once the error state is on screen, so a listener can rely on it.
  #dispatchErrorAfterRender(issues: readonly Issue[], source: SamspilErrorSource): void {
    this.updateComplete.then(
      () => this.dispatchEvent(new SamspilErrorEvent({ issues, source })),
      () => this.dispatchEvent(new SamspilErrorEvent({ issues, source })),
    );
  }
}
