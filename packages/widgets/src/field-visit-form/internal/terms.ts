import { daFieldVisitForm } from '../../kit/i18n/da/field-visit-form.js';
import { shippedTranslation } from '../../kit/i18n/shipped-translation.js';
import type { WidgetTranslation } from '../../kit/i18n/widget-translation.js';

/** The form's own group of terms. */
export type FieldVisitFormTerms = WidgetTranslation['fieldVisitForm'];

/** The form's terms for a primary language subtag: English for `en`, Danish for everything else. */
export function fieldVisitFormTerms(language: string): FieldVisitFormTerms {
  return shippedTranslation(language)?.fieldVisitForm ?? daFieldVisitForm;
}
