import { da } from '../../kit/i18n/da.js';
import { en } from '../../kit/i18n/en.js';
import type { WidgetTranslation } from '../../kit/i18n/widget-translation.js';

/** The form's own group of terms. */
export type FieldVisitFormTerms = WidgetTranslation['fieldVisitForm'];

/** The form's terms for a primary language subtag: English for `en`, Danish for everything else. */
export function fieldVisitFormTerms(language: string): FieldVisitFormTerms {
  return language === 'en' ? en.fieldVisitForm : da.fieldVisitForm;
}
