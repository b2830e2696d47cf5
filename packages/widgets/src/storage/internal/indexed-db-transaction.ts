import { createIssue, fail, learnMessages, ok, storeMessagesDa } from '@samspil/core';
import type { Issue, LocaleOptions, Result, StoreChange, StoredRecord, StoreListPage, StoreOperations } from '@samspil/core';
import { sealValue } from './record-cipher.js';
import { readStoreCollection, readStoreKey, readStoreListOptions, readStoreQuery, readStoreRecord, readStoreWriteOptions } from '@samspil/core';
import type { RawRecord, StoreDatabase } from './store-database.js';

learnMessages(storeMessagesDa);

// All-or-nothing transactions over encrypted records. An IndexedDB transaction ends as soon as
// it waits for anything else, and WebCrypto always makes it wait, so the work is optimistic:
// the callback reads through to the store and writes into a staging area, noting the version of
// every record it looked at; the commit encrypts every staged write first, then one readwrite
// transaction checks that none of those versions moved and writes everything, or nothing.

export interface TransactionOpened {
  readonly db: StoreDatabase;
  readonly key: CryptoKey;
}

export interface TransactionContext extends LocaleOptions {
  /** The store's own operations, for reads that are not staged. */
  readonly base: StoreOperations;
  readonly maxValueChars: number;
  readonly expiresAt: (collection: string, nowMs: number) => number | undefined;
  readonly readClock: () => Result<{ iso: string; ms: number }>;
  readonly withDatabase: <R>(step: (opened: TransactionOpened) => Promise<Result<R>>) => Promise<Result<R>>;
  /** Runs `fn` in one IndexedDB transaction on `records`. */
  readonly inRecords: <R>(db: StoreDatabase, fn: (records: RecordsAccess) => Promise<R>) => Promise<R>;
  readonly isLive: (raw: RawRecord | undefined, nowMs: number) => raw is RawRecord;
  readonly conflict: (opened: TransactionOpened, collection: string, id: string, expectedVersion: number, raw: RawRecord | undefined) => Promise<Result<never>>;
  readonly fault: (operation: 'write') => void;
  readonly publish: (change: StoreChange) => void;
}

export interface RecordsAccess {
  get(key: [string, string]): Promise<RawRecord | undefined>;
  put(value: RawRecord, key: [string, string]): Promise<unknown>;
  delete(key: [string, string]): Promise<unknown>;
}

interface Staged {
  readonly collection: string;
  readonly id: string;
  /** `null` stages a delete. */
  readonly record: (StoredRecord & { readonly json: string }) | null;
}

const isFailure = (value: unknown): value is { ok: false; issues: readonly Issue[] } =>
  value !== null && typeof value === 'object' && (value as { ok?: unknown }).ok === false && Array.isArray((value as { issues?: unknown }).issues);

const keyOf = (collection: string, id: string): string => JSON.stringify([collection, id]);

/** Runs `fn` against staged operations and commits them all, or none. */
export async function runIndexedDbTransaction<R>(context: TransactionContext, fn: unknown): Promise<Result<Awaited<R>>> {
  const failed = (issues: readonly Issue[] = []): Result<never> => fail([createIssue('store_transaction_failed', [], undefined, context), ...issues]);
  if (typeof fn !== 'function') return fail([createIssue('invalid_type', ['fn'], { expected: 'function' }, context)]);
  const clock = context.readClock();
  if (!clock.ok) return clock;

  /** The version each touched record had when first seen (0: absent). */
  const observed = new Map<string, { collection: string; id: string; version: number }>();
  const staged = new Map<string, Staged>();
  const order: StoreChange[] = [];
  let open = true;
  const closed = (): Result<never> | undefined => (open ? undefined : fail([createIssue('store_transaction_closed', [], undefined, context)]));

  async function read(collection: string, id: string): Promise<Result<StoredRecord | null>> {
    const key = keyOf(collection, id);
    const stage = staged.get(key);
    if (stage !== undefined) return ok(stage.record === null ? null : { id, collection, version: stage.record.version, value: JSON.parse(stage.record.json) as unknown, updatedAt: stage.record.updatedAt });
    const found = await context.base.get(collection, id);
    if (found.ok && !observed.has(key)) observed.set(key, { collection, id, version: found.value?.version ?? 0 });
    return found;
  }

  async function readAll(collection: string): Promise<Result<StoredRecord[]>> {
    const byId = new Map<string, StoredRecord>();
    let after: string | undefined;
    do {
      const page: Result<StoreListPage> = await context.base.list(collection, after === undefined ? { limit: 1_000 } : { limit: 1_000, after });
      if (!page.ok) return page;
      for (const record of page.value.records) {
        const key = keyOf(collection, record.id);
        if (!observed.has(key)) observed.set(key, { collection, id: record.id, version: record.version });
        byId.set(record.id, record);
      }
      after = page.value.next ?? undefined;
    } while (after !== undefined);
    for (const stage of staged.values()) {
      if (stage.collection !== collection) continue;
      if (stage.record === null) byId.delete(stage.id);
      else byId.set(stage.id, { id: stage.id, collection, version: stage.record.version, value: JSON.parse(stage.record.json) as unknown, updatedAt: stage.record.updatedAt });
    }
    return ok([...byId.keys()].sort().map((id) => byId.get(id) as StoredRecord));
  }

  const conflictIssue = (collection: string, id: string, expectedVersion: number, current: StoredRecord | null): Issue => ({
    ...createIssue('store_conflict', [], { collection, id, expectedVersion, actualVersion: current?.version ?? 0 }, context),
    current,
  } as Issue);

  const tx: StoreOperations = {
    async get<T>(collection: unknown, id: unknown) {
      const refused = closed();
      if (refused !== undefined) return refused;
      const key = readStoreKey(collection, id, context);
      if (!key.ok) return key;
      return (await read(key.value.collection, key.value.id)) as Result<StoredRecord<T> | null>;
    },
    async put<T>(collection: unknown, record: unknown, options?: unknown) {
      const refused = closed();
      if (refused !== undefined) return refused;
      const c = readStoreCollection(collection, context);
      const value = readStoreRecord(record, context.maxValueChars, context);
      const write = readStoreWriteOptions(options, context);
      if (!c.ok || !value.ok || !write.ok) return fail([c, value, write].flatMap((r) => (r.ok ? [] : r.issues)));
      const current = await read(c.value, value.value.id);
      if (!current.ok) return current;
      const { expectedVersion } = write.value;
      if (expectedVersion !== undefined && (current.value?.version ?? 0) !== expectedVersion) {
        return fail([conflictIssue(c.value, value.value.id, expectedVersion, current.value)]);
      }
      const stored = { id: value.value.id, collection: c.value, version: (current.value?.version ?? 0) + 1, value: JSON.parse(value.value.json) as T, updatedAt: clock.value.iso };
      staged.set(keyOf(c.value, stored.id), { collection: c.value, id: stored.id, record: { ...stored, json: value.value.json } });
      order.push({ kind: 'put', collection: c.value, id: stored.id, record: stored });
      return ok({ queued: false as const, record: { ...stored, value: JSON.parse(value.value.json) as T } });
    },
    async delete(collection: unknown, id: unknown, options?: unknown) {
      const refused = closed();
      if (refused !== undefined) return refused;
      const key = readStoreKey(collection, id, context);
      const write = readStoreWriteOptions(options, context);
      if (!key.ok || !write.ok) return fail([key, write].flatMap((r) => (r.ok ? [] : r.issues)));
      const { collection: c, id: i } = key.value;
      const current = await read(c, i);
      if (!current.ok) return current;
      if (current.value === null) return fail([createIssue('store_not_found', [], { collection: c, id: i }, context)]);
      const { expectedVersion } = write.value;
      if (expectedVersion !== undefined && current.value.version !== expectedVersion) return fail([conflictIssue(c, i, expectedVersion, current.value)]);
      staged.set(keyOf(c, i), { collection: c, id: i, record: null });
      order.push({ kind: 'delete', collection: c, id: i, version: current.value.version });
      return ok({ queued: false as const, collection: c, id: i, version: current.value.version });
    },
    async list<T>(collection: unknown, options?: unknown) {
      const refused = closed();
      if (refused !== undefined) return refused;
      const c = readStoreCollection(collection, context);
      const paging = readStoreListOptions(options, context);
      if (!c.ok || !paging.ok) return fail([c, paging].flatMap((r) => (r.ok ? [] : r.issues)));
      const all = await readAll(c.value);
      if (!all.ok) return all;
      const { limit, after } = paging.value;
      const rest = after === undefined ? all.value : all.value.filter((record) => record.id > after);
      const records = rest.slice(0, limit) as StoredRecord<T>[];
      return ok({ records, next: rest.length > limit ? (records[records.length - 1]?.id ?? null) : null });
    },
    async query<T>(collection: unknown, predicateOrFilter: unknown, options?: unknown) {
      const refused = closed();
      if (refused !== undefined) return refused;
      const c = readStoreCollection(collection, context);
      const query = readStoreQuery(predicateOrFilter, options, context);
      if (!c.ok || !query.ok) return fail([c, query].flatMap((r) => (r.ok ? [] : r.issues)));
      const all = await readAll(c.value);
      if (!all.ok) return all;
      const found: StoredRecord<T>[] = [];
      try {
        for (const record of all.value) {
          const copy = structuredClone(record);
          if (query.value.matcher(copy.value, copy)) found.push(record as StoredRecord<T>);
          if (found.length >= query.value.limit) break;
        }
      } catch {
        return fail([createIssue('store_query_invalid', ['predicate'], undefined, context)]);
      }
      return ok(found);
    },
  };

  let value: Awaited<R>;
  try {
    value = (await (fn as (tx: StoreOperations) => R | Promise<R>)(tx)) as Awaited<R>;
  } catch {
    open = false;
    return failed();
  }
  open = false;
  if (isFailure(value)) return failed(value.issues);
  if (staged.size === 0) return ok(value);

  return context.withDatabase<Awaited<R>>(async (opened) => {
    // Encrypt everything first: the IndexedDB transaction below must not wait on WebCrypto.
    const writes: { key: [string, string]; raw: RawRecord | null }[] = [];
    for (const stage of staged.values()) {
      if (stage.record === null) {
        writes.push({ key: [stage.collection, stage.id], raw: null });
        continue;
      }
      const sealed = await sealValue(opened.key, stage.record.json, stage.collection, stage.id, stage.record.version);
      const expiresAt = context.expiresAt(stage.collection, clock.value.ms);
      writes.push({
        key: [stage.collection, stage.id],
        raw: { version: stage.record.version, updatedAt: clock.value.iso, iv: sealed.iv, ciphertext: sealed.ciphertext, ...(expiresAt === undefined ? {} : { expiresAt }) },
      });
    }
    const moved = await context.inRecords(opened.db, async (records) => {
      for (const seen of observed.values()) {
        const raw = await records.get([seen.collection, seen.id]);
        const version = context.isLive(raw, clock.value.ms) ? raw.version : 0;
        if (version !== seen.version) return { ...seen, raw: context.isLive(raw, clock.value.ms) ? raw : undefined };
      }
      context.fault('write');
      for (const write of writes) {
        if (write.raw === null) await records.delete(write.key);
        else await records.put(write.raw, write.key);
      }
      return null;
    });
    if (moved !== null) {
      const conflict = await context.conflict(opened, moved.collection, moved.id, moved.version, moved.raw);
      return failed(conflict.ok ? [] : conflict.issues);
    }
    for (const change of order) context.publish(change);
    return ok(value);
  });
}
