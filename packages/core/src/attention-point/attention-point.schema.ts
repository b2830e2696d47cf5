import * as z from '../common/schema/index.js';
import { Extensions, Id, IsoDate, IsoDateTime, LongText } from '../common/schemas.js';
import { DataCategory } from '../consent/data-category.js';
import { AttentionCategory, AttentionKind } from './attention-catalogue.schema.js';
import { AttentionCode } from './attention-code.schema.js';
import { repeatedIds } from '../common/internal/repeated-ids.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { attentionPointMessagesDa } from './messages.da.js';

learnMessages(attentionPointMessagesDa);

/** Who an attention point is about: one member of the family, or the family as a whole. */
export const AttentionSubject = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('member'), personId: Id }),
  z.strictObject({ kind: z.literal('family') }),
]);
export type AttentionSubject = z.infer<typeof AttentionSubject>;

/**
 * How much weight an attention point carries. Concerns are graded `observation` (noticed, keep
 * an eye), `concern` (worrying, act on it) or `serious` (needs prompt action). Resources are not
 * graded on the concern scale: they carry the level `resource`, so a strength is never scored
 * as a "low concern" and is counted beside concerns, not under them.
 */
export const AttentionLevel = z.enum(['resource', 'observation', 'concern', 'serious']);
export type AttentionLevel = z.infer<typeof AttentionLevel>;


/** Where an attention point stands: `open`, being followed (`monitoring`) or `resolved`. */
export const AttentionStatus = z.enum(['open', 'monitoring', 'resolved']);
export type AttentionStatus = z.infer<typeof AttentionStatus>;

/** The statuses an update may set; resolving goes through `resolveAttentionPoint`. */
export const ActiveAttentionStatus = z.enum(['open', 'monitoring']);
export type ActiveAttentionStatus = z.infer<typeof ActiveAttentionStatus>;

/** What happened in one step of an attention point's history. */
export const AttentionChange = z.enum(['raised', 'updated', 'resolved', 'reopened']);
export type AttentionChange = z.infer<typeof AttentionChange>;

/** The fields an update can change; history names them but never copies old values. */
export const AttentionField = z.enum(['level', 'status', 'note', 'sensitivity']);
export type AttentionField = z.infer<typeof AttentionField>;

/**
 * One step in an attention point's history: when, by whom, what kind of change and which fields.
 * Earlier values are not copied into history, so a note someone removes is really gone. A
 * `resolved` step keeps the resolution note, so reopening loses nothing.
 */
export const AttentionHistoryEntry = z.strictObject({
  at: IsoDateTime,
  byActorId: Id,
  change: AttentionChange,
  fields: z.optional(z.array(AttentionField).check(z.minLength(1), z.maxLength(4))),
  note: z.optional(LongText),
});
export type AttentionHistoryEntry = z.infer<typeof AttentionHistoryEntry>;

/** How and when an attention point was closed. */
export const AttentionResolution = z.strictObject({
  at: IsoDateTime,
  byActorId: Id,
  note: z.optional(LongText),
});
export type AttentionResolution = z.infer<typeof AttentionResolution>;

interface PointDraft {
  readonly kind?: unknown;
  readonly level?: unknown;
  readonly status?: unknown;
  readonly resolution?: unknown;
}

type IssueSink = { issues: z.core.$ZodRawIssue[] };

function checkPoint(point: PointDraft, ctx: IssueSink): void {
  const concernLevel = point.level === 'observation' || point.level === 'concern' || point.level === 'serious';
  if ((point.kind === 'resource' && point.level !== 'resource') || (point.kind === 'concern' && !concernLevel)) {
    ctx.issues.push({
      code: 'custom',
      params: { code: 'attention_point_level_mismatch', kind: String(point.kind) },
      path: ['level'],
      input: point.level,
    });
  }
  const resolved = point.status === 'resolved';
  if (resolved !== (point.resolution !== undefined)) {
    ctx.issues.push({
      code: 'custom',
      params: { code: 'attention_point_resolution_mismatch' },
      path: ['resolution'],
      input: point.resolution,
    });
  }
}

/**
 * A resource or concern someone noticed about a family member or the family, with the catalogue
 * code it refers to, who noticed it and when, its weight, sensitivity (the data category that
 * governs sharing it) and status, and a history of every change.
 */
export const AttentionPoint = z
  .strictObject({
    id: Id,
    familyId: Id,
    subject: AttentionSubject,
    code: AttentionCode,
    kind: AttentionKind,
    observerActorId: Id,
    observedOn: IsoDate,
    level: AttentionLevel,
    sensitivity: DataCategory,
    status: AttentionStatus,
    note: z.optional(LongText),
    history: z.array(AttentionHistoryEntry).check(z.minLength(1), z.maxLength(500)),
    resolution: z.optional(AttentionResolution),
    extensions: z.optional(Extensions),
  })
  .check(z.superRefine(checkPoint));
export type AttentionPoint = z.infer<typeof AttentionPoint>;

/** The attention points recorded for one or more families; ids are unique. */
export const AttentionRegister = z.strictObject({
  points: z.array(AttentionPoint).check(
    z.maxLength(10_000),
    z.superRefine((points, ctx) => {
      for (const { index, id } of repeatedIds(points.map((point) => point.id))) {
        ctx.issues.push({ code: 'custom', params: { code: 'duplicate_id', id }, path: [index, 'id'], input: id });
      }
    }),
  ),
  extensions: z.optional(Extensions),
});
export type AttentionRegister = z.infer<typeof AttentionRegister>;

/**
 * What an observer gives to raise an attention point. `kind` comes from the catalogue; `level`
 * defaults to `observation` for a concern and is `resource` for a resource; `sensitivity`
 * defaults to the catalogue's and may be raised, never lowered; `id` is generated when omitted.
 */
export const RaiseAttentionPointInput = z.strictObject({
  id: z.optional(Id),
  familyId: Id,
  subject: AttentionSubject,
  code: AttentionCode,
  observerActorId: Id,
  observedOn: IsoDate,
  level: z.optional(AttentionLevel),
  sensitivity: z.optional(DataCategory),
  status: z.optional(ActiveAttentionStatus),
  note: z.optional(LongText),
  extensions: z.optional(Extensions),
});
export type RaiseAttentionPointInput = z.infer<typeof RaiseAttentionPointInput>;

/** The changes an update may make. An empty `note` removes the note. */
export const AttentionPointChanges = z.strictObject({
  level: z.optional(AttentionLevel),
  status: z.optional(ActiveAttentionStatus),
  note: z.optional(LongText),
  sensitivity: z.optional(DataCategory),
});
export type AttentionPointChanges = z.infer<typeof AttentionPointChanges>;

/** Filters for `queryAttentionPoints`; all given filters must match. */
export const AttentionPointQuery = z.strictObject({
  familyId: z.optional(Id),
  personId: z.optional(Id),
  familyOnly: z.optional(z.boolean()),
  category: z.optional(AttentionCategory),
  kind: z.optional(AttentionKind),
  status: z.optional(AttentionStatus),
  level: z.optional(AttentionLevel),
  code: z.optional(AttentionCode),
});
export type AttentionPointQuery = z.infer<typeof AttentionPointQuery>;
