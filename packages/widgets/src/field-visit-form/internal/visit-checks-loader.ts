import { lazyContent } from '../../kit/content/lazy-content.js';
import { shippedAttentionCatalogue } from '../../kit/content/shipped-content.js';

/**
 * Core's submit rules, the catalogue lookups and the placing of issues next to fields: a chunk the
 * form fetches beside the shipped catalogue once its fields are painted (decisions 0008, 0014).
 */
const visitChecks = lazyContent(() => import('./visit-checks.js'));

/** The visit checks once their chunk has arrived; `undefined` before. */
export function loadedVisitChecks(): typeof visitChecks.current {
  return visitChecks.current;
}

/** Whether the shipped catalogue and the visit checks have arrived (the form shows every field before they do). */
export function isCatalogueLoaded(): boolean {
  return shippedAttentionCatalogue.current !== undefined && visitChecks.current !== undefined;
}

/** Loads the shipped catalogue and the visit checks, once; `false` when either chunk could not be fetched (the next call tries again). */
export function loadCatalogue(): Promise<boolean> {
  return Promise.all([shippedAttentionCatalogue.load(), visitChecks.load()]).then((loaded) => loaded.every(Boolean));
}
