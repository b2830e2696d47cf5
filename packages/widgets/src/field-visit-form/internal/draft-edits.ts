import type { FieldVisitDraft } from '@samspil/core';

// Small, pure edits of a draft. Each answers a new draft and shares every untouched part with
// the old one, so sections whose data did not change can skip rendering (`guard`).

type Observation = FieldVisitDraft['observations'][number];
type Resource = FieldVisitDraft['resources'][number];
type Agreement = FieldVisitDraft['agreements'][number];

/** Sets or (with `undefined` or an empty string) removes one optional top-level field. */
export function withField<K extends keyof FieldVisitDraft>(draft: FieldVisitDraft, key: K, value: FieldVisitDraft[K] | undefined): FieldVisitDraft {
  const next = { ...draft };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}

/** Sets or removes one field of a nested optional object, dropping the object once it is empty. */
export function withNested<K extends 'interpreter' | 'consentExplained' | 'followUp'>(
  draft: FieldVisitDraft,
  key: K,
  field: string,
  value: unknown,
): FieldVisitDraft {
  const current: Record<string, unknown> = { ...(draft[key] ?? {}) };
  if (value === undefined || value === '') delete current[field];
  else current[field] = value;
  return withField(draft, key, (Object.keys(current).length === 0 ? undefined : current) as FieldVisitDraft[K]);
}

/** Adds or removes an id in a list field (visitors, members present), keeping the list's order. */
export function withListMember(draft: FieldVisitDraft, key: 'visitors' | 'membersPresent', id: string, present: boolean): FieldVisitDraft {
  const list = draft[key];
  if (present === list.includes(id)) return draft;
  return { ...draft, [key]: present ? [...list, id] : list.filter((entry) => entry !== id) };
}

/** The member's free-text observation: the first observation about them without a catalogue code. */
export function memberNote(draft: FieldVisitDraft, personId: string): Observation | undefined {
  return draft.observations.find((item) => item.personId === personId && item.attentionPointCode === undefined);
}

/** Writes the member's free-text observation; an empty text removes an observation that held nothing else. */
export function withMemberNote(draft: FieldVisitDraft, personId: string, text: string, makeId: () => string): FieldVisitDraft {
  const existing = memberNote(draft, personId);
  if (existing === undefined) {
    if (text === '') return draft;
    return { ...draft, observations: [...draft.observations, { id: makeId(), personId, text }] };
  }
  const observations = draft.observations.flatMap((item): Observation[] => {
    if (item !== existing) return [item];
    if (text !== '') return [{ ...item, text }];
    const { text: _text, ...rest } = item;
    return Object.keys(rest).some((key) => key !== 'id' && key !== 'personId') ? [rest] : [];
  });
  return { ...draft, observations };
}

/** The catalogue codes picked for a member. */
export function memberCodes(draft: FieldVisitDraft, personId: string): ReadonlySet<string> {
  const codes = new Set<string>();
  for (const item of draft.observations) {
    if (item.personId === personId && item.attentionPointCode !== undefined) codes.add(item.attentionPointCode);
  }
  return codes;
}

/**
 * Picks or unpicks a catalogue code for a member. A picked code becomes an observation whose text
 * is the entry's label, so the record reads on its own; unpicking removes those observations.
 */
export function withMemberCode(
  draft: FieldVisitDraft,
  personId: string,
  code: string,
  picked: boolean,
  text: string,
  makeId: () => string,
): FieldVisitDraft {
  const matches = (item: Observation) => item.personId === personId && item.attentionPointCode === code;
  if (picked === draft.observations.some(matches)) return draft;
  const observations = picked
    ? [...draft.observations, { id: makeId(), personId, attentionPointCode: code, text }]
    : draft.observations.filter((item) => !matches(item));
  return { ...draft, observations };
}

/** Replaces one resource or agreement row by id. */
export function withRow<K extends 'resources' | 'agreements'>(
  draft: FieldVisitDraft,
  key: K,
  id: string,
  update: (row: FieldVisitDraft[K][number]) => FieldVisitDraft[K][number],
): FieldVisitDraft {
  const rows = draft[key] as readonly (Resource | Agreement)[];
  const next = rows.map((row) => (row.id === id ? update(row as never) : row));
  return { ...draft, [key]: next };
}

/** Sets or removes one field of a row object. */
export function rowField<T extends { id: string }>(row: T, field: string, value: string | undefined): T {
  const next: Record<string, unknown> = { ...row };
  if (value === undefined || value === '') delete next[field];
  else next[field] = value;
  return next as T;
}

/** Adds an empty row with a new id. */
export function withNewRow(draft: FieldVisitDraft, key: 'resources' | 'agreements', id: string): FieldVisitDraft {
  return { ...draft, [key]: [...draft[key], { id }] };
}

/** Removes a row by id. */
export function withoutRow(draft: FieldVisitDraft, key: 'resources' | 'agreements', id: string): FieldVisitDraft {
  return { ...draft, [key]: (draft[key] as readonly { id: string }[]).filter((row) => row.id !== id) };
}

/** Removes a whole-section decline (field-level declines stay). */
export function withoutSectionDecline(draft: FieldVisitDraft, sectionId: string): FieldVisitDraft {
  return { ...draft, declinedTopics: draft.declinedTopics.filter((topic) => topic.sectionId !== sectionId || topic.fieldId !== undefined) };
}
