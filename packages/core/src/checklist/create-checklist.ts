import * as z from '../common/schema/index.js';
import { issuesUnder } from '../common/internal/issues-under.js';
import { parseInput } from '../common/parse-input.js';
import { Id, IsoDate, IsoDateTime } from '../common/schemas.js';
import { toInstant } from '../common/to-instant.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import type { Issue } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { ChecklistTemplate } from './checklist.schema.js';
import type { ChecklistInstance, ChecklistInstanceItem } from './checklist.schema.js';
import { dueDateFor } from './internal/due-date-for.js';
import { guard } from './internal/guard.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { checklistMessagesDa } from './messages.da.js';

learnMessages(checklistMessagesDa);

/** What `createChecklist` takes besides its input; `locale` picks the language of issue messages. */
export interface CreateChecklistOptions extends LocaleOptions {
  /** Id of the new checklist. Core generates no ids; the portal or store does. */
  readonly id: unknown;
  readonly familyId: unknown;
  /** Known anchor dates by anchor id, e.g. `{ 'arrival-in-municipality': '2026-03-02' }`. */
  readonly anchors?: unknown;
  /** When the checklist is created (a `Date`, ISO string or epoch ms); core never reads the clock. */
  readonly now: unknown;
  /** Actor ids to assign at once, by item id. */
  readonly owners?: unknown;
}

const Fields = z.object({
  id: Id,
  familyId: Id,
  anchors: z.optional(z.record(Id, IsoDate)),
  owners: z.optional(z.record(Id, Id)),
});

/**
 * Applies a template to one family: every item starts `open`, due dates are computed from the
 * anchor dates that are known (the rest appear once `setAnchorDate` gives their anchor a date),
 * and owners given by item id are assigned.
 *
 * @example
 * createChecklist(template, { id: 'cl-1', familyId: 'fam-1', anchors: { 'arrival-in-municipality': '2026-01-31' }, now: '2026-01-20T09:00:00+01:00' })
 * //=> { ok: true, value: { id: 'cl-1', templateId: 'reception-asylum-to-housing', items: [{ itemId: 'cpr-registration', status: 'open', dueDate: '2026-02-07' }, …], … } }
 */
export function createChecklist(template: unknown, options: CreateChecklistOptions): Result<ChecklistInstance> {
  return guard(() => {
    const parsedTemplate = parseInput(ChecklistTemplate, template, options);
    const fields = parseInput(Fields, options, options);
    const instant = toInstant(options.now, options);
    if (!parsedTemplate.ok || !fields.ok || !instant.ok) {
      return fail([...issuesUnder(parsedTemplate, ['template']), ...issuesUnder(fields), ...issuesUnder(instant)]);
    }
    const source = parsedTemplate.value;
    const anchors = fields.value.anchors ?? {};
    const owners = fields.value.owners ?? {};
    const anchorIds = new Set(source.anchors.map((anchor) => anchor.id));
    const itemIds = new Set(source.phases.flatMap((phase) => phase.items.map((item) => item.id)));
    const issues: Issue[] = [];
    for (const key of Object.keys(anchors)) {
      if (!anchorIds.has(key)) issues.push(createIssue('checklist_unknown_anchor', ['anchors', key], { anchor: key }, options));
    }
    for (const key of Object.keys(owners)) {
      if (!itemIds.has(key)) issues.push(createIssue('checklist_unknown_item', ['owners', key], { itemId: key }, options));
    }
    const items: ChecklistInstanceItem[] = [];
    for (const phase of source.phases) {
      for (const item of phase.items) {
        const dueDate = dueDateFor(item, anchors);
        if (dueDate === null) {
          issues.push(createIssue('checklist_date_out_of_range', ['anchors', item.deadline?.anchor ?? item.id], undefined, options));
          continue;
        }
        const owner = Object.hasOwn(owners, item.id) ? owners[item.id] : undefined;
        items.push({
          itemId: item.id,
          status: 'open',
          ...(owner === undefined ? {} : { ownerActorId: owner }),
          ...(dueDate === undefined ? {} : { dueDate }),
        });
      }
    }
    const createdAt = instant.value.toISOString();
    if (!IsoDateTime.safeParse(createdAt).success) issues.push(createIssue('invalid_now', ['now'], undefined, options));
    if (issues.length > 0) return fail(issues);
    return ok({
      id: fields.value.id,
      templateId: source.id,
      templateVersion: source.version,
      familyId: fields.value.familyId,
      anchors: { ...anchors },
      items,
      createdAt,
    });
  }, options);
}
