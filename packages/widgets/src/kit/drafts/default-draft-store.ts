import { createIssue, fail, learnMessages, storeMessagesDa } from '@samspil/core';
import type { Result, Store, StoreListener, StoreUnsubscribe } from '@samspil/core';
import type { ImmediateWrite, IndexedDbStore } from '../../storage/create-indexed-db-store.js';

learnMessages(storeMessagesDa);

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

/** Waits for the real store, then hands the call over unchanged (or answers why it could not load). */
async function withStore<R>(use: (store: IndexedDbStore) => Promise<Result<R>>): Promise<Result<R>> {
  const store = await loadDefaultStore();
  return store.ok ? use(store.value) : store;
}

function createDefaultDraftStore(): DefaultDraftStore {
  return {
    get: (collection, id) => withStore((store) => store.get(collection, id)),
    put: (collection, record, options) => withStore((store) => store.put(collection, record, options)),
    delete: (collection, id, options) => withStore((store) => store.delete(collection, id, options)),
    list: (collection, options) => withStore((store) => store.list(collection, options)),
    query: (collection, predicateOrFilter, options) => withStore((store) => store.query(collection, predicateOrFilter, options)),
    transaction: (fn) => withStore((store) => store.transaction(fn)),
    prepareImmediateWrite: (collection, record) => withStore((store) => store.prepareImmediateWrite(collection, record)),
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
