import type { PendingChange, StoreQueueStorage } from './store.schema.js';

/** The in-memory queue storage: synchronous, which the interface allows. */
export interface MemoryQueueStorage extends StoreQueueStorage {
  all(): readonly PendingChange[];
  append(change: PendingChange): void;
  remove(changeId: string): void;
}

/**
 * Creates the HTTP store's default queue storage: pending changes kept in memory, oldest first.
 * Pass one instance to two stores in a test to act out a reload; in a browser, the IndexedDB
 * adapter's queue storage keeps them across a closed lid instead.
 *
 * @example
 * const queue = createMemoryQueueStorage();
 * queue.append({ changeId: 'k1', kind: 'delete', collection: 'drafts', id: 'v1', queuedAt: '2026-03-01T09:00:00.000Z' });
 * queue.all().length
 * //=> 1
 */
export function createMemoryQueueStorage(): MemoryQueueStorage {
  let changes: PendingChange[] = [];
  return {
    all: () => changes.map((change) => structuredClone(change)),
    append(change) {
      changes.push(structuredClone(change));
    },
    remove(changeId) {
      changes = changes.filter((change) => change.changeId !== changeId);
    },
  };
}
