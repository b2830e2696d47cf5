import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

// The IndexedDB layout. Records live under the key [collection, id]; the stored value holds only
// ciphertext, its IV and clear bookkeeping (version, updatedAt, expiresAt). The record key lives
// in its own object store as a non-extractable CryptoKey, unless the portal supplies one.

/** One record as it lies on disk. */
export interface RawRecord {
  readonly version: number;
  readonly updatedAt: string;
  /** Milliseconds since the epoch; absent for collections that do not expire (so not indexed). */
  readonly expiresAt?: number;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly ciphertext: ArrayBuffer;
}

export type RecordKeyPath = [collection: string, id: string];

export interface StoreDatabaseSchema extends DBSchema {
  records: { key: RecordKeyPath; value: RawRecord; indexes: { expiresAt: number } };
  keys: { key: string; value: CryptoKey };
}

export type StoreDatabase = IDBPDatabase<StoreDatabaseSchema>;

export const DATABASE_VERSION = 1;
export const RECORD_KEY_NAME = 'record-key';

export interface OpenStoreDatabaseHooks {
  /** Another connection (another tab, or a purge) needs this one closed. */
  readonly onClose: () => void;
}

/** Every key of one collection: arrays sort after strings, so `[collection, []]` bounds it above. */
export function collectionRange(collection: string, after?: string): IDBKeyRange {
  const upper: unknown = [collection, []];
  return after === undefined
    ? IDBKeyRange.bound([collection], upper)
    : IDBKeyRange.bound([collection, after], upper, true, false);
}

/**
 * Opens (creating on first use) the store's database. Rejects with the browser's error, or with
 * a `BlockedError` when an older connection elsewhere holds the upgrade back.
 */
export function openStoreDatabase(name: string, hooks: OpenStoreDatabaseHooks): Promise<StoreDatabase> {
  let gaveUp = false;
  return new Promise((resolve, reject) => {
    openDB<StoreDatabaseSchema>(name, DATABASE_VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains('records')) {
          const records = db.createObjectStore('records');
          records.createIndex('expiresAt', 'expiresAt');
        }
        if (!db.objectStoreNames.contains('keys')) db.createObjectStore('keys');
      },
      blocked() {
        gaveUp = true;
        reject(new DOMException('The database is held open by another tab.', 'BlockedError'));
      },
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase | null)?.close();
        hooks.onClose();
      },
      terminated() {
        hooks.onClose();
      },
    }).then((db) => {
      // Opened after all, once the other tab let go: nobody waits for this connection any more.
      if (gaveUp) db.close();
      else resolve(db);
    }, reject);
  });
}
