import type { PluginFieldVisitSection } from '../../kit/plugins/samspil-plugin.js';

/** What a plugin's section element is given and tells back (its contract with the form). */
export interface PluginSectionElement extends HTMLElement {
  /** The section's stored data: `draft.extensions[section.id]`, `undefined` until something is kept. */
  value?: unknown;
  /** True while the form is read-only or disabled. */
  disabled?: boolean;
}

/**
 * The element that renders a plugin's field-visit section, made once per section and form and
 * reused on every render, so it keeps its own state and focus. `undefined` when the section names
 * no element or its tag is not defined (yet): the form then shows the section's heading and
 * description only.
 */
export function pluginSectionElement(section: PluginFieldVisitSection, cache: Map<string, PluginSectionElement>, ownerDocument: Document): PluginSectionElement | undefined {
  const tagName = section.tagName;
  if (tagName === undefined || customElements.get(tagName) === undefined) return undefined;
  const key = `${section.id} ${tagName}`;
  let element = cache.get(key);
  if (element === undefined) {
    element = ownerDocument.createElement(tagName) as PluginSectionElement;
    element.dataset.section = section.id;
    cache.set(key, element);
  }
  return element;
}
