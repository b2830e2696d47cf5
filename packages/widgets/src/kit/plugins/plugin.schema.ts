import { z } from '@samspil/core';
import { Id, LanguageTag, LocalizedLongText, LocalizedText, ShortText } from '@samspil/core';

// Limits keep a hostile or broken plugin from growing the registry without end; they sit far
// above what a municipality contributes.
const MAX_ELEMENTS = 100;
const MAX_ENTRIES = 1_000;
const MAX_LANGUAGES = 50;
const MAX_TERMS = 500;

/** A plugin's name: lower-case letters, digits and `@._/-`, like a package name. */
export const PluginName = z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[a-z0-9@][a-z0-9@._/-]*$/));
export type PluginName = z.infer<typeof PluginName>;

const ElementClass = z.custom<CustomElementConstructor>(
  (value) => typeof value === 'function' && value.prototype instanceof HTMLElement,
);

/** An element contribution: a tag name and a class extending `HTMLElement`. */
export const PluginElementEntry = z.strictObject({
  tagName: z.string().check(z.minLength(3), z.maxLength(100), z.regex(/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/)),
  constructor: ElementClass,
});

/** Structural check for attention-point entries until core's catalogue parser is exported. */
export const PluginAttentionPointEntry = z.looseObject({
  code: z.string().check(z.minLength(2), z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  kind: z.enum(['resource', 'concern']),
  label: LocalizedText,
});

/** A field-visit section contributed by a plugin. */
export const PluginFieldVisitSectionEntry = z.looseObject({
  id: Id,
  label: LocalizedText,
  description: z.optional(LocalizedLongText),
  tagName: z.optional(z.string().check(z.maxLength(100), z.regex(/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/))),
  order: z.optional(z.int().check(z.minimum(-1_000_000), z.maximum(1_000_000))),
});

/** A statutory basis contributed by a plugin (structural until core exports its schema). */
export const PluginStatutoryBasisEntry = z.looseObject({
  id: Id,
  citation: ShortText,
  label: LocalizedText,
});

const Term = z.custom<string | ((...args: never[]) => string)>(
  (value) => (typeof value === 'string' && value.length <= 2_000) || typeof value === 'function',
);

const atMostKeys = (maximum: number) =>
  z.refine((record: unknown) => record !== null && typeof record === 'object' && Object.keys(record).length <= maximum, {
    params: { code: 'too_many', maximum },
  });

/** Terms per language tag; which keys exist is checked against the Danish translation. */
export const PluginTranslations = z
  .record(LanguageTag, z.record(z.string().check(z.maxLength(100), z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/)), Term).check(atMostKeys(MAX_TERMS)))
  .check(atMostKeys(MAX_LANGUAGES));

/**
 * The outer shape of a plugin. Checklist templates and conversation guides are only checked to
 * be lists here; each entry then goes through core's own parser for its kind, once the widget that
 * reads the kind has brought it, so plugin data meets the same rules as built-in data.
 */
export const PluginShape = z.strictObject({
  name: PluginName,
  version: z.optional(ShortText),
  elements: z.optional(z.array(PluginElementEntry).check(z.maxLength(MAX_ELEMENTS))),
  checklistTemplates: z.optional(z.array(z.unknown()).check(z.maxLength(MAX_ENTRIES))),
  conversationGuides: z.optional(z.array(z.unknown()).check(z.maxLength(MAX_ENTRIES))),
  attentionPoints: z.optional(z.array(PluginAttentionPointEntry).check(z.maxLength(MAX_ENTRIES * 2))),
  fieldVisitSections: z.optional(z.array(PluginFieldVisitSectionEntry).check(z.maxLength(MAX_ENTRIES))),
  statutoryBases: z.optional(z.array(PluginStatutoryBasisEntry).check(z.maxLength(MAX_ENTRIES))),
  translations: z.optional(PluginTranslations),
});
export type PluginShape = z.infer<typeof PluginShape>;
