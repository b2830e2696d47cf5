import type { Result } from '@samspil/core';
import { createIndexedDbStore, type IndexedDbStore } from '../../storage/create-indexed-db-store.js';

let shared: Result<IndexedDbStore> | undefined;

/**
 * The store a widget's `autosave` uses when the portal gives none: one encrypted IndexedDB store
 * per page (database `samspil`), opened on first use. `undefined` where the options are refused,
 * which cannot happen with the defaults but is not left to chance.
 */
export function defaultDraftStore(): IndexedDbStore | undefined {
  shared ??= createIndexedDbStore();
  return shared.ok ? shared.value : undefined;
}

/** The default store if a widget has made it, for logout. */
export function sharedDraftStore(): Result<IndexedDbStore> | undefined {
  return shared;
}
