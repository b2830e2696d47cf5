import type { ChecklistInstance } from '../checklist.schema.js';

/**
 * Validated copies behind each `PreparedChecklistInstances` handle. Only
 * `prepareChecklistInstances` writes here, and the copies are never handed out, so what a handle
 * points to cannot be changed after validation and needs no second check.
 */
export const preparedInstances = new WeakMap<object, readonly ChecklistInstance[]>();
