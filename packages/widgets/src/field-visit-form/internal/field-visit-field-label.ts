import type { FieldVisitDraft, Person } from '@samspil/core';
import type { FieldPath } from '../../kit/drafts/field-differences.js';
import type { FieldVisitFormTerms } from './terms.js';

type RowList = 'observations' | 'resources' | 'agreements';

/**
 * The label a person knows for a place in a field-visit draft, for the panel that reconciles two
 * copies: `Sted`, `Aftale 2 › Handling`, `Observation: Yara`. Paths it does not know are shown as
 * written, so nothing is hidden.
 */
export function fieldVisitFieldLabel(path: FieldPath, t: FieldVisitFormTerms, draft: FieldVisitDraft | undefined, members: readonly Person[]): string {
  const [head, second, third] = path;
  const rowPosition = (list: RowList) => {
    const rows = draft?.[list] ?? [];
    const index = rows.findIndex((row) => row.id === second);
    return index === -1 ? rows.length + 1 : index + 1;
  };
  const top: Partial<Record<string, string>> = {
    date: t.date,
    startTime: t.startTime,
    endTime: t.endTime,
    place: t.place,
    visitors: t.visitors,
    membersPresent: t.membersPresent,
    hostActorId: t.hostActor,
    familyOwnWords: t.ownWords,
    kind: t.kind,
  };
  if (head === undefined) return '';
  if (path.length === 1 && top[head] !== undefined) return top[head];
  if (head === 'interpreter') {
    const part = { language: t.interpreterLanguage, mode: t.interpreterMode, name: t.interpreterName }[second ?? ''];
    return part === undefined ? t.interpreter : `${t.interpreter} › ${part}`;
  }
  if (head === 'followUp') return second === 'date' ? t.followUpDate : t.followUpNotes;
  if (head === 'consentExplained') return second === 'by' ? t.consentBy : second === 'notes' ? t.consentNotes : t.consentExplained;
  if (head === 'agreements') {
    const row = t.agreement(rowPosition('agreements'));
    const part = third === 'action' ? t.agreementAction : third === 'dueDate' ? t.agreementDue : third?.startsWith('owner') ? t.agreementOwner : undefined;
    return part === undefined ? row : `${row} › ${part}`;
  }
  if (head === 'resources') return t.resource(rowPosition('resources'));
  if (head === 'observations') {
    const observation = draft?.observations.find((row) => row.id === second);
    const member = members.find((person) => person.id === observation?.personId);
    return t.observation(member === undefined ? '' : [member.givenName, member.familyName].filter(Boolean).join(' '));
  }
  return path.join(' › ');
}
