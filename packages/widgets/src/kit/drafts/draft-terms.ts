import { daKit } from '../i18n/da/kit.js';
import { shippedTranslation } from '../i18n/shipped-translation.js';
import type { WidgetTranslation } from '../i18n/widget-translation.js';

/** The drafts group of terms. */
export type DraftTerms = WidgetTranslation['drafts'];

/** The draft terms for a primary language subtag: English for `en`, Danish for everything else. */
export function draftTerms(language: string): DraftTerms {
  return shippedTranslation(language)?.drafts ?? daKit.drafts;
}
