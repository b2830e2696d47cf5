import type { Store } from '@samspil/core';
import { createIndexedDbStore } from '../../storage/create-indexed-db-store.js';

let shared: Store | undefined;

/**
 * The store a widget's `autosave` uses when the portal gives none: one encrypted IndexedDB store
 * per page (database `samspil`), opened on first use. `undefined` where the options are refused,
 * which cannot happen with the defaults but is not left to chance.
 */
export function defaultDraftStore(): Store | undefined {
  if (shared === undefined) {
    const created = createIndexedDbStore();
    if (created.ok) shared = created.value;
  }
  return shared;
}
