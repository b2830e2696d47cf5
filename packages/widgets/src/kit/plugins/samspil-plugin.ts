import type { ChecklistTemplate, ConversationGuide, Issue, LocalizedLongText, LocalizedText, LocaleOptions, Result } from '@samspil/core';
import type { WidgetTranslationOverrides } from '../i18n/widget-translation.js';

/** A custom element a plugin contributes; defined with the kit's guarded `defineElement`. */
export interface PluginElement {
  readonly tagName: string;
  readonly constructor: CustomElementConstructor;
}

/**
 * An attention-point catalogue entry from a plugin. Checked structurally here (code, kind,
 * label); the attention-point widget validates the full entry against core's catalogue schema.
 */
export interface PluginAttentionPoint {
  readonly code: string;
  readonly kind: 'resource' | 'concern';
  readonly label: LocalizedText;
  readonly [field: string]: unknown;
}

/** An extra section of the field-visit form, e.g. a municipality's own housing questions. */
export interface PluginFieldVisitSection {
  readonly id: string;
  readonly label: LocalizedText;
  readonly description?: LocalizedLongText;
  /** A custom element (usually contributed by the same plugin) that renders the section. */
  readonly tagName?: string;
  /** Where the section goes among the others; lower first. */
  readonly order?: number;
  readonly [field: string]: unknown;
}

/** A statutory basis for disclosure that a plugin adds to the configured list. */
export interface PluginStatutoryBasis {
  readonly id: string;
  readonly citation: string;
  readonly label: LocalizedText;
  readonly [field: string]: unknown;
}

/**
 * A plain object that extends Samspil without a fork: a municipality's own checklist templates,
 * conversation guides, catalogue entries, field-visit sections, statutory bases, translations and
 * elements. The built-in widgets register themselves the same way.
 *
 * @example
 * registerPlugin({ name: 'eksempel-kommune', checklistTemplates: [kommunensSkabelon] });
 */
export interface SamspilPlugin {
  /** Unique among registered plugins, e.g. `eksempel-kommune`. */
  readonly name: string;
  readonly version?: string;
  readonly elements?: readonly PluginElement[];
  readonly checklistTemplates?: readonly ChecklistTemplate[];
  readonly conversationGuides?: readonly ConversationGuide[];
  readonly attentionPoints?: readonly PluginAttentionPoint[];
  readonly fieldVisitSections?: readonly PluginFieldVisitSection[];
  readonly statutoryBases?: readonly PluginStatutoryBasis[];
  /** Terms per language tag (`da`, `en`, or a language the plugin adds such as `ar`). */
  readonly translations?: Readonly<Record<string, WidgetTranslationOverrides>>;
}

/** The kinds of data a plugin can contribute, in the order the registry lists them. */
export type PluginContributionKind =
  | 'checklistTemplates'
  | 'conversationGuides'
  | 'attentionPoints'
  | 'fieldVisitSections'
  | 'statutoryBases';

/** A plugin as the registry keeps it: validated, frozen, with the order it was registered in. */
export type RegisteredPlugin = SamspilPlugin & { readonly order: number };

/** The kinds a plugin contributes that core has a parser for; see `PluginRegistry.useParser`. */
export type ParsedContributionKind = 'checklistTemplates' | 'conversationGuides';

/** Core's parser for one kind, e.g. `parseChecklistTemplate`: the entry as core keeps it, or issues. */
export type ContributionParser = (entry: unknown, options: LocaleOptions) => Result<unknown>;

/** What a registry listener is told. */
export interface PluginRegistryChange {
  /**
   * `register` and `unregister`; `check` when entries that waited for their kind's parser were
   * checked (the plugin as it is now, with the entries that passed).
   */
  readonly type: 'register' | 'unregister' | 'check';
  readonly plugin: RegisteredPlugin;
  /** Increases with every change; widgets can compare it to skip work. */
  readonly revision: number;
  /** With `check`: why entries were left out, with paths into the plugin as it was registered. */
  readonly issues?: readonly Issue[];
}
