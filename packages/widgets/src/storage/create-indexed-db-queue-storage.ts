import { learnMessages, PendingChange, STORE_MAX_PAGE_SIZE, storeMessagesDa } from '@samspil/core';
import type { Store, StoreQueueStorage } from '@samspil/core';

learnMessages(storeMessagesDa);

/** Options for {@link createIndexedDbQueueStorage}. */
export interface CreateIndexedDbQueueStorageOptions {
  /** The collection the queue lives in. Default `store-queue`. */
  readonly collection?: string;
}

interface QueuedRecord {
  readonly id: string;
  readonly order: readonly [number, number];
  readonly change: unknown;
}

let appended = 0;

/**
 * The HTTP store's offline queue kept in a store that survives a closed tab, normally the
 * encrypted IndexedDB store, so changes made offline are still there, in order, when the page is
 * opened again (and encrypted at rest like every record of that store). A write the store refuses
 * (a full disk) rejects, and the HTTP store reports it as a typed result; nothing is dropped silently.
 *
 * @example
 * const local = createIndexedDbStore();
 * const http = createHttpStore({ baseUrl: '/api', queue: createIndexedDbQueueStorage(local.value) });
 */
export function createIndexedDbQueueStorage(store: Store, options: CreateIndexedDbQueueStorageOptions = {}): StoreQueueStorage {
  const collection = options.collection ?? 'store-queue';
  return {
    async all() {
      const records: QueuedRecord[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await store.list<QueuedRecord>(collection, { limit: STORE_MAX_PAGE_SIZE, ...(after === undefined ? {} : { after }) });
        if (!page.ok) throw new Error(page.issues.map((issue) => issue.message).join(' '));
        records.push(...page.value.records.map((record) => record.value));
        if (page.value.next === null) break;
        after = page.value.next;
      }
      records.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
      // Stored data is input like any other: a record that is not a pending change is left out.
      return records.flatMap((record) => {
        const parsed = PendingChange.safeParse(record.change);
        return parsed.success ? [parsed.data] : [];
      });
    },
    async append(change) {
      appended += 1;
      const record: QueuedRecord = { id: change.changeId, order: [Date.now(), appended], change };
      const put = await store.put(collection, record);
      if (!put.ok) throw new Error(put.issues.map((issue) => issue.message).join(' '));
    },
    async remove(changeId) {
      const removed = await store.delete(collection, changeId);
      if (!removed.ok && !removed.issues.some((issue) => issue.code === 'store_not_found')) {
        throw new Error(removed.issues.map((issue) => issue.message).join(' '));
      }
    },
  };
}
