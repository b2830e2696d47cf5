// The browser storage entry (`@samspil/widgets/storage`): the encrypted IndexedDB store and the
// HTTP store's queue kept in it. Nothing in it generates code, so it works under a strict CSP with
// Trusted Types when imported on its own.
/**
 * The encrypted IndexedDB store (a core `Store` kept on the device) and the queue storage that lets
 * the HTTP store's unsent writes survive a closed tab. See docs/storage/indexeddb.md.
 *
 * @module @samspil/widgets/storage
 */

export { createIndexedDbStore } from './create-indexed-db-store.js';
export { createIndexedDbQueueStorage } from './create-indexed-db-queue-storage.js';
export type { CreateIndexedDbQueueStorageOptions } from './create-indexed-db-queue-storage.js';
export type { CreateIndexedDbStoreOptions, ImmediateWrite, IndexedDbStore, IndexedDbStoreOperation } from './create-indexed-db-store.js';
