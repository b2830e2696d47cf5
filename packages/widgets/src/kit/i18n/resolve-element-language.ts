/**
 * Finds the language tag that applies to an element: its own `lang`, else the closest ancestor's
 * (through shadow roots to their hosts, as HTML does, so a widget inside a portal's own
 * component follows the portal), else the document's. Empty `lang` attributes are skipped.
 * Danish (`da`) when nothing is set.
 *
 * @example
 * resolveElementLanguage(document.querySelector('samspil-actioncard'))
 * //=> 'en-GB'
 */
export function resolveElementLanguage(element: Element): string {
  let node: Node | null = element;
  while (node !== null) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  const documentLang = element.ownerDocument.documentElement.getAttribute('lang')?.trim();
  return documentLang ? documentLang : 'da';
}
