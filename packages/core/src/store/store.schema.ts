import * as z from '../common/schema/index.js';
import { Id, IsoDateTime } from '../common/schemas.js';
import type { Result } from '../result/result.js';

// The shapes every store adapter shares (memory, HTTP, and the browser's IndexedDB adapter
// later): one interface, so a widget's drafts work the same whatever a portal plugs in.

/** Most records one `list` page returns; a page asks for fewer with `limit`. */
export const STORE_MAX_PAGE_SIZE = 1_000;

/** A record as a store keeps it: the caller's value plus the store's bookkeeping. */
export const StoredRecord = z.strictObject({
  id: Id,
  collection: Id,
  version: z.int().check(z.minimum(1)),
  value: z.unknown(),
  updatedAt: IsoDateTime,
});
/**
 * A record as a store keeps it. `version` starts at 1 and grows by one with every put; pass it
 * back as `expectedVersion` so a change made elsewhere is never overwritten unseen.
 */
export type StoredRecord<T = unknown> = {
  readonly id: Id;
  readonly collection: Id;
  readonly version: number;
  readonly value: T;
  readonly updatedAt: IsoDateTime;
};

/** A write the HTTP store could not send yet, kept in order until the network returns. */
export const PendingChange = z.strictObject({
  changeId: Id,
  kind: z.enum(['put', 'delete']),
  collection: Id,
  id: Id,
  value: z.optional(z.unknown()),
  expectedVersion: z.optional(z.int().check(z.minimum(0))),
  queuedAt: IsoDateTime,
});
export type PendingChange = z.infer<typeof PendingChange>;

/** Options for a put or delete. `expectedVersion: 0` means "must not exist yet". */
export interface StoreWriteOptions {
  readonly expectedVersion?: number;
}

/** What a put answers: the stored record, or (HTTP store, offline) the change held in the queue. */
export type StoreWrite<T = unknown> =
  | { readonly queued: false; readonly record: StoredRecord<T> }
  | {
      readonly queued: true;
      readonly change: PendingChange;
      /** The version the record will have once the queue replays cleanly; `null` for an unconditional put. */
      readonly nextVersion: number | null;
    };

/** What a delete answers: the version removed, or (HTTP store, offline) the queued change. */
export type StoreDeletion =
  | { readonly queued: false; readonly collection: Id; readonly id: Id; readonly version: number }
  | { readonly queued: true; readonly change: PendingChange };

/** Paging through a collection in id order: `after` is the previous page's `next`. */
export interface StoreListOptions {
  readonly limit?: number;
  readonly after?: Id;
}

/** One page of records; `next` is `null` on the last page. */
export interface StoreListPage<T = unknown> {
  readonly records: readonly StoredRecord<T>[];
  readonly next: Id | null;
}

/** Selects records whose top-level fields equal these values, e.g. `{ familyId: 'f1' }`. */
export type StoreFilter = Readonly<Record<string, string | number | boolean | null>>;

/** Selects records by any rule; receives copies, so it cannot change the store. */
export type StorePredicate<T = unknown> = (value: T, record: StoredRecord<T>) => boolean;

/** Options for `query`: at most `limit` matches (default and maximum {@link STORE_MAX_PAGE_SIZE}). */
export interface StoreQueryOptions {
  readonly limit?: number;
}

/** A change a subscriber hears about, after it is stored. */
export type StoreChange<T = unknown> =
  | { readonly kind: 'put'; readonly collection: Id; readonly id: Id; readonly record: StoredRecord<T> }
  | { readonly kind: 'delete'; readonly collection: Id; readonly id: Id; readonly version: number };

/** Hears about stored changes to one collection. A listener that throws is ignored. */
export type StoreListener<T = unknown> = (change: StoreChange<T>) => void;

/** Stops a subscription. Calling it twice is harmless. */
export type StoreUnsubscribe = () => void;

/** The reading and writing half of a store, also handed to a transaction's callback. */
export interface StoreOperations {
  /** The record, or `null` when there is none. */
  get<T = unknown>(collection: unknown, id: unknown): Promise<Result<StoredRecord<T> | null>>;
  /** Stores `record` (a plain object with an `id`) as a new version. */
  put<T = unknown>(collection: unknown, record: unknown, options?: StoreWriteOptions): Promise<Result<StoreWrite<T>>>;
  /**
   * Removes the record; `store_not_found` when there is none, `store_conflict` when
   * `expectedVersion` no longer matches.
   */
  delete(collection: unknown, id: unknown, options?: StoreWriteOptions): Promise<Result<StoreDeletion>>;
  /** One page of the collection in id order; pass the page's `next` as `after` for the next one. */
  list<T = unknown>(collection: unknown, options?: StoreListOptions): Promise<Result<StoreListPage<T>>>;
  /** The records matching a filter object or a predicate, in id order, at most `limit`. */
  query<T = unknown>(
    collection: unknown,
    predicateOrFilter: StorePredicate<T> | StoreFilter,
    options?: StoreQueryOptions,
  ): Promise<Result<readonly StoredRecord<T>[]>>;
}

/**
 * The storage every Samspil widget and portal integration codes against. Every method answers a
 * promise of a `Result` and never rejects; values are copied in and out, so neither side can
 * change the other's objects.
 */
export interface Store extends StoreOperations {
  /** Calls `listener` with a copy of every change stored in `collection` from now on. */
  subscribe<T = unknown>(collection: unknown, listener: StoreListener<T>): StoreUnsubscribe;
  /**
   * Runs `fn` all-or-nothing where the adapter supports it: nothing is kept when `fn` throws,
   * rejects or returns a failed result. Absent on adapters that cannot promise that (HTTP).
   */
  transaction?<R>(fn: (tx: StoreOperations) => R | Promise<R>): Promise<Result<Awaited<R>>>;
}

/**
 * Where the HTTP store keeps writes waiting for the network. The default keeps them in memory;
 * the browser adapter can keep them in IndexedDB so they survive a closed lid. Methods may throw
 * or reject (a full disk): the store reports that as a typed result.
 */
export interface StoreQueueStorage {
  /** Every pending change, oldest first. */
  all(): Promise<readonly PendingChange[]> | readonly PendingChange[];
  /** Keeps `change` at the end of the queue. */
  append(change: PendingChange): Promise<void> | void;
  /** Drops the change with this id once it was sent or discarded; an unknown id is ignored. */
  remove(changeId: string): Promise<void> | void;
}

/** What the offline queue is doing, for a "3 changes waiting" badge. */
export interface StoreQueueState {
  readonly pending: number;
  readonly status: 'idle' | 'replaying' | 'offline' | 'conflict' | 'refused';
  /** The change the replay stopped at because the record changed elsewhere. */
  readonly blockedBy: PendingChange | null;
}
