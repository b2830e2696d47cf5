import { parseInput } from '../../common/parse-input.js';
import { Id } from '../../common/schemas.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import type { Issue } from '../../issues/issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { AttentionPoint, AttentionRegister } from '../attention-point.schema.js';
import { prefix } from './read-catalogue.js';
import { readNow } from './read-now.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { attentionPointMessagesDa } from '../messages.da.js';

learnMessages(attentionPointMessagesDa);

export interface LocatedPoint {
  readonly register: AttentionRegister;
  readonly index: number;
  readonly point: AttentionPoint;
  readonly at: string;
  readonly byActorId: string;
}

/**
 * Validates what every change to an existing point needs (register, point id, now, acting
 * actor) and finds the point. Issues of all inputs are reported together.
 */
export function locatePoint(
  register: unknown,
  id: unknown,
  now: unknown,
  byActorId: unknown,
  options: LocaleOptions,
  extraIssues: readonly Issue[] = [],
): Result<LocatedPoint> {
  const parsedRegister = parseInput(AttentionRegister, register, options);
  const parsedId = parseInput(Id, id, options);
  const instant = readNow(now, options);
  const actor = parseInput(Id, byActorId, options);
  const issues: Issue[] = [
    ...(parsedRegister.ok ? [] : prefix(parsedRegister.issues, ['register'])),
    ...(parsedId.ok ? [] : prefix(parsedId.issues, ['id'])),
    ...(instant.ok ? [] : instant.issues),
    ...(actor.ok ? [] : prefix(actor.issues, ['byActorId'])),
    ...extraIssues,
  ];
  if (!parsedRegister.ok || !parsedId.ok || !instant.ok || !actor.ok || issues.length > 0) return fail(issues);
  const index = parsedRegister.value.points.findIndex((point) => point.id === parsedId.value);
  const point = parsedRegister.value.points[index];
  if (point === undefined) return fail([createIssue('attention_point_not_found', ['id'], { id: parsedId.value }, options)]);
  return ok({ register: parsedRegister.value, index, point, at: instant.value.iso, byActorId: actor.value });
}

/** A new register with the point at `index` replaced, after checking the new point against its schema. */
export function replacePoint(located: LocatedPoint, next: unknown, options: LocaleOptions): Result<AttentionRegister> {
  const checked = parseInput(AttentionPoint, next, options);
  if (!checked.ok) return fail(prefix(checked.issues, ['register', 'points', located.index]));
  const points = located.register.points.map((point, index) => (index === located.index ? checked.value : point));
  return ok({ ...located.register, points });
}
