import * as z from '../common/schema/index.js';
import { ActorRole, ActorSector } from '../actor/actor.schema.js';
import { Extensions, Id, IsoDate, IsoDateTime, LocalizedLongText, LocalizedText, LongText } from '../common/schemas.js';
import { SourceReference } from '../common/source-reference.js';
import { findDependencyCycle } from './internal/find-dependency-cycle.js';
import { repeatedIds } from '../common/internal/repeated-ids.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { checklistMessagesDa } from './messages.da.js';

learnMessages(checklistMessagesDa);

// Limits: a real checklist has a few dozen items; these bounds stop a hostile payload, not a kommune.
const MAX_ITEMS_PER_PHASE = 100;
const MAX_PHASES = 30;
// The widget issue sizes a checklist at up to 1,000 items, so the total bound sits above that.
const MAX_ITEMS = 2_000;
const MAX_ANCHORS = 30;
const MAX_DEPENDENCIES = 50;
const MAX_SOURCES = 20;

/** Where a template, phase or item comes from; shipped templates always carry at least one. */
export const ChecklistSources = z.array(SourceReference).check(z.minLength(1), z.maxLength(MAX_SOURCES));
export type ChecklistSources = z.infer<typeof ChecklistSources>;

/**
 * Who is expected to do an item, as a sector and/or a role (`{ sector: 'job-centre' }`,
 * `{ role: 'coordinator' }`, or both). A person is assigned per family with `assignChecklistItem`.
 */
export const ChecklistOwner = z
  .strictObject({ sector: z.optional(ActorSector), role: z.optional(ActorRole) })
  .check(
    z.refine((owner) => owner.sector !== undefined || owner.role !== undefined, {
      params: { code: 'checklist_owner_missing' },
    }),
  );
export type ChecklistOwner = z.infer<typeof ChecklistOwner>;

/**
 * A distance in calendar time. Months are added first, then weeks, then days; a month from
 * 31 January is the last day of February (date-fns clamps to the month's end).
 */
export const ChecklistOffset = z
  .strictObject({
    months: z.optional(z.int().check(z.minimum(0), z.maximum(120))),
    weeks: z.optional(z.int().check(z.minimum(0), z.maximum(520))),
    days: z.optional(z.int().check(z.minimum(0), z.maximum(3_650))),
  })
  .check(
    z.refine((offset) => offset.months !== undefined || offset.weeks !== undefined || offset.days !== undefined, {
      params: { code: 'checklist_empty_offset' },
    }),
  );
export type ChecklistOffset = z.infer<typeof ChecklistOffset>;

/** A deadline rule: an offset `after` or `before` one of the template's anchor dates. */
export const ChecklistDeadline = z.strictObject({
  anchor: Id,
  offset: ChecklistOffset,
  direction: z.enum(['after', 'before']),
});
export type ChecklistDeadline = z.infer<typeof ChecklistDeadline>;

/** A named date a family's checklist is planned from, e.g. `arrival-in-municipality`. */
export const ChecklistAnchor = z.strictObject({
  id: Id,
  label: LocalizedText,
  description: z.optional(LocalizedLongText),
});
export type ChecklistAnchor = z.infer<typeof ChecklistAnchor>;

/** One task in a template: what, who, by when, after what, and why (sources). */
export const ChecklistItemTemplate = z.strictObject({
  id: Id,
  title: LocalizedText,
  guidance: z.optional(LocalizedLongText),
  ownerRole: ChecklistOwner,
  deadline: z.optional(ChecklistDeadline),
  dependsOn: z.optional(z.array(Id).check(z.maxLength(MAX_DEPENDENCIES))),
  sources: z.optional(ChecklistSources),
  extensions: z.optional(Extensions),
});
export type ChecklistItemTemplate = z.infer<typeof ChecklistItemTemplate>;

/** A group of items in the order people meet them, e.g. "before arrival". */
export const ChecklistPhase = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: z.optional(LocalizedLongText),
  items: z.array(ChecklistItemTemplate).check(z.minLength(1), z.maxLength(MAX_ITEMS_PER_PHASE)),
});
export type ChecklistPhase = z.infer<typeof ChecklistPhase>;

/**
 * A reusable checklist: anchors, phases and items with owners, deadlines and dependencies.
 * Beyond the shape it checks that ids are unique, that every dependency names an item of the
 * template and no item depends on itself through others, and that deadlines use declared anchors.
 */
export const ChecklistTemplate = z
  .strictObject({
    id: Id,
    version: z.int().check(z.minimum(1), z.maximum(1_000_000)),
    title: LocalizedText,
    description: z.optional(LocalizedLongText),
    sources: ChecklistSources,
    anchors: z.array(ChecklistAnchor).check(z.maxLength(MAX_ANCHORS)),
    phases: z.array(ChecklistPhase).check(z.minLength(1), z.maxLength(MAX_PHASES)),
    extensions: z.optional(Extensions),
  })
  .check(
    z.superRefine((template, ctx) => {
      const push = (code: string, path: (string | number)[], params: Record<string, string | number>) =>
        ctx.issues.push({ code: 'custom', params: { code, ...params }, path, input: template });

      const anchorIds = new Set(template.anchors.map((anchor) => anchor.id));
      for (const { index, id } of repeatedIds(template.anchors.map((anchor) => anchor.id))) push('duplicate_id', ['anchors', index, 'id'], { id });

      const phaseIds = new Set<string>();
      const itemIds = new Set<string>();
      let itemCount = 0;
      template.phases.forEach((phase, p) => {
        if (phaseIds.has(phase.id)) push('duplicate_id', ['phases', p, 'id'], { id: phase.id });
        phaseIds.add(phase.id);
        phase.items.forEach((item, i) => {
          itemCount += 1;
          if (itemIds.has(item.id)) push('duplicate_id', ['phases', p, 'items', i, 'id'], { id: item.id });
          itemIds.add(item.id);
        });
      });
      if (itemCount > MAX_ITEMS) push('too_many', ['phases'], { maximum: MAX_ITEMS });

      const graph = new Map<string, readonly string[]>();
      template.phases.forEach((phase, p) =>
        phase.items.forEach((item, i) => {
          const path = ['phases', p, 'items', i];
          if (item.deadline !== undefined && !anchorIds.has(item.deadline.anchor)) {
            push('checklist_unknown_anchor', [...path, 'deadline', 'anchor'], { anchor: item.deadline.anchor });
          }
          const known: string[] = [];
          (item.dependsOn ?? []).forEach((dependency, d) => {
            if (!itemIds.has(dependency)) push('checklist_unknown_dependency', [...path, 'dependsOn', d], { id: dependency });
            else known.push(dependency);
          });
          graph.set(item.id, known);
        }),
      );

      const cycle = findDependencyCycle(graph);
      if (cycle !== undefined) push('checklist_dependency_cycle', ['phases'], { cycle: cycle.join(' → ') });
    }),
  );
export type ChecklistTemplate = z.infer<typeof ChecklistTemplate>;

/** Where an item stands for one family. `not-relevant` counts as settled, like `done`. */
export const ChecklistItemStatus = z.enum(['open', 'in-progress', 'done', 'not-relevant']);
export type ChecklistItemStatus = z.infer<typeof ChecklistItemStatus>;

/**
 * One item of a family's checklist. `dueDate` is computed from the template's deadline and the
 * instance's anchors, unless `dueDateOverridden` is true (a person set it by hand); `doneOn` is
 * set exactly when the status is `done`.
 */
export const ChecklistInstanceItem = z
  .strictObject({
    itemId: Id,
    status: ChecklistItemStatus,
    ownerActorId: z.optional(Id),
    dueDate: z.optional(IsoDate),
    dueDateOverridden: z.optional(z.boolean()),
    doneOn: z.optional(IsoDate),
    note: z.optional(LongText),
  })
  .check(
    z.superRefine((item, ctx) => {
      if ((item.status === 'done') !== (item.doneOn !== undefined)) {
        ctx.issues.push({ code: 'custom', params: { code: 'checklist_done_on_mismatch' }, path: ['doneOn'], input: item });
      }
      if (item.dueDateOverridden === true && item.dueDate === undefined) {
        ctx.issues.push({ code: 'custom', params: { code: 'required' }, path: ['dueDate'], input: item });
      }
    }),
  );
export type ChecklistInstanceItem = z.infer<typeof ChecklistInstanceItem>;

/** A template applied to one family: its anchor dates and the state of every item. */
export const ChecklistInstance = z
  .strictObject({
    id: Id,
    templateId: Id,
    templateVersion: z.int().check(z.minimum(1), z.maximum(1_000_000)),
    familyId: Id,
    anchors: z.record(Id, IsoDate),
    items: z.array(ChecklistInstanceItem).check(z.maxLength(MAX_ITEMS)),
    createdAt: IsoDateTime,
    extensions: z.optional(Extensions),
  })
  .check(
    z.superRefine((instance, ctx) => {
      if (Object.keys(instance.anchors).length > MAX_ANCHORS) {
        ctx.issues.push({ code: 'custom', params: { code: 'too_many', maximum: MAX_ANCHORS }, path: ['anchors'], input: instance });
      }
      const seen = new Set<string>();
      instance.items.forEach((item, index) => {
        if (seen.has(item.itemId)) {
          ctx.issues.push({ code: 'custom', params: { code: 'duplicate_id', id: item.itemId }, path: ['items', index, 'itemId'], input: instance });
        }
        seen.add(item.itemId);
      });
    }),
  );
export type ChecklistInstance = z.infer<typeof ChecklistInstance>;
