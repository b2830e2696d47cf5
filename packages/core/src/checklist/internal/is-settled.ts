import type { ChecklistItemStatus } from '../checklist.schema.js';

/** Done and not-relevant items no longer hold anything up. */
export function isSettled(status: ChecklistItemStatus | undefined): boolean {
  return status === 'done' || status === 'not-relevant';
}
