import type { Family, FieldVisitDraft, Issue } from '@samspil/core';
import { fieldVisitMessagesDa, learnMessages } from '@samspil/core';

learnMessages(fieldVisitMessagesDa);

// Core reports issues by record path (`['agreements', 1, 'dueDate']`); the form shows them next
// to the control that edits that part of the record. A field key names such a control. Only issues
// from core's submit rules are placed, so this loads with them (decision 0014).

const TOP_LEVEL = new Set(['date', 'startTime', 'endTime', 'place', 'visitors', 'membersPresent', 'hostActorId', 'familyOwnWords']);

/**
 * The key of the control an issue belongs to, or `undefined` when no control edits that part of
 * the record (e.g. the submitting actor or the family id, which the portal sets).
 */
export function fieldKeyForIssue(issue: Issue, draft: FieldVisitDraft, family: Family): string | undefined {
  const [head, second, third] = issue.path;
  // Core points at the member who needs the interpreter; the fix is in the interpreter fields.
  if (issue.code === 'field_visit_interpreter_missing') return 'interpreter.language';
  if (typeof head !== 'string') return undefined;
  if (TOP_LEVEL.has(head)) return head;
  switch (head) {
    case 'interpreter':
      return `interpreter.${second === 'mode' || second === 'name' ? second : 'language'}`;
    case 'consentExplained':
      return second === 'by' || second === 'notes' ? `consentExplained.${second}` : 'consentExplained.explained';
    case 'followUp':
      return second === 'notes' ? 'followUp.notes' : 'followUp.date';
    case 'agreements': {
      if (typeof second !== 'number' || draft.agreements[second] === undefined) return 'agreements.add';
      const field = third === 'dueDate' ? 'dueDate' : third === 'ownerActorId' || third === 'ownerPersonId' ? 'owner' : 'action';
      return `agreements.${second}.${field}`;
    }
    case 'resources': {
      if (typeof second !== 'number' || draft.resources[second] === undefined) return 'resources.add';
      return `resources.${second}.${third === 'personId' ? 'who' : 'text'}`;
    }
    case 'observations': {
      if (typeof second !== 'number') return undefined;
      const personId = draft.observations[second]?.personId;
      const index = family.members.findIndex((member) => member.id === personId);
      return index === -1 ? undefined : `wellbeing.${index}`;
    }
    default:
      return undefined;
  }
}
