import { parseInput } from '../common/parse-input.js';
import { ageBand } from '../family/age-band.js';
import { Family } from '../family/family.schema.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import type { Issue } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { AttentionPoint, AttentionRegister, RaiseAttentionPointInput } from './attention-point.schema.js';
import { prefix, readCatalogue } from './internal/read-catalogue.js';
import { readNow } from './internal/read-now.js';
import { meetsSensitivityFloor } from './internal/sensitivity-floor.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { attentionPointMessagesDa } from './messages.da.js';

learnMessages(attentionPointMessagesDa);

/** What `raiseAttentionPoint` takes besides its input; `locale` picks the language of issue messages. */
export interface RaiseAttentionPointOptions extends LocaleOptions {
  /** The moment of raising: a `Date`, an ISO 8601 string or epoch milliseconds. Core never reads the clock. */
  readonly now: Date | string | number;
  /** The catalogue the code must come from, e.g. `ATTENTION_POINT_CATALOGUE`. Required (`required` at `['catalogue']` when missing). */
  readonly catalogue: unknown;
  /**
   * The family the point is about. When given, the point's `familyId` must be the family's id,
   * a member subject must be a member, and the catalogue entry must apply to that member's age
   * band on `now` (`attention_point_age_band_mismatch`).
   */
  readonly family?: unknown;
  /** IANA time zone for working out a member's age; `Europe/Copenhagen` when omitted. */
  readonly timeZone?: string;
}

const MS_PER_DAY = 86_400_000;

function nextId(taken: ReadonlySet<string>, start: number): string {
  let counter = start;
  while (taken.has(`attention-point-${counter}`)) counter += 1;
  return `attention-point-${counter}`;
}

/**
 * Records a new resource or concern in the register and answers with a new register (the input
 * is never changed). The code must exist in the catalogue; `kind` is copied from the entry,
 * `level` defaults to `observation` for concerns and is `resource` for resources, and
 * `sensitivity` defaults to the entry's and may only be raised. The observation date may lie at
 * most one day after `now` in UTC, which allows for Danish local time. The first history step
 * is `raised`, by the observer.
 *
 * @example
 * raiseAttentionPoint({ points: [] }, { familyId: 'f1', subject: { kind: 'family' }, code: 'family-cohesion', observerActorId: 'a1', observedOn: '2026-03-01' }, { now: '2026-03-02T10:00:00Z', catalogue: ATTENTION_POINT_CATALOGUE }).value.points[0].level
 * //=> 'resource'
 */
export function raiseAttentionPoint(
  register: unknown,
  input: unknown,
  options: RaiseAttentionPointOptions,
): Result<AttentionRegister> {
  const locale: LocaleOptions = options ?? {};
  const parsedRegister = parseInput(AttentionRegister, register, locale);
  const parsedInput = parseInput(RaiseAttentionPointInput, input, locale);
  const now = readNow(options?.now, locale);
  const catalogue = readCatalogue(options?.catalogue, locale);
  const problems: Issue[] = [
    ...(parsedRegister.ok ? [] : prefix(parsedRegister.issues, ['register'])),
    ...(parsedInput.ok ? [] : parsedInput.issues),
    ...(now.ok ? [] : now.issues),
    ...(catalogue.ok ? [] : catalogue.issues),
  ];
  if (!parsedRegister.ok || !parsedInput.ok || !now.ok || !catalogue.ok) return fail(problems);

  const data = parsedInput.value;
  const entry = catalogue.value.find((candidate) => candidate.code === data.code);
  if (entry === undefined) return fail([createIssue('attention_point_unknown_code', ['code'], { code: data.code }, locale)]);

  const issues: Issue[] = [];
  const level = data.level ?? (entry.kind === 'resource' ? 'resource' : 'observation');
  if ((entry.kind === 'resource') !== (level === 'resource')) {
    issues.push(createIssue('attention_point_level_mismatch', ['level'], { kind: entry.kind }, locale));
  }
  const sensitivity = data.sensitivity ?? entry.sensitivity;
  if (!meetsSensitivityFloor(sensitivity, entry.sensitivity)) {
    issues.push(createIssue('attention_point_sensitivity_lowered', ['sensitivity'], { minimum: entry.sensitivity }, locale));
  }
  const latest = new Date(now.value.instant.getTime() + MS_PER_DAY).toISOString().slice(0, 10);
  if (data.observedOn > latest) issues.push(createIssue('attention_point_observed_in_future', ['observedOn'], undefined, locale));
  const taken = new Set(parsedRegister.value.points.map((point) => point.id));
  if (data.id !== undefined && taken.has(data.id)) issues.push(createIssue('duplicate_id', ['id'], { id: data.id }, locale));

  if (options?.family !== undefined) {
    const family = parseInput(Family, options.family, locale);
    if (!family.ok) return fail([...issues, ...prefix(family.issues, ['family'])]);
    if (family.value.id !== data.familyId) {
      issues.push(createIssue('attention_point_family_mismatch', ['familyId'], { familyId: family.value.id }, locale));
    }
    if (data.subject.kind === 'member') {
      const personId = data.subject.personId;
      const person = family.value.members.find((member) => member.id === personId);
      if (person === undefined) {
        issues.push(createIssue('unknown_reference', ['subject', 'personId'], { id: personId }, locale));
      } else {
        const band = ageBand(person, { ...locale, now: now.value.instant, timeZone: options.timeZone });
        if (!band.ok) issues.push(...prefix(band.issues, ['family']));
        else if (!entry.ageBands.includes(band.value)) {
          issues.push(createIssue('attention_point_age_band_mismatch', ['code'], { code: entry.code, ageBand: band.value }, locale));
        }
      }
    }
  }
  if (issues.length > 0) return fail(issues);

  const point = parseInput(
    AttentionPoint,
    {
      id: data.id ?? nextId(taken, parsedRegister.value.points.length + 1),
      familyId: data.familyId,
      subject: data.subject,
      code: entry.code,
      kind: entry.kind,
      observerActorId: data.observerActorId,
      observedOn: data.observedOn,
      level,
      sensitivity,
      status: data.status ?? 'open',
      ...(data.note === undefined || data.note === '' ? {} : { note: data.note }),
      history: [{ at: now.value.iso, byActorId: data.observerActorId, change: 'raised' }],
      ...(data.extensions === undefined ? {} : { extensions: data.extensions }),
    },
    locale,
  );
  if (!point.ok) return point;
  return ok({ ...parsedRegister.value, points: [...parsedRegister.value.points, point.value] });
}
