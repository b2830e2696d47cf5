import { daActioncard } from './da/actioncard.js';
import { daChecklist } from './da/coordination-checklist.js';
import { daFieldVisitForm } from './da/field-visit-form.js';
import { daKit } from './da/kit.js';
import type { WidgetTranslation } from './widget-translation.js';

/**
 * Danish: the default language of every widget and the fallback for any missing term. Every term in
 * one object, for reading and for plugin authors; the widgets themselves import only their own
 * group (`i18n/da/`), so a page with one widget loads only its words.
 */
export const da: WidgetTranslation = {
  ...daKit,
  fieldVisitForm: daFieldVisitForm,
  checklist: daChecklist,
  actioncard: daActioncard,
};
