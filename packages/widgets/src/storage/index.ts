// The browser storage entry (`@samspil/widgets/storage`): the encrypted IndexedDB store.
export { createIndexedDbStore } from './create-indexed-db-store.js';
export type { CreateIndexedDbStoreOptions, ImmediateWrite, IndexedDbStore, IndexedDbStoreOperation } from './create-indexed-db-store.js';
