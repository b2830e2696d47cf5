import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { ChecklistInstance } from './checklist.schema.js';
import { guard } from './internal/guard.js';
import { preparedInstances } from './internal/prepared-store.js';

/** Options for `prepareChecklistInstances`: only the language of issues. */
export type PrepareChecklistInstancesOptions = LocaleOptions;

/**
 * A handle to checklists that have been validated once. It holds private copies, so later
 * changes to the caller's objects do not reach it; pass it to `dueAndOverdueAcrossFamilies`
 * as often as a dashboard refreshes, with no validation on each call.
 */
export interface PreparedChecklistInstances {
  readonly kind: 'prepared-checklist-instances';
  readonly size: number;
}

const Instances = z.array(ChecklistInstance).check(z.maxLength(1_000_000));

/**
 * Validates many families' checklists once (with the full schema) and answers with a handle for
 * fast repeated queries. Use it when a dashboard loads; prepare again after the data changes.
 *
 * @example
 * const prepared = prepareChecklistInstances(loadedChecklists);
 * if (prepared.ok) dueAndOverdueAcrossFamilies(prepared.value, { now, withinDays: 7 });
 * //=> { ok: true, value: { today: '2026-03-02', horizon: '2026-03-09', due: […], overdue: […] } }
 */
export function prepareChecklistInstances(instances: unknown, options: PrepareChecklistInstancesOptions = {}): Result<PreparedChecklistInstances> {
  return guard(() => {
    const parsed = parseInput(Instances, instances, options);
    if (!parsed.ok) return parsed;
    const handle: PreparedChecklistInstances = Object.freeze({ kind: 'prepared-checklist-instances', size: parsed.value.length });
    preparedInstances.set(handle, parsed.value);
    return ok(handle);
  }, options);
}
