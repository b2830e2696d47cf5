import type { Result } from '../result/result.js';
import type { StoredRecord } from './store.schema.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { storeMessagesDa } from './messages.da.js';

learnMessages(storeMessagesDa);

/** A refused write, with the record as it is stored now (or `null` when it was deleted). */
export interface StoreConflict<T = unknown> {
  readonly collection: string;
  readonly id: string;
  readonly expectedVersion: number;
  readonly actualVersion: number;
  readonly current: StoredRecord<T> | null;
}

/**
 * Finds the `store_conflict` in a store result, with the current stored record, so a form can
 * show field by field what changed elsewhere and let the person choose. `undefined` when the
 * result holds no conflict. Never throws.
 *
 * @example
 * readStoreConflict(await store.put('drafts', draft, { expectedVersion: 2 }))
 * //=> { collection: 'drafts', id: 'v1', expectedVersion: 2, actualVersion: 3, current: { id: 'v1', version: 3, ... } }
 */
export function readStoreConflict<T = unknown>(result: Result<unknown> | unknown): StoreConflict<T> | undefined {
  try {
    if (result === null || typeof result !== 'object' || (result as { ok?: unknown }).ok !== false) return undefined;
    const issues = (result as { issues?: unknown }).issues;
    if (!Array.isArray(issues)) return undefined;
    for (const issue of issues as unknown[]) {
      if (issue === null || typeof issue !== 'object' || (issue as { code?: unknown }).code !== 'store_conflict') continue;
      const { params, current } = issue as { params?: Record<string, unknown>; current?: unknown };
      if (params === undefined || params === null || typeof params !== 'object') continue;
      const { collection, id, expectedVersion, actualVersion } = params;
      if (typeof collection !== 'string' || typeof id !== 'string' || typeof expectedVersion !== 'number' || typeof actualVersion !== 'number') continue;
      return {
        collection,
        id,
        expectedVersion,
        actualVersion,
        current: current === undefined || current === null ? null : (structuredClone(current) as StoredRecord<T>),
      };
    }
    return undefined;
  } catch {
    return undefined;
  }
}
