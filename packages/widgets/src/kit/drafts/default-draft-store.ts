import { createIssue, fail } from '@samspil/core';
import type { Result, Store, StoreListener, StoreUnsubscribe } from '@samspil/core';
import type { ImmediateWrite, IndexedDbStore } from '../../storage/create-indexed-db-store.js';

let loading: Promise<Result<IndexedDbStore>> | undefined;
let shared: DefaultDraftStore | undefined;

/**
 * Opens the encrypted IndexedDB store, loading its code on first use: a page whose widgets never
 * autosave downloads none of it (docs/decisions/0008). A chunk that cannot be fetched answers
 * `store_unavailable`, and the next use tries again.
 */
export function loadDefaultStore(): Promise<Result<IndexedDbStore>> {
  loading ??= import('../../storage/create-indexed-db-store.js').then(
    ({ createIndexedDbStore }) => createIndexedDbStore(),
    () => {
      loading = undefined;
      return fail([createIssue('store_unavailable', [])]);
    },
  );
  return loading;
}

/** The default store as a widget sees it: every call waits for the real store to load. */
export interface DefaultDraftStore extends Store {
  /**
   * Waits for the store to load, then encrypts `record` and answers a write whose `commit()` starts
   * synchronously (see `IndexedDbStore.prepareImmediateWrite`): for a page being hidden or closed.
   */
  prepareImmediateWrite(collection: unknown, record: unknown): Promise<Result<ImmediateWrite>>;
}

function createDefaultDraftStore(): DefaultDraftStore {
  // Each call waits for the real store, then hands the call over unchanged.
  const loaded = loadDefaultStore;
  return {
    async get(collection, id) {
      const store = await loaded();
      return store.ok ? store.value.get(collection, id) : store;
    },
    async put(collection, record, options) {
      const store = await loaded();
      return store.ok ? store.value.put(collection, record, options) : store;
    },
    async delete(collection, id, options) {
      const store = await loaded();
      return store.ok ? store.value.delete(collection, id, options) : store;
    },
    async list(collection, options) {
      const store = await loaded();
      return store.ok ? store.value.list(collection, options) : store;
    },
    async query(collection, predicateOrFilter, options) {
      const store = await loaded();
      return store.ok ? store.value.query(collection, predicateOrFilter, options) : store;
    },
    async transaction(fn) {
      const store = await loaded();
      return store.ok ? store.value.transaction(fn) : store;
    },
    async prepareImmediateWrite(collection, record) {
      const store = await loaded();
      return store.ok ? store.value.prepareImmediateWrite(collection, record) : store;
    },
    subscribe<T>(collection: unknown, listener: StoreListener<T>): StoreUnsubscribe {
      let unsubscribe: StoreUnsubscribe | undefined;
      let cancelled = false;
      void loadDefaultStore().then((store) => {
        if (store.ok && !cancelled) unsubscribe = store.value.subscribe(collection, listener);
      });
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
  };
}

/**
 * The store a widget's `autosave` uses when the portal gives none: one encrypted IndexedDB store
 * per page (database `samspil`), whose code loads on first use.
 */
export function defaultDraftStore(): DefaultDraftStore {
  shared ??= createDefaultDraftStore();
  return shared;
}
