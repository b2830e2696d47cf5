import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import type { Issue } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { type AttentionPoint, AttentionPointQuery, AttentionRegister } from './attention-point.schema.js';
import { prefix, readCatalogue } from './internal/read-catalogue.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { attentionPointMessagesDa } from './messages.da.js';

learnMessages(attentionPointMessagesDa);

/** What `queryAttentionPoints` takes besides its input; `locale` picks the language of issue messages. */
export interface QueryAttentionPointsOptions extends LocaleOptions {
  /**
   * The catalogue that tells each code's category, e.g. `ATTENTION_POINT_CATALOGUE`. Required
   * (`required` at `['catalogue']` when missing); its entries are read only for a `category` filter.
   */
  readonly catalogue: unknown;
}

/**
 * The attention points that match every filter given, in register order: by family, member
 * (`personId`) or the family as a whole (`familyOnly`), category (looked up in the catalogue;
 * points whose code is not in it never match a category), kind, status, level and code.
 * Giving both `personId` and `familyOnly: true` is `attention_point_query_conflict`.
 *
 * @example
 * queryAttentionPoints(register, { personId: 'c1', kind: 'resource', status: 'open' }, { catalogue: ATTENTION_POINT_CATALOGUE }).value.length
 * //=> 2
 */
export function queryAttentionPoints(
  register: unknown,
  query: unknown,
  options: QueryAttentionPointsOptions,
): Result<readonly AttentionPoint[]> {
  const opts: Partial<QueryAttentionPointsOptions> = options ?? {};
  const parsedRegister = parseInput(AttentionRegister, register, opts);
  const parsedQuery = parseInput(AttentionPointQuery, query ?? {}, opts);
  const issues: Issue[] = [
    ...(parsedRegister.ok ? [] : prefix(parsedRegister.issues, ['register'])),
    ...(parsedQuery.ok ? [] : prefix(parsedQuery.issues, ['query'])),
    // Missing is reported even without a category filter, so a caller learns it before adding one.
    ...(opts.catalogue === undefined ? [createIssue('required', ['catalogue'], undefined, opts)] : []),
  ];
  if (!parsedRegister.ok || !parsedQuery.ok || issues.length > 0) return fail(issues);
  const filter = parsedQuery.value;
  if (filter.personId !== undefined && filter.familyOnly === true) {
    return fail([createIssue('attention_point_query_conflict', ['query', 'familyOnly'], undefined, opts)]);
  }
  let categoryOf: ReadonlyMap<string, string> = new Map();
  if (filter.category !== undefined) {
    const catalogue = readCatalogue(opts.catalogue, opts);
    if (!catalogue.ok) return catalogue;
    categoryOf = new Map(catalogue.value.map((entry) => [entry.code, entry.category]));
  }
  return ok(
    parsedRegister.value.points.filter(
      (point) =>
        (filter.familyId === undefined || point.familyId === filter.familyId) &&
        (filter.personId === undefined || (point.subject.kind === 'member' && point.subject.personId === filter.personId)) &&
        (filter.familyOnly !== true || point.subject.kind === 'family') &&
        (filter.category === undefined || categoryOf.get(point.code) === filter.category) &&
        (filter.kind === undefined || point.kind === filter.kind) &&
        (filter.status === undefined || point.status === filter.status) &&
        (filter.level === undefined || point.level === filter.level) &&
        (filter.code === undefined || point.code === filter.code),
    ),
  );
}
