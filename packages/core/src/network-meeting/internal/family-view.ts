import * as z from '../../common/schema/index.js';
import { Actor } from '../../actor/actor.schema.js';
import { parseInput } from '../../common/parse-input.js';
import { Family } from '../../family/family.schema.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import type { Issue, IssuePath } from '../../issues/issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';

// The one place network-meeting/ and field-visit/ read the family and actor concepts.

/** A family given in options, validated as a `Family`. */
export type FamilyView = Family;

const ActorsView = z.array(Actor).check(z.maxLength(10_000));
export type ActorsView = z.infer<typeof ActorsView>;

const prefixed = (issues: readonly Issue[], prefix: IssuePath): Issue[] =>
  issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));

/** Reads a family given in options; issues are placed under `prefix`. */
export function readFamily(input: unknown, prefix: IssuePath, options: LocaleOptions): Result<FamilyView> {
  const parsed = parseInput(Family, input, options);
  return parsed.ok ? ok(parsed.value) : fail(prefixed(parsed.issues, prefix));
}

/** Reads the actors given in options; issues are placed under `prefix`. */
export function readActors(input: unknown, prefix: IssuePath, options: LocaleOptions): Result<ActorsView> {
  const parsed = parseInput(ActorsView, input, options);
  return parsed.ok ? ok(parsed.value) : fail(prefixed(parsed.issues, prefix));
}

/** True when an interpreter's language serves a need: the same tag, or one a subtag of the other (`ar` and `ar-SY`). */
export function languagesMatch(need: string, offered: string): boolean {
  const a = need.toLowerCase();
  const b = offered.toLowerCase();
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}
