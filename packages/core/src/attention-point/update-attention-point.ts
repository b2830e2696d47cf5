import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import type { Issue } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import type { Result } from '../result/result.js';
import { type AttentionField, type AttentionPoint, AttentionPointChanges, type AttentionRegister } from './attention-point.schema.js';
import { locatePoint, replacePoint } from './internal/locate-point.js';
import { prefix, readCatalogue } from './internal/read-catalogue.js';
import { meetsSensitivityFloor } from './internal/sensitivity-floor.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { attentionPointMessagesDa } from './messages.da.js';

learnMessages(attentionPointMessagesDa);

/** What `updateAttentionPoint` takes besides its input; `locale` picks the language of issue messages. */
export interface UpdateAttentionPointOptions extends LocaleOptions {
  /** The moment of the update. Core never reads the clock. */
  readonly now: Date | string | number;
  /** Who makes the change; recorded in the point's history. */
  readonly byActorId: string;
  /**
   * The catalogue whose sensitivity is the floor for a new `sensitivity`, e.g.
   * `ATTENTION_POINT_CATALOGUE`. Required (`required` at `['catalogue']` when missing); its
   * entries are read only when the sensitivity changes.
   */
  readonly catalogue: unknown;
}

/**
 * Changes the level, status, note or sensitivity of an attention point and appends an `updated`
 * step naming the changed fields (old values are not kept, so a removed note is gone). Setting
 * `open` or `monitoring` on a resolved point reopens it: the step is `reopened` and the
 * resolution is removed from the point (its note stays in the `resolved` history step). An
 * empty `note` removes the note. Answers `attention_point_no_changes` when nothing would change.
 *
 * @example
 * updateAttentionPoint(register, 'attention-point-1', { level: 'concern' }, { now: '2026-03-05T09:00:00Z', byActorId: 'a2', catalogue: ATTENTION_POINT_CATALOGUE }).value.points[0].history.at(-1)
 * //=> { at: '2026-03-05T09:00:00.000Z', byActorId: 'a2', change: 'updated', fields: ['level'] }
 */
export function updateAttentionPoint(
  register: unknown,
  id: unknown,
  changes: unknown,
  options: UpdateAttentionPointOptions,
): Result<AttentionRegister> {
  const locale: LocaleOptions = options ?? {};
  const parsedChanges = parseInput(AttentionPointChanges, changes, locale);
  const located = locatePoint(register, id, options?.now, options?.byActorId, locale, [
    ...(parsedChanges.ok ? [] : prefix(parsedChanges.issues, ['changes'])),
    // Missing is reported on every call, not only when a sensitivity change would need it.
    ...(options?.catalogue === undefined ? [createIssue('required', ['catalogue'], undefined, locale)] : []),
  ]);
  if (!located.ok) return located;
  if (!parsedChanges.ok) return parsedChanges;
  const { point } = located.value;
  const wanted = parsedChanges.value;

  const issues: Issue[] = [];
  const fields: AttentionField[] = [];
  if (wanted.level !== undefined && wanted.level !== point.level) {
    if ((point.kind === 'resource') !== (wanted.level === 'resource')) {
      issues.push(createIssue('attention_point_level_mismatch', ['changes', 'level'], { kind: point.kind }, locale));
    }
    fields.push('level');
  }
  if (wanted.status !== undefined && wanted.status !== point.status) fields.push('status');
  if (wanted.note !== undefined && (wanted.note === '' ? point.note !== undefined : wanted.note !== point.note)) fields.push('note');
  if (wanted.sensitivity !== undefined && wanted.sensitivity !== point.sensitivity) {
    const catalogue = readCatalogue(options?.catalogue, locale);
    if (!catalogue.ok) return catalogue;
    const entry = catalogue.value.find((candidate) => candidate.code === point.code);
    if (entry !== undefined && !meetsSensitivityFloor(wanted.sensitivity, entry.sensitivity)) {
      issues.push(createIssue('attention_point_sensitivity_lowered', ['changes', 'sensitivity'], { minimum: entry.sensitivity }, locale));
    }
    fields.push('sensitivity');
  }
  if (issues.length > 0) return fail(issues);
  if (fields.length === 0) return fail([createIssue('attention_point_no_changes', ['changes'], undefined, locale)]);

  const reopening = point.status === 'resolved' && fields.includes('status');
  const { resolution: _resolution, note: _note, ...rest } = point;
  const note = wanted.note === undefined ? point.note : wanted.note === '' ? undefined : wanted.note;
  const next: AttentionPoint = {
    ...rest,
    level: wanted.level ?? point.level,
    status: wanted.status ?? point.status,
    sensitivity: wanted.sensitivity ?? point.sensitivity,
    ...(note === undefined ? {} : { note }),
    ...(reopening || point.resolution === undefined ? {} : { resolution: point.resolution }),
    history: [
      ...point.history,
      { at: located.value.at, byActorId: located.value.byActorId, change: reopening ? 'reopened' : 'updated', fields },
    ],
  };
  return replacePoint(located.value, next, locale);
}
