import { FIELD_VISIT_SECTIONS } from '../field-visit-sections.js';

/** A section's label for a message, or the raw id when it is not a known section. */
export const sectionLabel = (id: unknown, locale: 'da' | 'en'): string =>
  FIELD_VISIT_SECTIONS.find((section) => section.id === id)?.label[locale] ?? String(id);
