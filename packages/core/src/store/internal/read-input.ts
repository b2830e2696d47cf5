import * as z from '../../common/schema/index.js';
import { parseInput } from '../../common/parse-input.js';
import { Id } from '../../common/schemas.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import type { Issue } from '../../issues/issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { STORE_MAX_PAGE_SIZE, type StoreFilter, type StorePredicate } from '../store.schema.js';
import { copyValue } from './copy-value.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { storeMessagesDa } from '../messages.da.js';

learnMessages(storeMessagesDa);

// Input checks every adapter shares, so a hostile id or value is refused the same way everywhere.

const prefixed = (issues: readonly Issue[], key: string): Issue[] => issues.map((issue) => ({ ...issue, path: [key, ...issue.path] }));

/** A checked collection name and record id. */
export interface RecordKey {
  readonly collection: string;
  readonly id: string;
}

/** Checks a collection name and a record id; issues are under `collection` and `id`. */
export function readKey(collection: unknown, id: unknown, options: LocaleOptions): Result<RecordKey> {
  const c = parseInput(Id, collection, options);
  const i = parseInput(Id, id, options);
  const issues = [...(c.ok ? [] : prefixed(c.issues, 'collection')), ...(i.ok ? [] : prefixed(i.issues, 'id'))];
  if (!c.ok || !i.ok) return fail(issues);
  return ok({ collection: c.value, id: i.value });
}

/** Checks a collection name; issues are under `collection`. */
export function readCollection(collection: unknown, options: LocaleOptions): Result<string> {
  const c = parseInput(Id, collection, options);
  return c.ok ? c : fail(prefixed(c.issues, 'collection'));
}

const RecordWithId = z.looseObject({ id: Id });

/** A record accepted for storing: its id and a private copy of its value. */
export interface RecordInput {
  readonly id: string;
  readonly value: Record<string, unknown>;
  /** The value as JSON, measured once; the HTTP store sends it as is. */
  readonly json: string;
}

/** Copies a record to store: a plain JSON-shaped object with a valid `id`, at most `maxChars` as JSON. */
export function readRecord(record: unknown, maxChars: number, options: LocaleOptions): Result<RecordInput> {
  const copied = copyValue(record);
  if (!copied.ok) return fail([createIssue(copied.reason === 'unreadable' ? 'unreadable_input' : 'store_value_invalid', ['record'], undefined, options)]);
  const value = copied.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail([createIssue('store_value_invalid', ['record'], undefined, options)]);
  }
  const shaped = parseInput(RecordWithId, value, options);
  if (!shaped.ok) return fail(prefixed(shaped.issues, 'record'));
  const json = JSON.stringify(value);
  if (json.length > maxChars) return fail([createIssue('store_value_too_large', ['record'], { maximum: maxChars }, options)]);
  return ok({ id: shaped.value.id, value: value as Record<string, unknown>, json });
}

const WriteOptions = z.strictObject({ expectedVersion: z.optional(z.int().check(z.minimum(0))) });

/**
 * Checks a put's or delete's options (`expectedVersion`, a whole number from 0); issues are under `options`.
 */
export function readWriteOptions(input: unknown, options: LocaleOptions): Result<{ expectedVersion?: number }> {
  if (input === undefined) return ok({});
  const parsed = parseInput(WriteOptions, input, options);
  return parsed.ok ? ok(parsed.value.expectedVersion === undefined ? {} : { expectedVersion: parsed.value.expectedVersion }) : fail(prefixed(parsed.issues, 'options'));
}

const ListOptions = z.strictObject({
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(STORE_MAX_PAGE_SIZE))),
  after: z.optional(Id),
});

/**
 * Checks `list` options: `limit` (default 100, at most `STORE_MAX_PAGE_SIZE`) and `after`; issues are under `options`.
 */
export function readListOptions(input: unknown, options: LocaleOptions): Result<{ limit: number; after?: string }> {
  if (input === undefined) return ok({ limit: 100 });
  const parsed = parseInput(ListOptions, input, options);
  if (!parsed.ok) return fail(prefixed(parsed.issues, 'options'));
  const limit = parsed.value.limit ?? 100;
  return ok(parsed.value.after === undefined ? { limit } : { limit, after: parsed.value.after });
}

const QueryOptions = z.strictObject({ limit: z.optional(z.int().check(z.minimum(1), z.maximum(STORE_MAX_PAGE_SIZE))) });
const Filter = z.record(z.string().check(z.maxLength(128)), z.union([z.string(), z.number(), z.boolean(), z.null()]));

/** Whether one stored record belongs in a query's answer; gets the value and the whole record. */
export type Matcher = (value: unknown, record: unknown) => boolean;

/** Turns a predicate or an equality filter into one matcher; the matcher may throw (a caller's predicate). */
export function readQuery(
  predicateOrFilter: StorePredicate<never> | StoreFilter | unknown,
  input: unknown,
  options: LocaleOptions,
): Result<{ matcher: Matcher; limit: number }> {
  let limit = STORE_MAX_PAGE_SIZE;
  if (input !== undefined) {
    const parsed = parseInput(QueryOptions, input, options);
    if (!parsed.ok) return fail(prefixed(parsed.issues, 'options'));
    limit = parsed.value.limit ?? limit;
  }
  if (typeof predicateOrFilter === 'function') {
    const predicate = predicateOrFilter as (value: unknown, record: unknown) => unknown;
    return ok({ matcher: (value, record) => predicate(value, record) === true, limit });
  }
  const copied = copyValue(predicateOrFilter);
  const filter = copied.ok ? parseInput(Filter, copied.value, options) : undefined;
  if (filter === undefined || !filter.ok) return fail([createIssue('store_query_invalid', ['filter'], undefined, options)]);
  const entries = Object.entries(filter.value);
  return ok({
    matcher: (value) => entries.every(([key, expected]) => Object.hasOwn(value as object, key) && (value as Record<string, unknown>)[key] === expected),
    limit,
  });
}
