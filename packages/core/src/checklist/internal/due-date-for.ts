import type { ChecklistItemTemplate } from '../checklist.schema.js';
import { computeDueDate } from './compute-due-date.js';

/**
 * The computed due date of a template item for a set of anchor dates: `undefined` when the item
 * has no deadline or its anchor has no date yet, `null` when the date falls out of range.
 */
export function dueDateFor(item: ChecklistItemTemplate, anchors: Readonly<Record<string, string>>): string | undefined | null {
  if (item.deadline === undefined) return undefined;
  const anchorDate = Object.hasOwn(anchors, item.deadline.anchor) ? anchors[item.deadline.anchor] : undefined;
  if (anchorDate === undefined) return undefined;
  return computeDueDate(anchorDate, item.deadline) ?? null;
}
