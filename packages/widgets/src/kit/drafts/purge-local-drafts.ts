import type { Result } from '@samspil/core';
import { loadDefaultStore } from './default-draft-store.js';

/**
 * For the portal's logout: deletes the encrypted IndexedDB store that `autosave` uses by
 * default (every draft and its key), so nothing readable is left on the device. Widgets still
 * on the page keep what is on screen; their next save starts a new, empty store.
 *
 * @example
 * await purgeLocalDrafts();
 * //=> { ok: true, value: undefined }
 */
export async function purgeLocalDrafts(): Promise<Result<void>> {
  const store = await loadDefaultStore();
  if (!store.ok) return store;
  return store.value.purge();
}
