import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import { Id } from '../common/schemas.js';
import { toInstant } from '../common/to-instant.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import type { Issue, IssuePath } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { calendarDateIn, DEFAULT_TIME_ZONE, isKnownTimeZone } from '../common/internal/time-zone.js';
import { languagesMatch, readFamily, type FamilyView } from '../network-meeting/internal/family-view.js';
import { parseOnceWhenFrozen } from '../attention-point/internal/frozen-input.js';
import { type FieldVisitDraft, SubmittedFieldVisit } from './field-visit.schema.js';
import { parseFieldVisitDraft } from './parse-field-visit-draft.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { fieldVisitMessagesDa } from './messages.da.js';

learnMessages(fieldVisitMessagesDa);

/** Options for {@link submitFieldVisit}. */
export interface SubmitFieldVisitOptions extends LocaleOptions {
  /** The current instant (core never reads the clock); becomes `submittedAt`. */
  readonly now: unknown;
  /** The actor handing the visit in. */
  readonly byActorId: unknown;
  /** The family visited (a `Family` record): members present and referenced must belong to it. */
  readonly family?: unknown;
  /**
   * Attention-point catalogue entries (e.g. `ATTENTION_POINT_CATALOGUE`): observation and resource
   * codes must exist. Required (`required` at `['options', 'catalogue']` when missing).
   */
  readonly catalogue: unknown;
  /** The zone whose calendar date counts as today; `Europe/Copenhagen` unless given. */
  readonly timeZone?: string;
}

// Only the codes matter here; the catalogue itself is validated by attention-point/.
const CatalogueView = z.array(z.object({ code: z.string().check(z.maxLength(128)) })).check(z.maxLength(10_000));
// The codes of each deep-frozen catalogue seen, so the shipped one is read once, not per submit.
const codesOf = new WeakMap<object, ReadonlySet<string>>();

/**
 * Hands in a field-visit draft. Validates strictly: date, place, visitors and the consent
 * explanation are required; a home visit needs a member present and the family's own words and
 * resources, each filled in or declined (a declined section is never demanded); agreements need an
 * owner and a due date on or after the visit; the visit cannot be dated after today. With `family`
 * it checks that members belong to the family and that an interpreter served anyone who needs one;
 * that attention-point codes exist in the catalogue. Answers the submitted record; the draft is
 * untouched.
 *
 * @example
 * submitFieldVisit(draft, { now: '2026-03-02T15:00:00+01:00', byActorId: 'hv-1', catalogue: ATTENTION_POINT_CATALOGUE }).value.status
 * //=> 'submitted'
 */
export function submitFieldVisit(visit: unknown, options: SubmitFieldVisitOptions): Result<SubmittedFieldVisit> {
  const opts: SubmitFieldVisitOptions = options ?? { now: undefined, byActorId: undefined, catalogue: undefined };
  let alreadySubmitted: boolean;
  try {
    alreadySubmitted = visit !== null && typeof visit === 'object' && (visit as { status?: unknown }).status === 'submitted';
  } catch {
    return fail([createIssue('unreadable_input', [], undefined, opts)]);
  }
  if (alreadySubmitted) return fail([createIssue('field_visit_already_submitted', ['status'], undefined, opts)]);
  const draft = parseFieldVisitDraft(visit, opts);
  if (!draft.ok) return draft;

  const now = toInstant(opts.now, opts);
  if (!now.ok) return now;
  const byActorId = parseInput(Id, opts.byActorId, opts);
  if (!byActorId.ok) return fail(byActorId.issues.map((issue) => ({ ...issue, path: ['byActorId', ...issue.path] })));
  const timeZone = opts.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isKnownTimeZone(timeZone)) {
    return fail([createIssue('field_visit_time_zone_unknown', ['options', 'timeZone'], { timeZone: String(timeZone).slice(0, 64) }, opts)]);
  }
  let family: FamilyView | undefined;
  if (opts.family !== undefined) {
    const read = readFamily(opts.family, ['options', 'family'], opts);
    if (!read.ok) return read;
    family = read.value;
  }
  if (opts.catalogue === undefined) return fail([createIssue('required', ['options', 'catalogue'], undefined, opts)]);
  const codes = parseOnceWhenFrozen(codesOf, opts.catalogue, (input) => {
    const view = parseInput(CatalogueView, input, opts);
    return view.ok ? ok(new Set(view.value.map((entry) => entry.code))) : view;
  });
  if (!codes.ok) return fail(codes.issues.map((issue) => ({ ...issue, path: ['options', 'catalogue', ...issue.path] })));

  const { status: _draft, ...rest } = draft.value;
  const candidate = { ...rest, status: 'submitted', submittedAt: now.value.toISOString(), submittedByActorId: byActorId.value };
  const strict = parseInput(SubmittedFieldVisit, candidate, opts);
  const issues: Issue[] = strict.ok ? [] : [...strict.issues];

  const add = (code: Parameters<typeof createIssue>[0], path: IssuePath, params?: Record<string, string | number>) =>
    issues.push(createIssue(code, path, params, opts));
  const today = calendarDateIn(now.value, timeZone);
  if (today !== undefined && draft.value.date !== undefined && draft.value.date > today) {
    add('field_visit_date_in_future', ['date'], { date: draft.value.date });
  }
  if (family !== undefined) checkFamily(draft.value, family, add);
  checkCodes(draft.value, codes.value, add);

  if (issues.length > 0 || !strict.ok) return fail(issues);
  return ok(strict.value);
}

type Add = (code: Parameters<typeof createIssue>[0], path: IssuePath, params?: Record<string, string | number>) => void;

function checkFamily(visit: FieldVisitDraft, family: FamilyView, add: Add): void {
  if (family.id !== visit.familyId) add('field_visit_family_mismatch', ['familyId'], { familyId: family.id });
  const members = new Map(family.members.map((member) => [member.id, member]));
  const check = (id: string | undefined, path: IssuePath) => {
    if (id !== undefined && !members.has(id)) add('field_visit_member_not_in_family', path, { id });
  };
  visit.membersPresent.forEach((id, index) => check(id, ['membersPresent', index]));
  visit.observations.forEach((item, index) => check(item.personId, ['observations', index, 'personId']));
  visit.resources.forEach((item, index) => check(item.personId, ['resources', index, 'personId']));
  visit.agreements.forEach((item, index) => check(item.ownerPersonId, ['agreements', index, 'ownerPersonId']));

  const reported = new Set<string>();
  visit.membersPresent.forEach((id, index) => {
    const need = members.get(id)?.interpreterNeed;
    if (need === undefined || reported.has(id)) return;
    reported.add(id);
    const language = visit.interpreter?.language;
    if (language === undefined) add('field_visit_interpreter_missing', ['membersPresent', index], { personId: id, language: need.language });
    else if (!languagesMatch(need.language, language)) {
      add('field_visit_interpreter_language_mismatch', ['interpreter', 'language'], {
        personId: id,
        language: need.language,
        interpreterLanguage: language,
      });
    }
  });
}

function checkCodes(visit: FieldVisitDraft, codes: ReadonlySet<string>, add: Add): void {
  visit.observations.forEach((item, index) => {
    if (item.attentionPointCode !== undefined && !codes.has(item.attentionPointCode)) {
      add('field_visit_attention_point_unknown', ['observations', index, 'attentionPointCode'], { code: item.attentionPointCode });
    }
  });
  visit.resources.forEach((item, index) => {
    if (item.code !== undefined && !codes.has(item.code)) add('field_visit_attention_point_unknown', ['resources', index, 'code'], { code: item.code });
  });
}
