import { parseInput } from '../common/parse-input.js';
import { LongText } from '../common/schemas.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import type { Result } from '../result/result.js';
import type { AttentionPoint, AttentionRegister } from './attention-point.schema.js';
import { locatePoint, replacePoint } from './internal/locate-point.js';
import { prefix } from './internal/read-catalogue.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { attentionPointMessagesDa } from './messages.da.js';

learnMessages(attentionPointMessagesDa);

/** What `resolveAttentionPoint` takes besides its input; `locale` picks the language of issue messages. */
export interface ResolveAttentionPointOptions extends LocaleOptions {
  /** The moment of resolving. Core never reads the clock. */
  readonly now: Date | string | number;
  /** Who resolves the point; recorded in the resolution and the history. */
  readonly byActorId: string;
  /** Why or how it was resolved, e.g. "Sleep improved after the move". */
  readonly note?: string;
}

/**
 * Closes an attention point: status `resolved`, a `resolution` with time, actor and note, and a
 * `resolved` history step that keeps the note even if the point is later reopened. Answers
 * `attention_point_already_resolved` for a point that is already closed.
 *
 * @example
 * resolveAttentionPoint(register, 'attention-point-1', { now: '2026-04-01T12:00:00Z', byActorId: 'a1', note: 'Sover igen' }).value.points[0].status
 * //=> 'resolved'
 */
export function resolveAttentionPoint(register: unknown, id: unknown, options: ResolveAttentionPointOptions): Result<AttentionRegister> {
  const locale: LocaleOptions = options ?? {};
  let rawNote: unknown;
  try {
    rawNote = options?.note;
  } catch {
    rawNote = Symbol('unreadable');
  }
  const note = rawNote === undefined ? undefined : parseInput(LongText, rawNote, locale);
  const located = locatePoint(register, id, options?.now, options?.byActorId, locale, note === undefined || note.ok ? [] : prefix(note.issues, ['note']));
  if (!located.ok) return located;
  const { point, at, byActorId } = located.value;
  if (point.status === 'resolved') return fail([createIssue('attention_point_already_resolved', ['id'], undefined, locale)]);
  const text = note !== undefined && note.ok && note.value !== '' ? note.value : undefined;
  const next: AttentionPoint = {
    ...point,
    status: 'resolved',
    resolution: { at, byActorId, ...(text === undefined ? {} : { note: text }) },
    history: [...point.history, { at, byActorId, change: 'resolved', fields: ['status'], ...(text === undefined ? {} : { note: text }) }],
  };
  return replacePoint(located.value, next, locale);
}
