import { daActioncard } from '../../kit/i18n/da/actioncard.js';
import { shippedTranslation } from '../../kit/i18n/shipped-translation.js';
import type { WidgetTranslation } from '../../kit/i18n/widget-translation.js';

/** The actioncard's own group of terms. */
export type ActioncardTerms = WidgetTranslation['actioncard'];

/** The actioncard's terms for a primary language subtag; Danish for anything not shipped. */
export function actioncardTerms(language: string): ActioncardTerms {
  return shippedTranslation(language)?.actioncard ?? daActioncard;
}
