import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import type { StoreChange, StoredRecord, StoreListPage, StoreOperations } from '../store.schema.js';
import { readCollection, readKey, readListOptions, readQuery, readRecord, readWriteOptions } from './read-input.js';
import { readNow } from './read-now.js';
import { conflictIssue, notFoundIssue } from './store-issues.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { storeMessagesDa } from '../messages.da.js';

learnMessages(storeMessagesDa);

/** What the memory store's operations read and write: the committed data or a transaction's staging. */
export interface MemoryView {
  read(collection: string, id: string): StoredRecord | undefined;
  write(collection: string, id: string, record: StoredRecord | null): void;
  /** Ids of the collection in ascending order. */
  sortedIds(collection: string): readonly string[];
}

export interface MemoryOperationsContext extends LocaleOptions {
  readonly view: MemoryView;
  readonly now: () => unknown;
  readonly maxValueChars: number;
  readonly emit: (change: StoreChange) => void;
  /** Waits until no transaction holds the store (a transaction's own operations do not wait). */
  readonly ready: () => Promise<void>;
  /** `false` once a transaction has ended, so a kept `tx` cannot write afterwards. */
  readonly isOpen: () => boolean;
}

/** Index of the first id greater than `after` (ids are sorted ascending). */
function firstAfter(ids: readonly string[], after: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] as string) <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The memory store's get/put/delete/list/query over one view. */
export function memoryOperations(context: MemoryOperationsContext): StoreOperations {
  const { view, emit } = context;
  const closed = (): Result<never> | undefined =>
    context.isOpen() ? undefined : fail([createIssue('store_transaction_closed', [], undefined, context)]);

  return {
    async get<T>(collection: unknown, id: unknown) {
      await context.ready();
      const refused = closed();
      if (refused !== undefined) return refused;
      const key = readKey(collection, id, context);
      if (!key.ok) return key;
      const record = view.read(key.value.collection, key.value.id);
      return ok(record === undefined ? null : (structuredClone(record) as StoredRecord<T>));
    },

    async put<T>(collection: unknown, record: unknown, options?: unknown) {
      await context.ready();
      const refused = closed();
      if (refused !== undefined) return refused;
      const c = readCollection(collection, context);
      const input = readRecord(record, context.maxValueChars, context);
      const write = readWriteOptions(options, context);
      if (!c.ok || !input.ok || !write.ok) return fail([c, input, write].flatMap((r) => (r.ok ? [] : r.issues)));
      const updatedAt = readNow(context.now, context);
      if (!updatedAt.ok) return updatedAt;
      const current = view.read(c.value, input.value.id);
      const { expectedVersion } = write.value;
      if (expectedVersion !== undefined && (current?.version ?? 0) !== expectedVersion) {
        return fail([conflictIssue({ collection: c.value, id: input.value.id, expectedVersion, current: current ?? null }, context)]);
      }
      const stored: StoredRecord = {
        id: input.value.id,
        collection: c.value,
        version: (current?.version ?? 0) + 1,
        value: input.value.value,
        updatedAt: updatedAt.value,
      };
      view.write(c.value, stored.id, stored);
      emit({ kind: 'put', collection: c.value, id: stored.id, record: stored });
      return ok({ queued: false as const, record: structuredClone(stored) as StoredRecord<T> });
    },

    async delete(collection: unknown, id: unknown, options?: unknown) {
      await context.ready();
      const refused = closed();
      if (refused !== undefined) return refused;
      const key = readKey(collection, id, context);
      const write = readWriteOptions(options, context);
      if (!key.ok || !write.ok) return fail([key, write].flatMap((r) => (r.ok ? [] : r.issues)));
      const { collection: c, id: i } = key.value;
      const current = view.read(c, i);
      if (current === undefined) return fail([notFoundIssue(c, i, context)]);
      const { expectedVersion } = write.value;
      if (expectedVersion !== undefined && current.version !== expectedVersion) {
        return fail([conflictIssue({ collection: c, id: i, expectedVersion, current }, context)]);
      }
      view.write(c, i, null);
      emit({ kind: 'delete', collection: c, id: i, version: current.version });
      return ok({ queued: false as const, collection: c, id: i, version: current.version });
    },

    async list<T>(collection: unknown, options?: unknown) {
      await context.ready();
      const refused = closed();
      if (refused !== undefined) return refused;
      const c = readCollection(collection, context);
      const paging = readListOptions(options, context);
      if (!c.ok || !paging.ok) return fail([c, paging].flatMap((r) => (r.ok ? [] : r.issues)));
      const ids = view.sortedIds(c.value);
      const start = paging.value.after === undefined ? 0 : firstAfter(ids, paging.value.after);
      const pageIds = ids.slice(start, start + paging.value.limit);
      const records = pageIds.map((id) => structuredClone(view.read(c.value, id)) as StoredRecord<T>);
      const more = start + pageIds.length < ids.length;
      const page: StoreListPage<T> = { records, next: more ? (pageIds[pageIds.length - 1] ?? null) : null };
      return ok(page);
    },

    async query<T>(collection: unknown, predicateOrFilter: unknown, options?: unknown) {
      await context.ready();
      const refused = closed();
      if (refused !== undefined) return refused;
      const c = readCollection(collection, context);
      const query = readQuery(predicateOrFilter, options, context);
      if (!c.ok || !query.ok) return fail([c, query].flatMap((r) => (r.ok ? [] : r.issues)));
      const found: StoredRecord<T>[] = [];
      try {
        for (const id of view.sortedIds(c.value)) {
          const copy = structuredClone(view.read(c.value, id)) as StoredRecord<T>;
          if (query.value.matcher(copy.value, copy)) found.push(structuredClone(copy));
          if (found.length >= query.value.limit) break;
        }
      } catch {
        return fail([createIssue('store_query_invalid', ['predicate'], undefined, context)]);
      }
      return ok(found);
    },
  };
}
