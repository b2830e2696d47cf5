import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import type { Issue } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { createListeners } from './internal/listeners.js';
import { type MemoryView, memoryOperations } from './internal/memory-operations.js';
import { readLocale, readOption } from './internal/read-store-options.js';
import type { Store, StoreChange, StoredRecord, StoreOperations } from './store.schema.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { storeMessagesDa } from './messages.da.js';

learnMessages(storeMessagesDa);

/** Options for {@link createMemoryStore}. */
export interface CreateMemoryStoreOptions extends LocaleOptions {
  /**
   * The clock for `updatedAt`. Core never reads the clock itself; this factory is the one
   * boundary where the default, `() => new Date()`, does.
   */
  readonly now?: () => Date;
  /** Largest record accepted, in characters of its JSON (default 1,000,000). */
  readonly maxValueChars?: number;
}

/** A store kept in memory, with all-or-nothing transactions. */
export interface MemoryStore extends Store {
  transaction<R>(fn: (tx: StoreOperations) => R | Promise<R>): Promise<Result<Awaited<R>>>;
}

const isFailure = (value: unknown): value is { ok: false; issues: readonly Issue[] } =>
  value !== null && typeof value === 'object' && (value as { ok?: unknown }).ok === false && Array.isArray((value as { issues?: unknown }).issues);

/**
 * Creates a store that keeps records in memory: the default in Node and in tests, and the model
 * the other adapters follow (versions, conflicts, copies in and out). Nothing survives a reload.
 *
 * @example
 * const store = createMemoryStore({ now: () => new Date('2026-03-01T09:00:00Z') });
 * (await store.value.put('drafts', { id: 'v1', notes: 'Familien har fået bolig.' })).value
 * //=> { queued: false, record: { id: 'v1', collection: 'drafts', version: 1, value: { id: 'v1', notes: 'Familien har fået bolig.' }, updatedAt: '2026-03-01T09:00:00.000Z' } }
 */
export function createMemoryStore(options: CreateMemoryStoreOptions = {}): Result<MemoryStore> {
  const locale = readLocale(options);
  const issues: Issue[] = [];
  const input = (options !== null && typeof options === 'object' ? options : {}) as Record<string, unknown>;
  if (options === null || typeof options !== 'object') issues.push(createIssue('store_option_invalid', [], { option: 'options' }, locale));
  const now = readOption<() => unknown>(input, 'now', (v) => typeof v === 'function', () => new Date(), issues, locale);
  const maxValueChars = readOption<number>(input, 'maxValueChars', (v) => Number.isInteger(v) && (v as number) > 0, 1_000_000, issues, locale);
  if (issues.length > 0) return fail(issues);

  const data = new Map<string, Map<string, StoredRecord>>();
  const sorted = new Map<string, string[]>();
  const listeners = createListeners();

  const committed: MemoryView = {
    read: (collection, id) => data.get(collection)?.get(id),
    write(collection, id, record) {
      let records = data.get(collection);
      if (records === undefined) {
        records = new Map();
        data.set(collection, records);
      }
      const existed = records.has(id);
      if (record === null) records.delete(id);
      else records.set(id, record);
      if (existed !== (record !== null)) sorted.delete(collection);
    },
    sortedIds(collection) {
      let ids = sorted.get(collection);
      if (ids === undefined) {
        ids = [...(data.get(collection)?.keys() ?? [])].sort();
        sorted.set(collection, ids);
      }
      return ids;
    },
  };

  let lock: Promise<void> | null = null;
  const ready = async (): Promise<void> => {
    while (lock !== null) await lock;
  };
  const base = { ...locale, now, maxValueChars };
  const operations = memoryOperations({ ...base, view: committed, emit: listeners.emit, ready, isOpen: () => true });

  async function transaction<R>(fn: (tx: StoreOperations) => R | Promise<R>): Promise<Result<Awaited<R>>> {
    if (typeof fn !== 'function') return fail([createIssue('invalid_type', ['fn'], { expected: 'function' }, locale)]);
    // Taken synchronously when free, so an operation called right after this one waits for it.
    while (lock !== null) await lock;
    let release: () => void = () => undefined;
    lock = new Promise<void>((resolve) => {
      release = resolve;
    });
    const staged = new Map<string, Map<string, StoredRecord | null>>();
    const changes: StoreChange[] = [];
    let open = true;
    const view: MemoryView = {
      read: (collection, id) => {
        const entry = staged.get(collection);
        return entry?.has(id) ? (entry.get(id) ?? undefined) : committed.read(collection, id);
      },
      write(collection, id, record) {
        const entry = staged.get(collection) ?? new Map<string, StoredRecord | null>();
        staged.set(collection, entry);
        entry.set(id, record);
      },
      sortedIds(collection) {
        const entry = staged.get(collection);
        if (entry === undefined) return committed.sortedIds(collection);
        const ids = new Set(committed.sortedIds(collection));
        for (const [id, record] of entry) {
          if (record === null) ids.delete(id);
          else ids.add(id);
        }
        return [...ids].sort();
      },
    };
    const tx = memoryOperations({ ...base, view, emit: (change) => changes.push(change), ready: async () => undefined, isOpen: () => open });
    try {
      const value = await fn(tx);
      if (isFailure(value)) return fail([createIssue('store_transaction_failed', [], undefined, locale), ...value.issues]);
      for (const [collection, entry] of staged) for (const [id, record] of entry) committed.write(collection, id, record);
      for (const change of changes) listeners.emit(change);
      return ok(value);
    } catch {
      return fail([createIssue('store_transaction_failed', [], undefined, locale)]);
    } finally {
      open = false;
      lock = null;
      release();
    }
  }

  return ok({ ...operations, subscribe: listeners.subscribe, transaction });
}
