import { deleteDB, type IDBPTransaction } from 'idb';
import { createIssue, fail, Id, learnMessages, ok, readStoreLocale, readStoreNow, readStoreOption, storeMessagesDa } from '@samspil/core';
import type {
  Issue,
  LocaleOptions,
  Result,
  Store,
  StoreChange,
  StoreOperations,
  StoreDeletion,
  StoredRecord,
  StoreListPage,
  StoreWrite,
} from '@samspil/core';

import { runIndexedDbTransaction } from './internal/indexed-db-transaction.js';
import { generateRecordKey, isRecordKey, openValue, sealValue } from './internal/record-cipher.js';
import { createStoreListeners, readStoreCollection, readStoreKey, readStoreListOptions, readStoreQuery, readStoreRecord, readStoreWriteOptions } from '@samspil/core';
import { collectionRange, openStoreDatabase, RECORD_KEY_NAME, type RawRecord, type StoreDatabase, type StoreDatabaseSchema } from './internal/store-database.js';
import { decryptionIssue, storageIssue } from './internal/storage-issue.js';

learnMessages(storeMessagesDa);

/** The IndexedDB steps a test can make fail through {@link CreateIndexedDbStoreOptions.simulateFailure}. */
export type IndexedDbStoreOperation = 'open' | 'read' | 'write' | 'delete' | 'purge';

/** Options for {@link createIndexedDbStore}. */
export interface CreateIndexedDbStoreOptions extends LocaleOptions {
  /** The IndexedDB database (default `samspil`); also names the cross-tab channel. */
  readonly databaseName?: string;
  /**
   * An AES-GCM key the portal supplies (for example derived at login). Without it the store makes
   * a non-extractable AES-GCM 256 key on first use and keeps it in the same database.
   */
  readonly key?: CryptoKey;
  /** How long a record in a draft collection lives after its last save (default 14 days). */
  readonly draftTimeToLiveMs?: number;
  /** Collections whose records expire (default `['drafts', 'drafts-rescue']`: drafts and the copies saved as a page closes). */
  readonly draftCollections?: readonly string[];
  /** The clock for `updatedAt` and expiry; this factory is the one boundary with a default (`() => new Date()`). */
  readonly now?: () => Date;
  /** Largest record accepted, in characters of its JSON (default 1,000,000). */
  readonly maxValueChars?: number;
  /** How long `purge()` waits for other tabs to let go of the database (default 5,000 ms). */
  readonly purgeTimeoutMs?: number;
  /**
   * Test seam: called before each IndexedDB step; returning (or throwing) an error makes that
   * step fail as if the browser had raised it, e.g. `new DOMException('full', 'QuotaExceededError')`.
   */
  readonly simulateFailure?: (operation: IndexedDbStoreOperation) => unknown;
}

/** A browser store that keeps records encrypted in IndexedDB. */
export interface IndexedDbStore extends Store {
  /** The database this store uses. */
  readonly databaseName: string;
  /** Opens the database now (it otherwise opens on first use), loads the key and removes expired drafts. */
  ready(): Promise<Result<void>>;
  /** Closes and deletes the database, records and generated key alike: for logout. */
  purge(): Promise<Result<void>>;
  /** Lets go of the database connection and stops hearing other tabs. The store reopens on next use. */
  close(): void;
  /**
   * Runs `fn` all-or-nothing: its writes are staged, then encrypted and written in one IndexedDB
   * transaction only if no record it read or wrote changed meanwhile (in this tab or another);
   * otherwise nothing is kept and the answer is `store_transaction_failed` with the `store_conflict`.
   */
  transaction<R>(fn: (tx: StoreOperations) => R | Promise<R>): Promise<Result<Awaited<R>>>;
  /**
   * Encrypts `record` now and answers a write whose `commit()` starts synchronously, for the
   * moment a page is hidden or closed, when no time is left to encrypt. The write keeps no version
   * (it replaces whatever is there), so use it only for a collection of rescue copies that nothing
   * else writes; the record reads back with version 1.
   */
  prepareImmediateWrite(collection: unknown, record: unknown): Promise<Result<ImmediateWrite>>;
}

/** A sealed write ready to be started without waiting for anything. */
export interface ImmediateWrite {
  /** Starts the IndexedDB write at once; `false` when the database is no longer open. */
  commit(): boolean;
}

// Records written by `prepareImmediateWrite` carry no history: always version 1.
const IMMEDIATE_VERSION = 1;

interface Opened {
  readonly db: StoreDatabase;
  readonly key: CryptoKey;
}

interface Clock {
  readonly iso: string;
  readonly ms: number;
}

type RecordsTransaction<M extends IDBTransactionMode> = IDBPTransaction<StoreDatabaseSchema, ['records'], M>;

const DAY_MS = 86_400_000;
const MAX_WRITE_ATTEMPTS = 5;
const CHANNEL_PREFIX = 'samspil-store:';

const positiveInteger = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) > 0;
const isLive = (raw: RawRecord | undefined, clock: Clock): raw is RawRecord => raw !== undefined && (raw.expiresAt === undefined || raw.expiresAt > clock.ms);

function isRawRecord(value: unknown): value is RawRecord {
  if (value === null || typeof value !== 'object') return false;
  const raw = value as Partial<RawRecord>;
  return (
    Number.isSafeInteger(raw.version) &&
    (raw.version as number) >= 1 &&
    typeof raw.updatedAt === 'string' &&
    raw.iv instanceof Uint8Array &&
    raw.ciphertext instanceof ArrayBuffer
  );
}

/** Runs `fn` in one transaction on `records`; rejects with the transaction's error (quota) or `fn`'s. */
async function inRecords<R, M extends 'readonly' | 'readwrite'>(db: StoreDatabase, mode: M, fn: (tx: RecordsTransaction<M>) => Promise<R>): Promise<R> {
  const tx = db.transaction('records', mode);
  const done = tx.done.then(
    () => undefined,
    (error: unknown) => error ?? tx.error ?? new DOMException('aborted', 'AbortError'),
  );
  let result: R;
  try {
    result = await fn(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished.
    }
    await done;
    throw error;
  }
  const failure = await done;
  if (failure !== undefined) throw failure;
  return result;
}

/**
 * Creates the browser's store: every record's value is encrypted with AES-GCM (a fresh IV per
 * write, the record's collection, id and version bound as authenticated data) and kept in
 * IndexedDB through `idb`, under a non-extractable key (or the portal's). Versions and conflicts
 * work as in every Samspil store, with all-or-nothing transactions; drafts expire; other tabs' changes reach `subscribe`; `purge()`
 * deletes everything for logout. Every method answers a `Result` and never rejects: quota, a
 * browser that refuses storage, or a record that does not decrypt come back as typed issues, and
 * the value passed in stays with the caller.
 *
 * @example
 * const store = createIndexedDbStore({ databaseName: 'samspil' });
 * (await store.value.put('drafts', { id: 'visit-1', notes: 'Familien har fået bolig.' })).value.record.version
 * //=> 1
 */
export function createIndexedDbStore(options: CreateIndexedDbStoreOptions = {}): Result<IndexedDbStore> {
  const locale = readStoreLocale(options);
  const issues: Issue[] = [];
  if (options === null || typeof options !== 'object') issues.push(createIssue('store_option_invalid', [], { option: 'options' }, locale));
  const input = (options !== null && typeof options === 'object' ? options : {}) as Readonly<Record<string, unknown>>;
  const databaseName = readStoreOption(input, 'databaseName', (v) => typeof v === 'string' && v.length > 0 && v.length <= 200, 'samspil', issues, locale);
  const suppliedKey = readStoreOption<CryptoKey | undefined>(input, 'key', isRecordKey, undefined, issues, locale);
  const draftTtl = readStoreOption(input, 'draftTimeToLiveMs', positiveInteger, 14 * DAY_MS, issues, locale);
  const draftCollections = readStoreOption<readonly string[]>(
    input,
    'draftCollections',
    (v) => Array.isArray(v) && v.length <= 100 && v.every((c) => Id.safeParse(c).success),
    ['drafts', 'drafts-rescue'],
    issues,
    locale,
  );
  const now = readStoreOption<() => unknown>(input, 'now', (v) => typeof v === 'function', () => new Date(), issues, locale);
  const maxValueChars = readStoreOption(input, 'maxValueChars', positiveInteger, 1_000_000, issues, locale);
  const purgeTimeoutMs = readStoreOption(input, 'purgeTimeoutMs', positiveInteger, 5_000, issues, locale);
  const simulateFailure = readStoreOption<((operation: IndexedDbStoreOperation) => unknown) | undefined>(
    input,
    'simulateFailure',
    (v) => typeof v === 'function',
    undefined,
    issues,
    locale,
  );
  if (issues.length > 0) return fail(issues);

  const drafts = new Set([...draftCollections]);
  const listeners = createStoreListeners();
  const blocked = (): Result<never> => fail([createIssue('store_blocked', [], undefined, locale)]);
  const fault = (operation: IndexedDbStoreOperation): void => {
    if (simulateFailure === undefined) return;
    const error = simulateFailure(operation);
    if (error !== undefined && error !== null && error !== false) throw error;
  };

  function readClock(): Result<Clock> {
    const iso = readStoreNow(now, locale);
    return iso.ok ? ok({ iso: iso.value, ms: Date.parse(iso.value) }) : iso;
  }

  // --- the connection: opened lazily, reopened after another tab or a purge closed it ---
  let connection: Promise<Result<Opened>> | null = null;

  async function sweepExpired(db: StoreDatabase, clock: Clock): Promise<void> {
    await inRecords(db, 'readwrite', async (tx) => {
      const keys = await tx.store.index('expiresAt').getAllKeys(IDBKeyRange.upperBound(clock.ms));
      await Promise.all(keys.map((key) => tx.store.delete(key)));
    });
  }

  async function loadKey(db: StoreDatabase): Promise<CryptoKey> {
    if (suppliedKey !== undefined) return suppliedKey;
    const existing: unknown = await db.get('keys', RECORD_KEY_NAME);
    if (isRecordKey(existing)) return existing;
    const fresh = await generateRecordKey();
    // Another tab may have made one meanwhile: keep the first, so both tabs share one key.
    const tx = db.transaction('keys', 'readwrite');
    const raced: unknown = await tx.store.get(RECORD_KEY_NAME);
    const key = isRecordKey(raced) ? raced : fresh;
    if (key === fresh) await tx.store.put(fresh, RECORD_KEY_NAME);
    await tx.done;
    return key;
  }

  async function connect(onClose: () => void): Promise<Result<Opened>> {
    if (typeof indexedDB === 'undefined' || indexedDB === null || typeof crypto === 'undefined' || crypto.subtle === undefined) return blocked();
    let db: StoreDatabase | undefined;
    try {
      fault('open');
      db = await openStoreDatabase(databaseName, { onClose });
      const key = await loadKey(db);
      const clock = readClock();
      // Expired drafts are also filtered on every read, so a failed sweep must not block the open.
      if (clock.ok) await sweepExpired(db, clock.value).catch(() => undefined);
      return ok({ db, key });
    } catch (error) {
      db?.close();
      return fail([storageIssue(error, locale)]);
    }
  }

  function open(): Promise<Result<Opened>> {
    if (connection === null) {
      const attempt: Promise<Result<Opened>> = connect(() => {
        if (connection === attempt) connection = null;
      });
      connection = attempt;
      void attempt.then((result) => {
        if (!result.ok && connection === attempt) connection = null;
      });
    }
    return connection;
  }

  /** Runs a step against the open database; once more on a fresh connection if another tab closed this one. */
  async function withDatabase<R>(step: (opened: Opened) => Promise<Result<R>>): Promise<Result<R>> {
    for (let attempt = 0; ; attempt += 1) {
      const opened = await open();
      if (!opened.ok) return opened;
      try {
        return await step(opened.value);
      } catch (error) {
        const closedMeanwhile = error instanceof DOMException && error.name === 'InvalidStateError';
        if (closedMeanwhile && attempt === 0) {
          connection = null;
          continue;
        }
        return fail([storageIssue(error, locale)]);
      }
    }
  }

  async function decrypt<T>(opened: Opened, collection: string, id: string, raw: unknown): Promise<Result<StoredRecord<T>>> {
    try {
      if (!isRawRecord(raw)) throw new Error('malformed');
      const json = await openValue(opened.key, raw, collection, id, raw.version);
      return ok({ id, collection, version: raw.version, value: JSON.parse(json) as T, updatedAt: raw.updatedAt });
    } catch {
      return fail([decryptionIssue(collection, id, locale)]);
    }
  }

  async function conflict(opened: Opened, collection: string, id: string, expectedVersion: number, raw: RawRecord | undefined): Promise<Result<never>> {
    const readable = raw === undefined ? undefined : await decrypt(opened, collection, id, raw);
    const issue = createIssue('store_conflict', [], { collection, id, expectedVersion, actualVersion: raw?.version ?? 0 }, locale);
    const current = readable?.ok === true ? readable.value : null;
    return fail([{ ...issue, current } as Issue, ...(readable?.ok === false ? readable.issues : [])]);
  }

  // --- cross-tab notifications: only collection, id and version travel, never a value ---
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_PREFIX + databaseName) : null;
  const announce = (change: StoreChange): void => {
    try {
      channel?.postMessage({ kind: change.kind, collection: change.collection, id: change.id, version: change.kind === 'put' ? change.record.version : change.version });
    } catch {
      // A closed channel: other tabs simply hear nothing.
    }
  };
  const publish = (change: StoreChange): void => {
    listeners.emit(change);
    announce(change);
  };
  if (channel !== null) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as Record<string, unknown> | null;
      if (data === null || typeof data !== 'object') return;
      const { kind, collection, id, version } = data;
      if ((kind !== 'put' && kind !== 'delete') || typeof collection !== 'string' || typeof id !== 'string') return;
      if (!Number.isSafeInteger(version) || !Id.safeParse(collection).success || !Id.safeParse(id).success || !listeners.has(collection)) return;
      if (kind === 'delete') {
        listeners.emit({ kind, collection, id, version: version as number });
        return;
      }
      void store.get(collection, id).then((found) => {
        if (found.ok && found.value !== null) listeners.emit({ kind: 'put', collection, id, record: found.value });
      });
    };
  }

  const store: IndexedDbStore = {
    databaseName,

    async ready() {
      const opened = await open();
      return opened.ok ? ok(undefined) : opened;
    },

    async get<T>(collection: unknown, id: unknown) {
      const key = readStoreKey(collection, id, locale);
      if (!key.ok) return key;
      const clock = readClock();
      if (!clock.ok) return clock;
      const { collection: c, id: i } = key.value;
      return withDatabase<StoredRecord<T> | null>(async (opened) => {
        fault('read');
        const raw = await opened.db.get('records', [c, i]);
        if (!isLive(raw, clock.value)) return ok(null);
        return decrypt<T>(opened, c, i, raw);
      });
    },

    async put<T>(collection: unknown, record: unknown, writeOptions?: unknown) {
      const c = readStoreCollection(collection, locale);
      const value = readStoreRecord(record, maxValueChars, locale);
      const write = readStoreWriteOptions(writeOptions, locale);
      if (!c.ok || !value.ok || !write.ok) return fail([c, value, write].flatMap((r) => (r.ok ? [] : r.issues)));
      const clock = readClock();
      if (!clock.ok) return clock;
      const { id, json } = value.value;
      const { expectedVersion } = write.value;
      const expiresAt = drafts.has(c.value) ? clock.value.ms + draftTtl : undefined;
      return withDatabase<StoreWrite<T>>(async (opened) => {
        let raw: RawRecord | undefined;
        for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt += 1) {
          fault('read');
          const found = await opened.db.get('records', [c.value, id]);
          raw = isLive(found, clock.value) ? found : undefined;
          const currentVersion = raw?.version ?? 0;
          if (expectedVersion !== undefined && currentVersion !== expectedVersion) return conflict(opened, c.value, id, expectedVersion, raw);
          const version = currentVersion + 1;
          // WebCrypto is async and would end an IndexedDB transaction: encrypt first, re-check inside.
          const sealed = await sealValue(opened.key, json, c.value, id, version);
          const entry: RawRecord = { version, updatedAt: clock.value.iso, iv: sealed.iv, ciphertext: sealed.ciphertext, ...(expiresAt === undefined ? {} : { expiresAt }) };
          const written = await inRecords(opened.db, 'readwrite', async (tx) => {
            const again = await tx.store.get([c.value, id]);
            if ((isLive(again, clock.value) ? again.version : 0) !== currentVersion) return false;
            fault('write');
            await tx.store.put(entry, [c.value, id]);
            return true;
          });
          if (!written) continue; // changed by another tab between the read and the write
          const stored: StoredRecord<T> = { id, collection: c.value, version, value: JSON.parse(json) as T, updatedAt: clock.value.iso };
          publish({ kind: 'put', collection: c.value, id, record: stored });
          return ok({ queued: false as const, record: { ...stored, value: JSON.parse(json) as T } });
        }
        return conflict(opened, c.value, id, expectedVersion ?? raw?.version ?? 0, raw);
      });
    },

    async prepareImmediateWrite(collection: unknown, record: unknown) {
      const c = readStoreCollection(collection, locale);
      const value = readStoreRecord(record, maxValueChars, locale);
      if (!c.ok || !value.ok) return fail([c, value].flatMap((r) => (r.ok ? [] : r.issues)));
      const clock = readClock();
      if (!clock.ok) return clock;
      const { id, json } = value.value;
      const expiresAt = drafts.has(c.value) ? clock.value.ms + draftTtl : undefined;
      return withDatabase<ImmediateWrite>(async (opened) => {
        const sealed = await sealValue(opened.key, json, c.value, id, IMMEDIATE_VERSION);
        const entry: RawRecord = { version: IMMEDIATE_VERSION, updatedAt: clock.value.iso, iv: sealed.iv, ciphertext: sealed.ciphertext, ...(expiresAt === undefined ? {} : { expiresAt }) };
        return ok({
          commit: () => {
            try {
              fault('write');
              // The request is queued and the transaction committed explicitly before this returns: a
              // document going away aborts transactions still waiting for their requests' callbacks.
              const tx = opened.db.transaction('records', 'readwrite');
              void tx.store.put(entry, [c.value, id]).catch(() => undefined);
              void tx.done.catch(() => undefined);
              tx.commit();
              return true;
            } catch {
              return false;
            }
          },
        });
      });
    },

    async delete(collection: unknown, id: unknown, writeOptions?: unknown) {
      const key = readStoreKey(collection, id, locale);
      const write = readStoreWriteOptions(writeOptions, locale);
      if (!key.ok || !write.ok) return fail([key, write].flatMap((r) => (r.ok ? [] : r.issues)));
      const clock = readClock();
      if (!clock.ok) return clock;
      const { collection: c, id: i } = key.value;
      const { expectedVersion } = write.value;
      return withDatabase<StoreDeletion>(async (opened) => {
        const outcome = await inRecords(opened.db, 'readwrite', async (tx) => {
          fault('read');
          const raw = await tx.store.get([c, i]);
          if (!isLive(raw, clock.value)) {
            if (raw !== undefined) await tx.store.delete([c, i]);
            return { kind: 'missing' as const };
          }
          if (expectedVersion !== undefined && raw.version !== expectedVersion) return { kind: 'conflict' as const, raw };
          fault('delete');
          await tx.store.delete([c, i]);
          return { kind: 'deleted' as const, version: raw.version };
        });
        if (outcome.kind === 'missing') return fail([createIssue('store_not_found', [], { collection: c, id: i }, locale)]);
        if (outcome.kind === 'conflict') return conflict(opened, c, i, expectedVersion ?? 0, outcome.raw);
        publish({ kind: 'delete', collection: c, id: i, version: outcome.version });
        return ok({ queued: false as const, collection: c, id: i, version: outcome.version });
      });
    },

    async list<T>(collection: unknown, listOptions?: unknown) {
      const c = readStoreCollection(collection, locale);
      const paging = readStoreListOptions(listOptions, locale);
      if (!c.ok || !paging.ok) return fail([c, paging].flatMap((r) => (r.ok ? [] : r.issues)));
      const clock = readClock();
      if (!clock.ok) return clock;
      const { limit, after } = paging.value;
      return withDatabase<StoreListPage<T>>(async (opened) => {
        fault('read');
        await sweepExpired(opened.db, clock.value).catch(() => undefined);
        const range = collectionRange(c.value, after);
        const [keys, values] = await inRecords(opened.db, 'readonly', (tx) => Promise.all([tx.store.getAllKeys(range, limit + 1), tx.store.getAll(range, limit + 1)]));
        const records: StoredRecord<T>[] = [];
        const unreadable: Issue[] = [];
        for (let index = 0; index < Math.min(limit, keys.length); index += 1) {
          const id = keys[index]?.[1] as string;
          const raw = values[index];
          if (!isLive(raw, clock.value)) continue;
          const record = await decrypt<T>(opened, c.value, id, raw);
          if (record.ok) records.push(record.value);
          else unreadable.push(...record.issues);
        }
        if (unreadable.length > 0) return fail(unreadable);
        const last = keys[Math.min(limit, keys.length) - 1];
        return ok({ records, next: keys.length > limit && last !== undefined ? last[1] : null });
      });
    },

    async query<T>(collection: unknown, predicateOrFilter: unknown, queryOptions?: unknown) {
      const c = readStoreCollection(collection, locale);
      const query = readStoreQuery(predicateOrFilter, queryOptions, locale);
      if (!c.ok || !query.ok) return fail([c, query].flatMap((r) => (r.ok ? [] : r.issues)));
      const found: StoredRecord<T>[] = [];
      let after: string | undefined;
      do {
        const page = await store.list<T>(c.value, after === undefined ? { limit: 1_000 } : { limit: 1_000, after });
        if (!page.ok) return page;
        try {
          for (const record of page.value.records) {
            const copy = structuredClone(record);
            if (query.value.matcher(copy.value, copy)) found.push(record);
            if (found.length >= query.value.limit) return ok(found);
          }
        } catch {
          return fail([createIssue('store_query_invalid', ['predicate'], undefined, locale)]);
        }
        after = page.value.next ?? undefined;
      } while (after !== undefined);
      return ok(found);
    },

    subscribe: listeners.subscribe,

    async transaction<R>(fn: (tx: StoreOperations) => R | Promise<R>) {
      const result = await runIndexedDbTransaction<R>(
        {
          ...locale,
          base: store,
          maxValueChars,
          expiresAt: (collection, nowMs) => (drafts.has(collection) ? nowMs + draftTtl : undefined),
          readClock,
          withDatabase,
          inRecords: (db, step) =>
            inRecords(db, 'readwrite', (tx) =>
              step({ get: (key) => tx.store.get(key), put: (value, key) => tx.store.put(value, key), delete: (key) => tx.store.delete(key) }),
            ),
          isLive: (raw, nowMs): raw is RawRecord => isLive(raw, { iso: '', ms: nowMs }),
          conflict,
          fault,
          publish,
        },
        fn,
      );
      if (result.ok || result.issues[0]?.code === 'store_transaction_failed' || typeof fn !== 'function') return result;
      return fail([createIssue('store_transaction_failed', [], undefined, locale), ...result.issues]);
    },

    async purge() {
      const current = connection;
      connection = null;
      if (current !== null) {
        const opened = await current;
        if (opened.ok) opened.value.db.close();
      }
      if (typeof indexedDB === 'undefined' || indexedDB === null) return blocked();
      try {
        fault('purge');
        await new Promise<void>((resolve, reject) => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          deleteDB(databaseName, {
            blocked() {
              timer ??= setTimeout(() => reject(new DOMException('Another tab holds the database.', 'BlockedError')), purgeTimeoutMs);
            },
          }).then(
            () => {
              clearTimeout(timer);
              resolve();
            },
            (error: unknown) => {
              clearTimeout(timer);
              reject(error);
            },
          );
        });
        return ok(undefined);
      } catch {
        return blocked();
      }
    },

    close() {
      const current = connection;
      connection = null;
      void current?.then((opened) => {
        if (opened.ok) opened.value.db.close();
      });
      channel?.close();
    },
  };
  return ok(store);
}
