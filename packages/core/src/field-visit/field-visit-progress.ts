import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { FieldVisitSectionId } from './field-visit.schema.js';
import { FIELD_VISIT_SECTIONS } from './field-visit-sections.js';
import { missingFields, sectionDeclinable, sectionDeclined, sectionHasContent, sectionRequired } from './internal/section-content.js';
import { parseFieldVisit } from './parse-field-visit.js';

/** Where one section of the visit form stands. */
export interface FieldVisitSectionProgress {
  readonly sectionId: FieldVisitSectionId;
  /** `declined` when the family declined the section, else `filled` when anything is written in it. */
  readonly state: 'filled' | 'declined' | 'empty';
  /** True when something is written in the section, even if it was later declined. */
  readonly hasContent: boolean;
  /** Single fields in the section the family declined. */
  readonly declinedFields: readonly string[];
  /** Fields still needed before submitting (dotted paths, e.g. `agreements.0.dueDate`). */
  readonly missing: readonly string[];
  /** True when the section must be filled in or declined before submitting. */
  readonly required: boolean;
}

/** Where a whole visit stands, section by section in form order. */
export interface FieldVisitProgress {
  readonly sections: readonly FieldVisitSectionProgress[];
  readonly filled: number;
  readonly declined: number;
  readonly empty: number;
  readonly total: number;
  /** True when no section misses anything the submit rules need from the form itself. */
  readonly complete: boolean;
}

/** Options for {@link fieldVisitProgress}. */
export type FieldVisitProgressOptions = LocaleOptions;

/**
 * Summarises a field visit (draft or submitted) per section for the widget's progress view:
 * filled, declined by the family, or empty, with the fields still missing before it can be
 * submitted. A section the family declined counts as done; only half-written items in it stay missing.
 *
 * @example
 * fieldVisitProgress({ id: 'v1', familyId: 'f1', kind: 'home', familyOwnWords: 'Vi vil gerne have ro.' })
 *   .value.sections.map((section) => section.state)
 * //=> ['empty', 'empty', 'empty', 'filled', 'empty', 'empty', 'empty']
 */
export function fieldVisitProgress(visit: unknown, options: FieldVisitProgressOptions = {}): Result<FieldVisitProgress> {
  const parsed = parseFieldVisit(visit, options);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const sections = FIELD_VISIT_SECTIONS.map((section): FieldVisitSectionProgress => {
    const declined = sectionDeclinable(section.id) && sectionDeclined(value, section.id);
    const hasContent = sectionHasContent(value, section.id);
    return {
      sectionId: section.id,
      state: declined ? 'declined' : hasContent ? 'filled' : 'empty',
      hasContent,
      declinedFields: value.declinedTopics.flatMap((topic) =>
        topic.sectionId === section.id && topic.fieldId !== undefined ? [topic.fieldId] : [],
      ),
      missing: missingFields(value, section.id),
      required: sectionRequired(value.kind, section.id),
    };
  });
  const count = (state: FieldVisitSectionProgress['state']) => sections.filter((section) => section.state === state).length;
  return ok({
    sections,
    filled: count('filled'),
    declined: count('declined'),
    empty: count('empty'),
    total: sections.length,
    complete: sections.every((section) => section.missing.length === 0),
  });
}
