import { createIssue, fail, ok, parseInput } from '@samspil/core';
import type { ChecklistTemplate, ConversationGuide, Issue, IssuePath, LocaleOptions, Result } from '@samspil/core';
import { defineElement } from '../define-element.js';
import { daKit } from '../i18n/da/kit.js';
import type { WidgetTranslationOverrides } from '../i18n/widget-translation.js';
import { PluginShape } from './plugin.schema.js';
import type {
  ContributionParser,
  ParsedContributionKind,
  PluginAttentionPoint,
  PluginContributionKind,
  PluginFieldVisitSection,
  PluginRegistryChange,
  PluginStatutoryBasis,
  RegisteredPlugin,
  SamspilPlugin,
} from './samspil-plugin.js';

/** Options for {@link PluginRegistry.register}. */
export interface RegisterPluginOptions extends LocaleOptions {
  /** Built-in plugins are listed before every other plugin, whatever the load order. */
  readonly builtIn?: boolean;
}

/** Options for {@link createPluginRegistry}. */
export interface CreatePluginRegistryOptions {
  /** Where contributed elements are defined. Default: `customElements`. */
  readonly elementRegistry?: CustomElementRegistry;
  /** Core's parsers for checklist templates and conversation guides, if known from the start; see {@link PluginRegistry.useParser}. */
  readonly parsers?: Partial<Record<ParsedContributionKind, ContributionParser>>;
}

/** Read and write access to registered plugins; see {@link createPluginRegistry}. */
export interface PluginRegistry {
  /**
   * Validates and adds a plugin, all or nothing. A taken name or id is an issue, never a throw.
   * Checklist templates and conversation guides go through core's parser for their kind when one
   * is in use ({@link PluginRegistry.useParser}); otherwise they wait, unlisted, until one is.
   */
  register(plugin: unknown, options?: RegisterPluginOptions): Result<RegisteredPlugin>;
  /**
   * Checks checklist templates or conversation guides with core's parser for that kind from now
   * on. The widget that reads a kind brings its parser (decision 0013), so a page without that
   * widget does not carry it. Entries that waited are checked at once: those that pass are listed,
   * and those that do not are left out and reported in a `check` change. A second parser for a kind
   * changes nothing.
   */
  useParser(kind: ParsedContributionKind, parse: ContributionParser): void;
  /** Removes a plugin's data and translations. Elements it defined stay defined (the platform cannot undefine). */
  unregister(name: string): boolean;
  /** Every registered plugin, built-in ones first, then in registration order. */
  plugins(): readonly RegisteredPlugin[];
  /** The plugin registered under `name`, if any. */
  plugin(name: string): RegisteredPlugin | undefined;
  /** Every checklist template the plugins contributed that core's parser accepted, in plugin order. */
  checklistTemplates(): readonly ChecklistTemplate[];
  /** Every conversation guide the plugins contributed that core's parser accepted, in plugin order. */
  conversationGuides(): readonly ConversationGuide[];
  /** Every attention-point catalogue entry the plugins contributed, in plugin order. */
  attentionPoints(): readonly PluginAttentionPoint[];
  /** Sections ordered by `order` (unset counts as 0), then by registration. */
  fieldVisitSections(): readonly PluginFieldVisitSection[];
  /** Every statutory basis the plugins contributed, in plugin order. */
  statutoryBases(): readonly PluginStatutoryBasis[];
  /** Every plugin's terms for one language tag (case-insensitive), later plugins winning. */
  translations(language: string): WidgetTranslationOverrides;
  /** Language tags (lower case) some plugin has terms for. */
  languages(): readonly string[];
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: (change: PluginRegistryChange) => void): () => void;
  /** Increases with every change. */
  readonly revision: number;
}

type Keyed = { readonly id: string; readonly version: number };

const keyOfVersioned = (entry: Keyed) => `${entry.id}@${entry.version}`;

const KEYS: Record<PluginContributionKind, (entry: never) => string> = {
  checklistTemplates: keyOfVersioned,
  conversationGuides: keyOfVersioned,
  attentionPoints: (entry: PluginAttentionPoint) => entry.code,
  fieldVisitSections: (entry: PluginFieldVisitSection) => entry.id,
  statutoryBases: (entry: PluginStatutoryBasis) => entry.id,
};

const CONTRIBUTION_KINDS = Object.keys(KEYS) as PluginContributionKind[];
const PARSED_KINDS: readonly ParsedContributionKind[] = ['checklistTemplates', 'conversationGuides'];

/** An entry and its place in the plugin's list, for issue paths. */
type Placed = { readonly entry: unknown; readonly index: number };

/** Entries of parsed kinds that arrived before their parser. */
type Waiting = Partial<Record<ParsedContributionKind, readonly unknown[]>>;

const prefixed = (issues: readonly Issue[], prefix: IssuePath): Issue[] =>
  issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));

// Freezes the lists and the entry objects the parsers created, not values nested deeper: those
// (e.g. `extensions`) may still be the plugin author's own objects, which we never modify.
function freezeLists<T extends object>(data: T): T {
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const [key, value] of Object.entries(copy)) {
    if (Array.isArray(value)) copy[key] = Object.freeze(value.map((entry: unknown) => (entry !== null && typeof entry === 'object' ? Object.freeze(entry) : entry)));
  }
  return copy as T;
}

/**
 * Creates a plugin registry. The library shares one ({@link pluginRegistry}); a separate one is
 * useful in tests or in an app that mounts widgets for several municipalities side by side.
 * Checklist templates and conversation guides are validated with core's parsers, so a plugin's
 * template or guide meets the same rules as a built-in one. The parsers come with the widgets that
 * read those kinds ({@link PluginRegistry.useParser}, decision 0013); a registry of one's own is
 * given them with `parsers`.
 *
 * @example
 * const registry = createPluginRegistry({ parsers: { conversationGuides: parseConversationGuide } });
 * registry.register({ name: 'eksempel-kommune', conversationGuides: [guide] }).ok
 * //=> true
 */
export function createPluginRegistry(options: CreatePluginRegistryOptions = {}): PluginRegistry {
  const elementRegistry = options.elementRegistry ?? customElements;
  const parsers = new Map<ParsedContributionKind, ContributionParser>(Object.entries(options.parsers ?? {}) as [ParsedContributionKind, ContributionParser][]);
  const registered = new Map<string, RegisteredPlugin>();
  // Per plugin name: entries waiting for their kind's parser, and the language to report in.
  const waiting = new Map<string, { readonly entries: Waiting; readonly locale: LocaleOptions }>();
  const listeners = new Set<(change: PluginRegistryChange) => void>();
  let revision = 0;
  let counter = 0;
  let cache: { revision: number; ordered: readonly RegisteredPlugin[]; lists: Map<string, readonly unknown[]> } | undefined;

  const ordered = (): readonly RegisteredPlugin[] => {
    if (cache?.revision !== revision) {
      const list = [...registered.values()].sort((a, b) => a.order - b.order);
      cache = { revision, ordered: Object.freeze(list), lists: new Map() };
    }
    return cache.ordered;
  };

  const listOf = <T>(kind: PluginContributionKind): readonly T[] => {
    const plugins = ordered();
    const lists = cache!.lists;
    let list = lists.get(kind);
    if (list === undefined) {
      list = Object.freeze(plugins.flatMap((plugin) => (plugin[kind] ?? []) as readonly unknown[]));
      lists.set(kind, list);
    }
    return list as readonly T[];
  };

  const notify = (type: PluginRegistryChange['type'], plugin: RegisteredPlugin, issues?: readonly Issue[]) => {
    revision += 1;
    const change: PluginRegistryChange = issues === undefined ? { type, plugin, revision } : { type, plugin, revision, issues };
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch {
        // One broken listener must not keep the others (other widgets) from updating.
      }
    }
  };

  const validate = (input: unknown, locale: LocaleOptions): Result<{ plugin: SamspilPlugin; later: Waiting }> => {
    const shape = parseInput(PluginShape, input, locale);
    if (!shape.ok) return shape;
    const plugin = shape.value;
    const issues: Issue[] = [];

    if (registered.has(plugin.name)) issues.push(createIssue('duplicate_id', ['name'], { id: plugin.name }, locale));

    const parsed: Partial<Record<PluginContributionKind, readonly unknown[]>> = {
      attentionPoints: plugin.attentionPoints,
      fieldVisitSections: plugin.fieldVisitSections,
      statutoryBases: plugin.statutoryBases,
    };
    const later: Waiting = {};
    for (const kind of PARSED_KINDS) {
      const entries = plugin[kind];
      if (entries === undefined) continue;
      const parse = parsers.get(kind);
      if (parse === undefined) {
        // Listed once checked. Copied now: the plugin author's objects may change before then.
        later[kind] = structuredClone(entries);
        parsed[kind] = [];
        continue;
      }
      const checked = parseEntries(kind, entries, parse, locale);
      issues.push(...checked.issues, ...duplicates(kind, checked.accepted, locale).issues);
      parsed[kind] = checked.accepted.map(({ entry }) => entry);
    }

    for (const kind of CONTRIBUTION_KINDS) {
      if (PARSED_KINDS.includes(kind as ParsedContributionKind)) continue;
      issues.push(...duplicates(kind, (parsed[kind] ?? []).map((entry, index) => ({ entry, index })), locale).issues);
    }

    const contributedTags = new Set(ordered().flatMap((other) => (other.elements ?? []).map((element) => element.tagName)));
    (plugin.elements ?? []).forEach((element, index) => {
      const existing = elementRegistry.get(element.tagName);
      const nameOfClass = elementRegistry.getName?.(element.constructor);
      const clash =
        contributedTags.has(element.tagName) ||
        (existing !== undefined && existing !== element.constructor) ||
        (typeof nameOfClass === 'string' && nameOfClass !== element.tagName);
      if (clash) issues.push(createIssue('duplicate_id', ['elements', index, 'tagName'], { id: element.tagName }, locale));
      contributedTags.add(element.tagName);
    });

    for (const [language, terms] of Object.entries(plugin.translations ?? {})) {
      for (const key of Object.keys(terms)) {
        if (!Object.hasOwn(daKit, key)) issues.push(createIssue('unknown_key', ['translations', language, key], { key }, locale));
      }
    }

    if (issues.length > 0) return fail(issues);
    return ok({ plugin: { ...plugin, ...parsed } as SamspilPlugin, later });
  };

  /** The entries a parser accepts (with their place in the plugin's list), and the issues of those it refuses. */
  function parseEntries(kind: ParsedContributionKind, entries: readonly unknown[], parse: ContributionParser, locale: LocaleOptions) {
    const accepted: Placed[] = [];
    const issues: Issue[] = [];
    entries.forEach((entry, index) => {
      const result = parse(entry, locale);
      if (result.ok) accepted.push({ entry: result.value, index });
      else issues.push(...prefixed(result.issues, [kind, index]));
    });
    return { accepted, issues };
  }

  /** Entries whose key a listed entry (or an earlier one of the same list) already has, reported at their place. */
  function duplicates(kind: PluginContributionKind, entries: readonly Placed[], locale: LocaleOptions) {
    const taken = new Set(listOf<never>(kind).map(KEYS[kind]));
    const issues: Issue[] = [];
    const unique: unknown[] = [];
    for (const { entry, index } of entries) {
      const key = KEYS[kind](entry as never);
      const idPath = kind === 'attentionPoints' ? 'code' : 'id';
      if (taken.has(key)) issues.push(createIssue('duplicate_id', [kind, index, idPath], { id: key }, locale));
      else unique.push(entry);
      taken.add(key);
    }
    return { issues, unique };
  }

  /** Checks the entries of one kind that waited for its parser, plugin by plugin, in plugin order. */
  function checkWaiting(kind: ParsedContributionKind, parse: ContributionParser): void {
    for (const plugin of ordered()) {
      const held = waiting.get(plugin.name);
      const entries = held?.entries[kind];
      if (held === undefined || entries === undefined) continue;
      const { [kind]: _checkedNow, ...stillWaiting } = held.entries;
      if (Object.keys(stillWaiting).length === 0) waiting.delete(plugin.name);
      else waiting.set(plugin.name, { entries: stillWaiting, locale: held.locale });
      const checked = parseEntries(kind, entries, parse, held.locale);
      const { issues: duplicateIssues, unique } = duplicates(kind, checked.accepted, held.locale);
      const issues = [...checked.issues, ...duplicateIssues];
      const updated: RegisteredPlugin = Object.freeze({ ...plugin, ...freezeLists({ [kind]: [...(plugin[kind] ?? []), ...unique] }) });
      registered.set(plugin.name, updated);
      notify('check', updated, issues.length > 0 ? issues : undefined);
    }
  }

  return {
    register(input, registerOptions = {}) {
      const locale: LocaleOptions = { locale: registerOptions.locale, messages: registerOptions.messages };
      let validated: Result<{ plugin: SamspilPlugin; later: Waiting }>;
      try {
        validated = validate(input, locale);
      } catch {
        // parseInput already guards hostile getters; this covers anything past it (and entries
        // that cannot be kept for their parser, such as functions).
        return fail([createIssue('unreadable_input', [], undefined, locale)]);
      }
      if (!validated.ok) return validated;
      const { plugin, later } = validated.value;

      const defineIssues: Issue[] = [];
      (plugin.elements ?? []).forEach((element, index) => {
        const defined = defineElement(element.tagName, element.constructor, { ...locale, registry: elementRegistry });
        if (!defined.ok) defineIssues.push(...prefixed(defined.issues, ['elements', index, 'tagName']));
      });
      if (defineIssues.length > 0) return fail(defineIssues);

      counter += 1;
      const order = (registerOptions.builtIn === true ? -1_000_000_000 : 0) + counter;
      const { elements, translations, ...data } = plugin;
      const entry: RegisteredPlugin = Object.freeze({
        ...freezeLists(data),
        ...(elements === undefined ? {} : { elements: Object.freeze(elements.map((element) => Object.freeze({ ...element }))) }),
        ...(translations === undefined ? {} : { translations: Object.freeze(lowerCaseKeys(translations)) }),
        order,
      });
      registered.set(entry.name, entry);
      // Waiting entries are reported in the language the plugin was registered in.
      if (Object.keys(later).length > 0) waiting.set(entry.name, { entries: later, locale });
      notify('register', entry);
      return ok(entry);
    },

    useParser(kind, parse) {
      if (!PARSED_KINDS.includes(kind) || typeof parse !== 'function' || parsers.has(kind)) return;
      parsers.set(kind, parse);
      checkWaiting(kind, parse);
    },

    unregister(name) {
      const entry = registered.get(name);
      if (entry === undefined) return false;
      registered.delete(name);
      waiting.delete(name);
      notify('unregister', entry);
      return true;
    },

    plugins: ordered,
    plugin: (name) => registered.get(name),
    checklistTemplates: () => listOf<ChecklistTemplate>('checklistTemplates'),
    conversationGuides: () => listOf<ConversationGuide>('conversationGuides'),
    attentionPoints: () => listOf<PluginAttentionPoint>('attentionPoints'),
    fieldVisitSections: () => {
      const key = 'fieldVisitSections:sorted';
      const lists = (ordered(), cache!.lists);
      let list = lists.get(key);
      if (list === undefined) {
        // Array.prototype.sort is stable, so equal orders keep registration order.
        list = Object.freeze(
          [...listOf<PluginFieldVisitSection>('fieldVisitSections')].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)),
        );
        lists.set(key, list);
      }
      return list as readonly PluginFieldVisitSection[];
    },
    statutoryBases: () => listOf<PluginStatutoryBasis>('statutoryBases'),

    translations(language) {
      const tag = String(language).toLowerCase();
      const merged: Record<string, unknown> = {};
      for (const plugin of ordered()) {
        const terms = plugin.translations?.[tag];
        if (terms !== undefined) Object.assign(merged, terms);
      }
      return merged as WidgetTranslationOverrides;
    },

    languages() {
      const tags = new Set<string>();
      for (const plugin of ordered()) for (const tag of Object.keys(plugin.translations ?? {})) tags.add(tag);
      return [...tags];
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    get revision() {
      return revision;
    },
  };
}

function lowerCaseKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const result: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) result[key.toLowerCase()] = Object.freeze({ ...value });
  return result;
}
