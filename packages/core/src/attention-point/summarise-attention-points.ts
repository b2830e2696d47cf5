import { parseInput } from '../common/parse-input.js';
import { Family } from '../family/family.schema.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Issue } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { type AttentionPoint, AttentionRegister, type AttentionSubject } from './attention-point.schema.js';
import type { ConcernLevel } from './concern-level.schema.js';
import { prefix } from './internal/read-catalogue.js';

/** Counts for one subject. Resources come first and are counted on their own, never netted against concerns. */
export interface AttentionSummaryCounts {
  /** Resources and protective factors that are open or being followed. */
  readonly resources: number;
  /** Concerns that are open or being followed. */
  readonly concerns: number;
  /** Those active concerns by level. */
  readonly concernsByLevel: Readonly<Record<ConcernLevel, number>>;
  /** Active points (either kind) with status `monitoring`. */
  readonly monitoring: number;
  /** Resolved points of either kind. */
  readonly resolved: number;
}

/** The counts for one member, or for the family as a whole. */
export interface AttentionSummaryRow extends AttentionSummaryCounts {
  readonly subject: AttentionSubject;
}

/** Resources beside concerns for the family and each member, plus totals. */
export interface AttentionSummary {
  readonly rows: readonly AttentionSummaryRow[];
  readonly total: AttentionSummaryCounts;
}

/** What `summariseAttentionPoints` takes besides its input; `locale` picks the language of issue messages. */
export interface SummariseAttentionPointsOptions extends LocaleOptions {
  /**
   * The family to summarise. When given, only its points count and every member gets a row in
   * family order, also members with nothing recorded, so no one's strengths go missing.
   */
  readonly family?: unknown;
}

interface Tally {
  resources: number;
  concerns: number;
  concernsByLevel: Record<ConcernLevel, number>;
  monitoring: number;
  resolved: number;
}

const emptyTally = (): Tally => ({ resources: 0, concerns: 0, concernsByLevel: { observation: 0, concern: 0, serious: 0 }, monitoring: 0, resolved: 0 });

function count(tally: Tally, point: AttentionPoint): void {
  if (point.status === 'resolved') {
    tally.resolved += 1;
    return;
  }
  if (point.status === 'monitoring') tally.monitoring += 1;
  if (point.kind === 'resource') tally.resources += 1;
  else {
    tally.concerns += 1;
    if (point.level !== 'resource') tally.concernsByLevel[point.level] += 1;
  }
}

const keyOf = (subject: AttentionSubject): string => (subject.kind === 'family' ? 'family' : `member:${subject.personId}`);

/**
 * Counts resources and concerns for the family as a whole and for each member, so an overview
 * can show strengths beside worries. Active points (open or monitoring) are counted by kind and
 * concern level; resolved points are counted apart. The family row comes first, then members
 * (in family order when `family` is given, otherwise in order of first appearance).
 *
 * @example
 * summariseAttentionPoints(register).value.rows[1]
 * //=> { subject: { kind: 'member', personId: 'c1' }, resources: 2, concerns: 1, concernsByLevel: { observation: 1, concern: 0, serious: 0 }, monitoring: 0, resolved: 0 }
 */
export function summariseAttentionPoints(register: unknown, options: SummariseAttentionPointsOptions = {}): Result<AttentionSummary> {
  const parsedRegister = parseInput(AttentionRegister, register, options);
  const family = options.family === undefined ? undefined : parseInput(Family, options.family, options);
  const issues: Issue[] = [
    ...(parsedRegister.ok ? [] : prefix(parsedRegister.issues, ['register'])),
    ...(family === undefined || family.ok ? [] : prefix(family.issues, ['family'])),
  ];
  if (!parsedRegister.ok || (family !== undefined && !family.ok)) return fail(issues);

  const tallies = new Map<string, { subject: AttentionSubject; tally: Tally }>();
  const rowFor = (subject: AttentionSubject) => {
    const key = keyOf(subject);
    let row = tallies.get(key);
    if (row === undefined) {
      row = { subject, tally: emptyTally() };
      tallies.set(key, row);
    }
    return row;
  };
  rowFor({ kind: 'family' });
  if (family !== undefined && family.ok) for (const member of family.value.members) rowFor({ kind: 'member', personId: member.id });

  const total = emptyTally();
  for (const point of parsedRegister.value.points) {
    if (family !== undefined && family.ok && point.familyId !== family.value.id) continue;
    count(rowFor(point.subject).tally, point);
    count(total, point);
  }
  return ok({
    rows: [...tallies.values()].map(({ subject, tally }) => ({ subject, ...tally })),
    total,
  });
}
