import type { FieldVisitDraft, Person } from '@samspil/core';
import type { FieldPath } from '../../kit/drafts/field-differences.js';

/**
 * The form's field key (as its labels and error messages use) for a place in a draft given as
 * object keys and row ids: `['agreements', 'a-2', 'action']` is `agreements.1.action`, an
 * observation is the wellbeing field of the member it is about. Other paths join with dots.
 *
 * @example
 * fieldKeyOfDraftPath(['interpreter', 'language'], draft, members)
 * //=> 'interpreter.language'
 */
export function fieldKeyOfDraftPath(path: FieldPath, draft: FieldVisitDraft | undefined, members: readonly Person[]): string {
  const [head, rowId, ...rest] = path;
  if (head === 'agreements' || head === 'resources') {
    const index = (draft?.[head] ?? []).findIndex((row) => row.id === rowId);
    const field = head === 'agreements' && rest[0]?.startsWith('owner') === true ? 'owner' : rest[0];
    return [head, String(index === -1 ? (draft?.[head].length ?? 0) : index), ...(field === undefined ? [] : [field])].join('.');
  }
  if (head === 'observations') {
    const personId = draft?.observations.find((row) => row.id === rowId)?.personId;
    return `wellbeing.${members.findIndex((member) => member.id === personId)}`;
  }
  return path.join('.');
}
