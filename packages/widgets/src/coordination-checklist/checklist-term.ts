import { daChecklist } from '../kit/i18n/da/coordination-checklist.js';
import { shippedTranslation } from '../kit/i18n/shipped-translation.js';
import type { WidgetTranslation } from '../kit/i18n/widget-translation.js';

/** The checklist's own group of terms in the kit's translations. */
export type ChecklistTerms = WidgetTranslation['checklist'];
export type ChecklistTermKey = keyof ChecklistTerms;
export type ChecklistTermArgs<K extends ChecklistTermKey> = ChecklistTerms[K] extends (...args: infer A) => string ? A : [];

/**
 * A term from the checklist's group for a language (primary subtag, e.g. `en`), Danish when the
 * language has none. The kit's `term()` reads top-level keys only, so nested groups go through
 * this lookup.
 *
 * @example
 * checklistTerm('en', 'waitsFor', 'CPR registration')
 * //=> 'Waiting for: CPR registration'
 */
export function checklistTerm<K extends ChecklistTermKey>(language: string, key: K, ...args: ChecklistTermArgs<K>): string {
  for (const terms of [shippedTranslation(language)?.checklist, daChecklist]) {
    const candidate: unknown = terms?.[key];
    if (typeof candidate === 'string') return candidate;
    if (typeof candidate === 'function') {
      try {
        const text: unknown = candidate(...args);
        if (typeof text === 'string') return text;
      } catch {
        // fall through to Danish
      }
    }
  }
  return String(key);
}
