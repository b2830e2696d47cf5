import { parseInput } from '../common/parse-input.js';
import { Id } from '../common/schemas.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import type { Issue } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { createMemoryQueueStorage } from './create-memory-queue-storage.js';
import {
  parseEtag,
  readConflictBody,
  readPageResponse,
  readRecordResponse,
  refusalIssue,
} from './internal/http-responses.js';
import { type RetryPolicy, type SendContext, type SendOutcome, send } from './internal/http-send.js';
import { createListeners } from './internal/listeners.js';
import { readCollection, readKey, readListOptions, readQuery, readRecord, readWriteOptions } from './internal/read-input.js';
import { readNow } from './internal/read-now.js';
import { readLocale, readOption } from './internal/read-store-options.js';
import { conflictIssue } from './internal/store-issues.js';
import {
  PendingChange,
  STORE_MAX_PAGE_SIZE,
  type Store,
  type StoreDeletion,
  type StoredRecord,
  type StoreQueueState,
  type StoreQueueStorage,
  type StoreUnsubscribe,
  type StoreWrite,
} from './store.schema.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { storeMessagesDa } from './messages.da.js';

learnMessages(storeMessagesDa);

/** Options for {@link createHttpStore}. */
export interface CreateHttpStoreOptions extends LocaleOptions {
  /** Where the portal's backend serves the REST contract (docs/storage/rest-contract.md). */
  readonly baseUrl: string;
  /** Defaults to the global `fetch` (browsers, Node 18+). */
  readonly fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Extra headers on every request, e.g. an Authorization header; a function is asked each time. */
  readonly headers?: Readonly<Record<string, string>> | (() => Readonly<Record<string, string>> | Promise<Readonly<Record<string, string>>>);
  /** Tries in all (default 4), first backoff (default 200 ms), longest wait (default 5,000 ms). */
  readonly retry?: Partial<RetryPolicy>;
  /** Where writes wait while offline; defaults to {@link createMemoryQueueStorage}. */
  readonly queue?: StoreQueueStorage;
  /** Waits between retries; defaults to `setTimeout`. Tests pass one that does not wait. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1); defaults to `Math.random`. */
  readonly random?: () => number;
  /** The clock for `queuedAt` and HTTP-date Retry-After; defaults to `() => new Date()` here only. */
  readonly now?: () => Date;
  /** Makes each write's Idempotency-Key; defaults to `crypto.randomUUID()`. */
  readonly idempotencyKey?: () => string;
  /** Largest record sent, in characters of its JSON (default 1,000,000). */
  readonly maxValueChars?: number;
}

/** What a completed replay did. */
export interface StoreFlushReport {
  readonly replayed: number;
  readonly pending: number;
}

/** A store backed by a portal's REST backend, with an offline queue. */
export interface HttpStore extends Store {
  /** Replays queued changes in order; stops at a conflict or when the network is still gone. */
  flush(): Promise<Result<StoreFlushReport>>;
  /** The queued changes, oldest first, with the text they carry. */
  pendingChanges(): Promise<Result<readonly PendingChange[]>>;
  /** Drops one queued change, e.g. after the person resolved its conflict by writing anew. */
  discardPendingChange(changeId: unknown): Promise<Result<PendingChange>>;
  /** The queue's state now. */
  queueState(): StoreQueueState;
  /** Hears every change of the queue's state. */
  subscribeQueue(listener: (state: StoreQueueState) => void): StoreUnsubscribe;
}

type Applied = { readonly kind: 'put'; readonly record: StoredRecord } | { readonly kind: 'delete'; readonly version: number };
type ChangeOutcome =
  | { readonly kind: 'applied'; readonly applied: Applied }
  | { readonly kind: 'network' }
  | { readonly kind: 'conflict'; readonly issue: Issue }
  | { readonly kind: 'refused'; readonly issue: Issue };

const isFunction = (value: unknown): boolean => typeof value === 'function';
const isCount = (min: number) => (value: unknown) => Number.isInteger(value) && (value as number) >= min;

function defaultKey(): string {
  const cryptoApi = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (cryptoApi?.randomUUID !== undefined) return cryptoApi.randomUUID();
  return `k-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

function readBaseUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2_000) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.search !== '' || url.hash !== '') return undefined;
    return url.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

function readRetry(value: unknown, issues: Issue[], locale: LocaleOptions): RetryPolicy {
  const policy = { attempts: 4, baseDelayMs: 200, maxDelayMs: 5_000 };
  if (value === undefined) return policy;
  if (value === null || typeof value !== 'object') {
    issues.push(createIssue('store_option_invalid', ['retry'], { option: 'retry' }, locale));
    return policy;
  }
  const input = value as Record<string, unknown>;
  return {
    attempts: readOption(input, 'attempts', (v) => isCount(1)(v) && (v as number) <= 20, policy.attempts, issues, locale),
    baseDelayMs: readOption(input, 'baseDelayMs', isCount(0), policy.baseDelayMs, issues, locale),
    maxDelayMs: readOption(input, 'maxDelayMs', isCount(0), policy.maxDelayMs, issues, locale),
  };
}

function storageIssue(error: unknown, locale: LocaleOptions): Issue {
  const name = error !== null && typeof error === 'object' ? (error as { name?: unknown }).name : undefined;
  return createIssue(name === 'QuotaExceededError' ? 'store_quota_exceeded' : 'store_unavailable', [], undefined, locale);
}

/**
 * Creates a store that talks to a portal's own backend over the documented REST contract
 * (docs/storage/rest-contract.md): ETag and If-Match for versions, an Idempotency-Key on every
 * write, retries with backoff. When the network is gone a write is queued, answered as
 * `{ queued: true }` (the typed text is kept, not failed) and replayed in order, exactly once,
 * on `flush()` or with the next request that gets through. A conflict stops the replay at that
 * change: nothing is ever overwritten unseen. Works in browsers and Node (global `fetch`).
 *
 * @example
 * const store = createHttpStore({ baseUrl: 'https://portal.example/api/samspil' });
 * (await store.value.put('drafts', { id: 'v1', notes: 'Mor vil gerne have tolk.' }, { expectedVersion: 0 })).value.queued
 * //=> false
 */
export function createHttpStore(options: CreateHttpStoreOptions): Result<HttpStore> {
  const locale = readLocale(options);
  if (options === null || typeof options !== 'object') return fail([createIssue('store_option_invalid', [], { option: 'options' }, locale)]);
  const input = options as unknown as Record<string, unknown>;
  const issues: Issue[] = [];
  let baseUrlInput: unknown;
  try {
    baseUrlInput = input.baseUrl;
  } catch {
    baseUrlInput = undefined;
  }
  const baseUrl = readBaseUrl(baseUrlInput);
  if (baseUrl === undefined) issues.push(createIssue('store_option_invalid', ['baseUrl'], { option: 'baseUrl' }, locale));
  const globalFetch = (globalThis as { fetch?: SendContext['fetch'] }).fetch;
  const fetchFn = readOption<SendContext['fetch'] | undefined>(input, 'fetch', isFunction, globalFetch?.bind(globalThis), issues, locale);
  if (fetchFn === undefined) issues.push(createIssue('store_option_invalid', ['fetch'], { option: 'fetch' }, locale));
  const headersOption = readOption<unknown>(input, 'headers', (v) => typeof v === 'function' || (v !== null && typeof v === 'object'), {}, issues, locale);
  let retryInput: unknown;
  try {
    retryInput = input.retry;
  } catch {
    retryInput = null;
  }
  const retry = readRetry(retryInput, issues, locale);
  const queueStorage = readOption<StoreQueueStorage>(
    input,
    'queue',
    (v) => v !== null && typeof v === 'object' && ['all', 'append', 'remove'].every((m) => typeof (v as Record<string, unknown>)[m] === 'function'),
    createMemoryQueueStorage(),
    issues,
    locale,
  );
  const sleep = readOption<(ms: number) => Promise<void>>(input, 'sleep', isFunction, (ms) => new Promise((resolve) => setTimeout(resolve, ms)), issues, locale);
  const random = readOption<() => number>(input, 'random', isFunction, Math.random, issues, locale);
  const now = readOption<() => unknown>(input, 'now', isFunction, () => new Date(), issues, locale);
  const makeKey = readOption<() => unknown>(input, 'idempotencyKey', isFunction, defaultKey, issues, locale);
  const maxValueChars = readOption<number>(input, 'maxValueChars', isCount(1), 1_000_000, issues, locale);
  if (issues.length > 0 || baseUrl === undefined || fetchFn === undefined) return fail(issues);

  const context: SendContext = {
    fetch: fetchFn,
    retry,
    sleep,
    random,
    now,
    async headers() {
      const given = typeof headersOption === 'function' ? await (headersOption as () => unknown)() : headersOption;
      const out: Record<string, string> = {};
      if (given !== null && typeof given === 'object') {
        for (const [name, value] of Object.entries(given)) if (typeof value === 'string') out[name] = value;
      }
      return out;
    },
  };
  const listeners = createListeners();
  const queueListeners = new Set<(state: StoreQueueState) => void>();
  const recordUrl = (collection: string, id: string) => `${baseUrl}/collections/${encodeURIComponent(collection)}/records/${encodeURIComponent(id)}`;

  // The queue as loaded from its storage, mirrored here; storage is written first, then the mirror.
  let queue: PendingChange[] | undefined;
  let loading: Promise<Result<PendingChange[]>> | undefined;
  let state: StoreQueueState = { pending: 0, status: 'idle', blockedBy: null };
  let flushing: Promise<Result<StoreFlushReport>> | undefined;
  const appliedByReplay = new Map<string, Applied>();

  const setState = (status: StoreQueueState['status'], blockedBy: PendingChange | null = null) => {
    state = { pending: queue?.length ?? 0, status, blockedBy: blockedBy === null ? null : structuredClone(blockedBy) };
    for (const listener of [...queueListeners]) {
      try {
        listener(structuredClone(state));
      } catch {
        // a badge's bug must not stop the queue
      }
    }
  };

  function loadQueue(): Promise<Result<PendingChange[]>> {
    if (queue !== undefined) return Promise.resolve(ok(queue));
    loading ??= (async () => {
      try {
        const stored = await queueStorage.all();
        queue = (Array.isArray(stored) ? stored : []).flatMap((change) => {
          const parsed = PendingChange.safeParse(change);
          return parsed.success ? [parsed.data] : [];
        });
        if (queue.length > 0) setState('idle');
        return ok(queue);
      } catch (error) {
        loading = undefined;
        return fail([storageIssue(error, locale)]);
      }
    })();
    return loading;
  }

  async function enqueue(change: PendingChange): Promise<Result<PendingChange[]>> {
    const loaded = await loadQueue();
    if (!loaded.ok) return loaded;
    try {
      await queueStorage.append(structuredClone(change));
    } catch (error) {
      return fail([storageIssue(error, locale)]);
    }
    queue ??= [];
    queue.push(change);
    return ok(queue);
  }

  async function dequeue(changeId: string): Promise<Result<void>> {
    try {
      await queueStorage.remove(changeId);
    } catch (error) {
      return fail([storageIssue(error, locale)]);
    }
    const index = queue?.findIndex((change) => change.changeId === changeId) ?? -1;
    if (index >= 0) queue?.splice(index, 1);
    return ok(undefined);
  }

  async function sendChange(change: PendingChange, body: string | undefined): Promise<ChangeOutcome> {
    const headers: Record<string, string> = { 'idempotency-key': change.changeId };
    if (change.expectedVersion === 0 && change.kind === 'put') headers['if-none-match'] = '*';
    else if (change.expectedVersion !== undefined) headers['if-match'] = `"${change.expectedVersion}"`;
    const url = recordUrl(change.collection, change.id);
    const payload = change.kind === 'put' ? (body ?? JSON.stringify({ value: change.value })) : undefined;
    const outcome = await send(context, change.kind === 'put' ? 'PUT' : 'DELETE', url, payload, headers);
    if (outcome.kind === 'network') return { kind: 'network' };
    const { status } = outcome;
    if (status === 412) {
      const current = readConflictBody(outcome.text, change.collection, change.id);
      if (current === undefined) return { kind: 'refused', issue: createIssue('store_invalid_response', [], undefined, locale) };
      return {
        kind: 'conflict',
        issue: conflictIssue({ collection: change.collection, id: change.id, expectedVersion: change.expectedVersion ?? 0, current }, locale),
      };
    }
    if (change.kind === 'delete' && (status === 204 || status === 200)) {
      return { kind: 'applied', applied: { kind: 'delete', version: parseEtag(outcome.etag) ?? change.expectedVersion ?? 0 } };
    }
    if (change.kind === 'delete' && status === 404) {
      return { kind: 'refused', issue: createIssue('store_not_found', [], { collection: change.collection, id: change.id }, locale) };
    }
    if (change.kind === 'put' && (status === 200 || status === 201)) {
      const record = readRecordResponse(outcome, change.collection, change.id);
      if (record === undefined) return { kind: 'refused', issue: createIssue('store_invalid_response', [], undefined, locale) };
      return { kind: 'applied', applied: { kind: 'put', record } };
    }
    return { kind: 'refused', issue: refusalIssue(outcome, locale) };
  }

  function announce(change: PendingChange, applied: Applied): void {
    if (applied.kind === 'put') listeners.emit({ kind: 'put', collection: change.collection, id: change.id, record: applied.record });
    else listeners.emit({ kind: 'delete', collection: change.collection, id: change.id, version: applied.version });
  }

  async function replay(): Promise<Result<StoreFlushReport>> {
    const loaded = await loadQueue();
    if (!loaded.ok) return loaded;
    let replayed = 0;
    setState('replaying');
    for (;;) {
      const pending = queue ?? [];
      const change = pending[0];
      if (change === undefined) break;
      const outcome = await sendChange(change, undefined);
      // A delete already gone on the server reached the state it asked for: nothing to overwrite.
      const goneAlready = outcome.kind === 'refused' && change.kind === 'delete' && outcome.issue.code === 'store_not_found';
      if (outcome.kind === 'applied' || goneAlready) {
        const removed = await dequeue(change.changeId);
        if (!removed.ok) {
          setState('offline');
          return removed;
        }
        replayed += 1;
        const applied: Applied = outcome.kind === 'applied' ? outcome.applied : { kind: 'delete', version: change.expectedVersion ?? 0 };
        appliedByReplay.set(change.changeId, applied);
        announce(change, applied);
        setState('replaying');
        continue;
      }
      if (outcome.kind === 'network') {
        setState('offline');
        return fail([createIssue('store_unavailable', [], undefined, locale)]);
      }
      setState(outcome.kind === 'conflict' ? 'conflict' : 'refused', change);
      return fail([outcome.issue]);
    }
    setState('idle');
    return ok({ replayed, pending: 0 });
  }

  function flush(): Promise<Result<StoreFlushReport>> {
    flushing ??= replay().finally(() => {
      flushing = undefined;
    });
    return flushing;
  }

  // A read first lets queued writes through, so it sees them; when the network is still gone it
  // says so at once rather than waiting through a second round of retries.
  async function beforeRead(): Promise<Result<void>> {
    const loaded = await loadQueue();
    if (!loaded.ok) return loaded;
    if (loaded.value.length === 0 || state.status === 'conflict' || state.status === 'refused') return ok(undefined);
    const flushed = await flush();
    if (!flushed.ok && flushed.issues.some((issue) => issue.code === 'store_unavailable')) return flushed;
    return ok(undefined);
  }

  async function write(change: PendingChange, body: string | undefined): Promise<Result<{ queued: boolean; applied?: Applied }>> {
    const loaded = await loadQueue();
    if (!loaded.ok) return loaded;
    if (loaded.value.length > 0 || flushing !== undefined) {
      // Something is waiting: this change goes behind it, so order is kept.
      const queued = await enqueue(change);
      if (!queued.ok) return queued;
      setState(state.status, state.blockedBy);
      let flushed = await flush();
      // A replay that was finishing as this change arrived may have missed it: go again.
      while (flushed.ok && queue?.some((queuedChange) => queuedChange.changeId === change.changeId)) flushed = await flush();
      const applied = appliedByReplay.get(change.changeId);
      if (applied !== undefined) {
        appliedByReplay.delete(change.changeId);
        return ok({ queued: false, applied });
      }
      if (!flushed.ok && state.blockedBy?.changeId === change.changeId) {
        // The replay stopped at this very change: the caller is here to see it, so hand it back.
        await dequeue(change.changeId);
        setState('idle');
        return flushed;
      }
      return ok({ queued: true });
    }
    const outcome = await sendChange(change, body);
    if (outcome.kind === 'applied') {
      announce(change, outcome.applied);
      return ok({ queued: false, applied: outcome.applied });
    }
    if (outcome.kind === 'network') {
      const queued = await enqueue(change);
      if (!queued.ok) return queued;
      setState('offline');
      return ok({ queued: true });
    }
    return fail([outcome.issue]);
  }

  function newChange(kind: 'put' | 'delete', collection: string, id: string, value: unknown, expectedVersion: number | undefined): Result<PendingChange> {
    const queuedAt = readNow(now, locale);
    if (!queuedAt.ok) return queuedAt;
    let key: unknown;
    try {
      key = makeKey();
    } catch {
      key = undefined;
    }
    const changeId = parseInput(Id, key, locale);
    if (!changeId.ok) return fail([createIssue('store_option_invalid', ['idempotencyKey'], { option: 'idempotencyKey' }, locale)]);
    return ok({
      changeId: changeId.value,
      kind,
      collection,
      id,
      ...(kind === 'put' ? { value } : {}),
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
      queuedAt: queuedAt.value,
    });
  }

  async function listPage(collection: string, limit: number, after: string | undefined): Promise<Result<{ records: StoredRecord[]; next: string | null }>> {
    const query = `limit=${limit}${after === undefined ? '' : `&after=${encodeURIComponent(after)}`}`;
    const outcome = await send(context, 'GET', `${baseUrl}/collections/${encodeURIComponent(collection)}/records?${query}`, undefined, {});
    if (outcome.kind === 'response' && outcome.status === 200) {
      const page = readPageResponse(outcome.text, collection);
      return page === undefined ? fail([createIssue('store_invalid_response', [], undefined, locale)]) : ok(page);
    }
    return fail([refusalIssue(outcome, locale)]);
  }

  const store: HttpStore = {
    async get<T>(collection: unknown, id: unknown) {
      const key = readKey(collection, id, locale);
      if (!key.ok) return key;
      const ready = await beforeRead();
      if (!ready.ok) return ready;
      const outcome: SendOutcome = await send(context, 'GET', recordUrl(key.value.collection, key.value.id), undefined, {});
      if (outcome.kind === 'response' && outcome.status === 404) return ok(null);
      if (outcome.kind === 'response' && outcome.status === 200) {
        const record = readRecordResponse(outcome, key.value.collection, key.value.id);
        return record === undefined ? fail([createIssue('store_invalid_response', [], undefined, locale)]) : ok(record as StoredRecord<T>);
      }
      return fail([refusalIssue(outcome, locale)]);
    },

    async put<T>(collection: unknown, record: unknown, writeOptions?: unknown) {
      const c = readCollection(collection, locale);
      const value = readRecord(record, maxValueChars, locale);
      const w = readWriteOptions(writeOptions, locale);
      if (!c.ok || !value.ok || !w.ok) return fail([c, value, w].flatMap((r) => (r.ok ? [] : r.issues)));
      const { expectedVersion } = w.value;
      const change = newChange('put', c.value, value.value.id, value.value.value, expectedVersion);
      if (!change.ok) return change;
      const result = await write(change.value, `{"value":${value.value.json}}`);
      if (!result.ok) return result;
      if (result.value.applied?.kind === 'put') {
        return ok<StoreWrite<T>>({ queued: false, record: structuredClone(result.value.applied.record) as StoredRecord<T> });
      }
      return ok<StoreWrite<T>>({ queued: true, change: structuredClone(change.value), nextVersion: expectedVersion === undefined ? null : expectedVersion + 1 });
    },

    async delete(collection: unknown, id: unknown, writeOptions?: unknown) {
      const key = readKey(collection, id, locale);
      const w = readWriteOptions(writeOptions, locale);
      if (!key.ok || !w.ok) return fail([key, w].flatMap((r) => (r.ok ? [] : r.issues)));
      const change = newChange('delete', key.value.collection, key.value.id, undefined, w.value.expectedVersion);
      if (!change.ok) return change;
      const result = await write(change.value, undefined);
      if (!result.ok) return result;
      const applied = result.value.applied;
      if (applied?.kind === 'delete') {
        return ok<StoreDeletion>({ queued: false, collection: key.value.collection, id: key.value.id, version: applied.version });
      }
      return ok<StoreDeletion>({ queued: true, change: structuredClone(change.value) });
    },

    async list<T>(collection: unknown, listOptions?: unknown) {
      const c = readCollection(collection, locale);
      const paging = readListOptions(listOptions, locale);
      if (!c.ok || !paging.ok) return fail([c, paging].flatMap((r) => (r.ok ? [] : r.issues)));
      const ready = await beforeRead();
      if (!ready.ok) return ready;
      const page = await listPage(c.value, paging.value.limit, paging.value.after);
      return page.ok ? ok({ records: page.value.records as StoredRecord<T>[], next: page.value.next }) : page;
    },

    async query<T>(collection: unknown, predicateOrFilter: unknown, queryOptions?: unknown) {
      const c = readCollection(collection, locale);
      const query = readQuery(predicateOrFilter, queryOptions, locale);
      if (!c.ok || !query.ok) return fail([c, query].flatMap((r) => (r.ok ? [] : r.issues)));
      const ready = await beforeRead();
      if (!ready.ok) return ready;
      // The contract has no server-side filter: pages are fetched and matched here.
      const found: StoredRecord<T>[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 1_000; pages += 1) {
        const page = await listPage(c.value, STORE_MAX_PAGE_SIZE, after);
        if (!page.ok) return page;
        for (const record of page.value.records) {
          let matches: boolean;
          try {
            const copy = structuredClone(record);
            matches = query.value.matcher(copy.value, copy);
          } catch {
            return fail([createIssue('store_query_invalid', ['predicate'], undefined, locale)]);
          }
          if (matches) found.push(structuredClone(record) as StoredRecord<T>);
          if (found.length >= query.value.limit) return ok(found);
        }
        if (page.value.next === null) break;
        after = page.value.next;
      }
      return ok(found);
    },

    subscribe: listeners.subscribe,
    flush,

    async pendingChanges() {
      const loaded = await loadQueue();
      return loaded.ok ? ok(loaded.value.map((change) => structuredClone(change))) : loaded;
    },

    async discardPendingChange(changeId: unknown) {
      const id = parseInput(Id, changeId, locale);
      if (!id.ok) return fail(id.issues.map((issue) => ({ ...issue, path: ['changeId', ...issue.path] })));
      const loaded = await loadQueue();
      if (!loaded.ok) return loaded;
      const change = loaded.value.find((candidate) => candidate.changeId === id.value);
      if (change === undefined) return fail([createIssue('store_not_found', [], { collection: 'queue', id: id.value }, locale)]);
      const removed = await dequeue(id.value);
      if (!removed.ok) return removed;
      setState(state.blockedBy?.changeId === id.value ? 'idle' : state.status, state.blockedBy?.changeId === id.value ? null : state.blockedBy);
      return ok(structuredClone(change));
    },

    queueState: () => structuredClone(state),

    subscribeQueue(listener) {
      if (typeof listener !== 'function') return () => undefined;
      const entry = (s: StoreQueueState) => listener(s);
      queueListeners.add(entry);
      return () => {
        queueListeners.delete(entry);
      };
    },
  };
  return ok(store);
}
