import { createIssue, fail, ok } from '@samspil/core';
import type { LocaleOptions, Result } from '@samspil/core';

/** Options for {@link defineElement}. */
export interface DefineElementOptions extends LocaleOptions {
  /** The registry to define in; a scoped registry in apps that use one. Default: `customElements`. */
  readonly registry?: CustomElementRegistry;
}

// The HTML rule for valid custom element names, restricted to the ASCII subset Samspil uses.
const CUSTOM_ELEMENT_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;
const RESERVED_NAMES = new Set([
  'annotation-xml',
  'color-profile',
  'font-face',
  'font-face-src',
  'font-face-uri',
  'font-face-format',
  'font-face-name',
  'missing-glyph',
]);

/**
 * Defines a custom element unless that exact class is already defined under the name, so a page
 * that loads the CDN bundle and a bundled widget module (or the same module twice) keeps working.
 * It never throws and never logs: a name taken by another class, an invalid name or a rejected
 * class comes back as an issue the caller can show or ignore.
 *
 * @example
 * defineElement('samspil-actioncard', SamspilActioncard).ok
 * //=> true
 */
export function defineElement(
  tagName: string,
  constructor: CustomElementConstructor,
  options: DefineElementOptions = {},
): Result<CustomElementConstructor> {
  const registry = options.registry ?? customElements;
  if (typeof tagName !== 'string' || !CUSTOM_ELEMENT_NAME.test(tagName) || RESERVED_NAMES.has(tagName)) {
    return fail([createIssue('invalid_format', [], { format: 'custom-element-name' }, options)]);
  }
  const existing = registry.get(tagName);
  if (existing === constructor) return ok(constructor);
  if (existing !== undefined) return fail([createIssue('duplicate_id', [], { id: tagName }, options)]);
  try {
    registry.define(tagName, constructor);
    return ok(constructor);
  } catch {
    // e.g. the class is already registered under another name, or is not an HTMLElement.
    return fail([createIssue('invalid_value', [], undefined, options)]);
  }
}
