import { formatMessage, resolveLocale } from '@samspil/core';
import type { Issue, Locale } from '@samspil/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PluginRegistry } from '../plugins/create-plugin-registry.js';
import { pluginRegistry } from '../plugins/plugin-registry.js';
import { daKit } from './da/kit.js';
import { DATE_STYLE_OPTIONS, type DateStyle } from './date-style.js';
import { intlLocaleFor } from './intl-locale-for.js';
import { resolveElementLanguage } from './resolve-element-language.js';
import { isShippedLanguage, isShippedTranslationMissing, loadShippedTranslation, shippedTranslation } from './shipped-translation.js';
import type { WidgetTranslation, WidgetTranslationArgs, WidgetTranslationKey } from './widget-translation.js';

/** Options for {@link LocalizeController}. */
export interface LocalizeControllerOptions {
  /** Where plugin translations come from. Default: the shared {@link pluginRegistry}. */
  readonly registry?: PluginRegistry;
}

/**
 * Gives a Lit element its language: the `lang` on the element, else on the closest ancestor,
 * else on `<html>`, else Danish. It re-renders the host when any of those attributes change at
 * runtime and when a plugin adds terms, and it formats dates and core issues in that language.
 * Language never depends on `dir`; right-to-left layout comes from CSS logical properties.
 *
 * @example
 * class MyWidget extends LitElement {
 *   private readonly localize = new LocalizeController(this);
 *   render() { return html`<button>${this.localize.term('save')}</button>`; }
 * }
 */
export class LocalizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #registry: PluginRegistry;
  #observer: MutationObserver | undefined;
  #unsubscribe: (() => void) | undefined;
  #lastLang: string | undefined;
  #effectiveLang: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LocalizeControllerOptions = {}) {
    this.#host = host;
    this.#registry = options.registry ?? pluginRegistry;
    host.addController(this);
  }

  hostConnected(): void {
    this.#lastLang = this.requestedLang;
    // Watching `lang` in the whole document covers the element, every light-DOM ancestor and
    // <html>; the element itself is watched too in case it sits inside another shadow root.
    this.#observer = new MutationObserver(() => this.#refresh());
    const root = this.#host.ownerDocument.documentElement;
    this.#observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    if (!root.contains(this.#host)) this.#observer.observe(this.#host, { attributes: true, attributeFilter: ['lang'] });
    this.#unsubscribe = this.#registry.subscribe(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /**
   * The language tag in effect, as written (e.g. `en-GB`), `da` when none is set. While the terms
   * of a newly asked-for shipped language are still loading, the previous language (Danish at
   * first) stays in effect, so terms, dates and messages switch together once they are here.
   */
  get lang(): string {
    const requested = this.requestedLang;
    if (!isShippedTranslationMissing(primarySubtag(requested))) this.#effectiveLang = requested;
    // Nothing loaded yet (a first render in English): Danish, the language every term falls back to.
    return this.#effectiveLang ?? 'da';
  }

  /**
   * `da` when the element's language is one that neither Samspil nor a plugin has terms for (a page
   * in `lang="ar"` shows Danish text), else `undefined`. Widgets mark their content with it (WCAG
   * 3.1.2), so a screen reader reads the Danish with a Danish voice. A plugin that translates only
   * some terms leaves the rest in Danish under its own language.
   */
  get fallbackLang(): 'da' | undefined {
    const requested = this.requestedLang.toLowerCase();
    const language = primarySubtag(requested);
    if (isShippedLanguage(language)) return undefined;
    const hasTerms = Object.keys(this.#registry.translations(requested)).length > 0 || Object.keys(this.#registry.translations(language)).length > 0;
    return hasTerms ? undefined : 'da';
  }

  /** The language the element asks for (`lang` on it, an ancestor or `<html>`), loaded or not. */
  get requestedLang(): string {
    return resolveElementLanguage(this.#host);
  }

  /** The primary language subtag in lower case, e.g. `en` for `en-GB`. */
  get language(): string {
    return primarySubtag(this.lang);
  }

  /** The language core's issue messages use: `da` or `en`. */
  get coreLocale(): Locale {
    return resolveLocale(this.lang);
  }

  /**
   * A term in the current language: plugin terms for the exact tag, then for the language, then
   * the shipped language, then Danish. A term function that throws falls back to Danish.
   */
  term<K extends WidgetTranslationKey>(key: K, ...args: WidgetTranslationArgs<K>): string {
    const lang = this.lang.toLowerCase();
    const language = primarySubtag(lang);
    const candidates: unknown[] = [
      this.#registry.translations(lang)[key],
      language === lang ? undefined : this.#registry.translations(language)[key],
      shippedTranslation(language)?.[key],
      (daKit as Partial<WidgetTranslation>)[key],
    ];
    for (const candidate of candidates) {
      const text = applyTerm(candidate, args);
      if (text !== undefined) return text;
    }
    return String(key);
  }

  /**
   * Starts loading the shipped terms of the current language when they are not at hand yet (English
   * arrives as a chunk of its own) and answers whether they loaded; `undefined` when nothing is
   * missing. Until then `term()` falls back to Danish.
   */
  loadLanguage(): Promise<boolean> | undefined {
    return loadShippedTranslation(primarySubtag(this.requestedLang));
  }

  /** For any host: asks for a missing shipped language and updates the host when it arrives. */
  hostUpdate(): void {
    void this.loadLanguage()?.then((loaded) => {
      if (loaded) this.#host.requestUpdate();
    });
  }

  /**
   * Formats a moment in the current language with the browser's `Intl.DateTimeFormat` (one
   * formatter per language and style, reused), so the words and order come from its locale data (`date` gives `1. marts 2026` in Danish and
   * `1 March 2026` in English) and no date tables ship with the widgets. Accepts a `Date`, a
   * timestamp or an ISO 8601 string; a bare `YYYY-MM-DD` is that day in local time. Anything
   * unreadable comes back as given (a string) or empty, never as `Invalid Date`.
   */
  formatDate(value: Date | number | string, style: DateStyle = 'date'): string {
    const date = toDate(value);
    if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
    try {
      return dateFormatter(intlLocaleFor(this.lang), style).format(date);
    } catch {
      return typeof value === 'string' ? value : '';
    }
  }

  /** A core issue's message in the current language (issues keep their code and parameters). */
  issueMessage(issue: Issue): string {
    try {
      return formatMessage(issue.code, issue.params, { locale: this.coreLocale });
    } catch {
      return issue.message;
    }
  }

  #refresh(): void {
    const lang = this.requestedLang;
    if (lang === this.#lastLang) return;
    this.#lastLang = lang;
    this.#host.requestUpdate();
  }
}

// Building a formatter costs far more than using one; a checklist formats a date per item.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let formatter = dateFormatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, DATE_STYLE_OPTIONS[style]);
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `Date` for a formatter. A calendar day is local midnight; a day that does not exist is invalid. */
function toDate(value: Date | number | string): Date {
  if (typeof value !== 'string') return new Date(value);
  const day = CALENDAR_DAY.exec(value);
  if (day === null) return new Date(value);
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const local = new Date(year, month - 1, date);
  return local.getFullYear() === year && local.getMonth() === month - 1 && local.getDate() === date ? local : new Date(Number.NaN);
}

function primarySubtag(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? 'da';
}

function applyTerm(candidate: unknown, args: readonly unknown[]): string | undefined {
  if (typeof candidate === 'string') return candidate;
  if (typeof candidate !== 'function') return undefined;
  try {
    const text: unknown = candidate(...args);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}
