import { da } from '../../kit/i18n/da.js';
import { en } from '../../kit/i18n/en.js';
import type { WidgetTranslation } from '../../kit/i18n/widget-translation.js';

/** The actioncard's own group of terms. */
export type ActioncardTerms = WidgetTranslation['actioncard'];

/** The actioncard's terms for a primary language subtag; Danish for anything not shipped. */
export function actioncardTerms(language: string): ActioncardTerms {
  return language === 'en' ? en.actioncard : da.actioncard;
}
