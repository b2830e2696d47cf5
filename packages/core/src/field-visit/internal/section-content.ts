import type { FieldVisitKind, FieldVisitSectionId } from '../field-visit.schema.js';
import { FIELD_VISIT_SECTIONS } from '../field-visit-sections.js';

// What counts as content in each section, shared by the submit rules and the progress view so the
// two never disagree.

interface Texted {
  readonly text?: string | undefined;
}

/** The fields of a visit, draft or submitted, that the sections read. */
export interface VisitContent {
  readonly kind: FieldVisitKind;
  readonly date?: string | undefined;
  readonly startTime?: string | undefined;
  readonly endTime?: string | undefined;
  readonly place?: string | undefined;
  readonly hostActorId?: string | undefined;
  readonly visitors?: readonly string[] | undefined;
  readonly membersPresent?: readonly string[] | undefined;
  readonly interpreter?: object | undefined;
  readonly observations?: readonly Texted[] | undefined;
  readonly resources?: readonly Texted[] | undefined;
  readonly familyOwnWords?: string | undefined;
  readonly agreements?:
    | readonly {
        readonly action?: string | undefined;
        readonly ownerActorId?: string | undefined;
        readonly ownerPersonId?: string | undefined;
        readonly dueDate?: string | undefined;
      }[]
    | undefined;
  readonly consentExplained?: { readonly explained?: boolean | undefined; readonly by?: string | undefined } | undefined;
  readonly followUp?: { readonly date?: string | undefined; readonly notes?: string | undefined } | undefined;
  readonly declinedTopics?: readonly { readonly sectionId: FieldVisitSectionId; readonly fieldId?: string | undefined }[] | undefined;
}

/** True when the text has something other than white space in it. */
export const hasText = (text: string | undefined): boolean => text !== undefined && text.trim().length > 0;

const anyText = (items: readonly Texted[] | undefined): boolean => (items ?? []).some((item) => hasText(item.text));

/** True when the family declined a section as a whole. */
export function sectionDeclined(visit: VisitContent, sectionId: FieldVisitSectionId): boolean {
  return (visit.declinedTopics ?? []).some((topic) => topic.sectionId === sectionId && topic.fieldId === undefined);
}

/** True when a section holds anything written. */
export function sectionHasContent(visit: VisitContent, sectionId: FieldVisitSectionId): boolean {
  switch (sectionId) {
    case 'facts':
      return (
        visit.date !== undefined ||
        hasText(visit.place) ||
        visit.startTime !== undefined ||
        visit.endTime !== undefined ||
        visit.hostActorId !== undefined ||
        visit.interpreter !== undefined ||
        (visit.visitors ?? []).length > 0 ||
        (visit.membersPresent ?? []).length > 0
      );
    case 'wellbeing':
      return anyText(visit.observations);
    case 'resources':
      return anyText(visit.resources);
    case 'own-words':
      return hasText(visit.familyOwnWords);
    case 'agreements':
      return (visit.agreements ?? []).some((agreement) => hasText(agreement.action));
    case 'consent':
      return visit.consentExplained?.explained !== undefined;
    case 'follow-up':
      return visit.followUp?.date !== undefined || hasText(visit.followUp?.notes);
  }
}

/** True when the section must be filled in or declined before a visit of this kind is submitted. */
export function sectionRequired(kind: FieldVisitKind, sectionId: FieldVisitSectionId): boolean {
  return FIELD_VISIT_SECTIONS.some((section) => section.id === sectionId && section.requiredFor.includes(kind));
}

/** True when the family may decline the section. */
export function sectionDeclinable(sectionId: FieldVisitSectionId): boolean {
  return FIELD_VISIT_SECTIONS.some((section) => section.id === sectionId && section.declinable);
}

/** The fields of a section still missing before the visit can be submitted (dotted paths). */
export function missingFields(visit: VisitContent, sectionId: FieldVisitSectionId): string[] {
  const missing: string[] = [];
  switch (sectionId) {
    case 'facts':
      if (visit.date === undefined) missing.push('date');
      if (!hasText(visit.place)) missing.push('place');
      if ((visit.visitors ?? []).length === 0) missing.push('visitors');
      if (visit.kind === 'home' && (visit.membersPresent ?? []).length === 0) missing.push('membersPresent');
      return missing;
    case 'consent':
      if (visit.consentExplained?.explained === undefined) missing.push('consentExplained.explained');
      else if (visit.consentExplained.explained && visit.consentExplained.by === undefined) missing.push('consentExplained.by');
      return missing;
    case 'wellbeing':
      (visit.observations ?? []).forEach((item, index) => {
        if (!hasText(item.text)) missing.push(`observations.${index}.text`);
      });
      break;
    case 'resources':
      (visit.resources ?? []).forEach((item, index) => {
        if (!hasText(item.text)) missing.push(`resources.${index}.text`);
      });
      break;
    case 'agreements':
      (visit.agreements ?? []).forEach((item, index) => {
        if (!hasText(item.action)) missing.push(`agreements.${index}.action`);
        if (item.ownerActorId === undefined && item.ownerPersonId === undefined) missing.push(`agreements.${index}.owner`);
        if (item.dueDate === undefined) missing.push(`agreements.${index}.dueDate`);
      });
      break;
    case 'own-words':
    case 'follow-up':
      break;
  }
  if (missing.length === 0 && sectionRequired(visit.kind, sectionId) && !sectionHasContent(visit, sectionId) && !sectionDeclined(visit, sectionId)) {
    missing.push(FIELD_VISIT_SECTIONS.find((section) => section.id === sectionId)?.fields[0] ?? sectionId);
  }
  return missing;
}
