import type { DisclosureEntry } from '../disclosure-ledger.schema.js';

/**
 * Drops optional keys whose value is `undefined` (zod keeps them), so an entry hashes the same
 * before and after a JSON round trip through storage.
 */
export function normalizeEntry(entry: DisclosureEntry): DisclosureEntry {
  const { note, recordedByActorId, ...required } = entry;
  return {
    ...required,
    ...(note === undefined ? {} : { note }),
    ...(recordedByActorId === undefined ? {} : { recordedByActorId }),
  };
}
