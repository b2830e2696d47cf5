import * as z from 'zod/mini';
import { createIssue, fail, Id, ok, parseInput } from '@samspil/core';
import type { Issue, LocaleOptions, Result } from '@samspil/core';

// Input checks for the IndexedDB store, the same rules core's memory store applies: ids are core's
// `Id`, values are plain JSON-shaped objects copied before anything else looks at them, so a
// getter that answers differently on each read cannot validate one thing and store another.

const MAX_DEPTH = 64;
const prefixed = (issues: readonly Issue[], key: string): Issue[] => issues.map((issue) => ({ ...issue, path: [key, ...issue.path] }));

class ShapeError extends Error {}

function copy(value: unknown, depth: number, path: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ShapeError();
    return value;
  }
  if (typeof value !== 'object' || depth > MAX_DEPTH || path.has(value)) throw new ShapeError();
  path.add(value);
  let result: unknown;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let index = 0; index < value.length; index += 1) {
      if (!Object.hasOwn(value, index)) throw new ShapeError();
      out.push(copy(value[index], depth + 1, path));
    }
    result = out;
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new ShapeError();
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      Object.defineProperty(out, key, { value: copy(item, depth + 1, path), enumerable: true, writable: true, configurable: true });
    }
    result = out;
  }
  path.delete(value);
  return result;
}

/** A plain-data copy of `value`, or why not (never throws). */
export function copyPlain(value: unknown): { ok: true; value: unknown } | { ok: false; reason: 'shape' | 'unreadable' } {
  try {
    return { ok: true, value: copy(value, 0, new Set()) };
  } catch (error) {
    return { ok: false, reason: error instanceof ShapeError ? 'shape' : 'unreadable' };
  }
}

export function readCollection(collection: unknown, options: LocaleOptions): Result<string> {
  const c = parseInput(Id, collection, options);
  return c.ok ? c : fail(prefixed(c.issues, 'collection'));
}

export function readKey(collection: unknown, id: unknown, options: LocaleOptions): Result<{ collection: string; id: string }> {
  const c = parseInput(Id, collection, options);
  const i = parseInput(Id, id, options);
  if (!c.ok || !i.ok) return fail([...(c.ok ? [] : prefixed(c.issues, 'collection')), ...(i.ok ? [] : prefixed(i.issues, 'id'))]);
  return ok({ collection: c.value, id: i.value });
}

const RecordWithId = z.looseObject({ id: Id });

/** A record to store: copied, a plain object with a valid `id`, at most `maxChars` as JSON. */
export function readRecord(record: unknown, maxChars: number, options: LocaleOptions): Result<{ id: string; json: string }> {
  const copied = copyPlain(record);
  if (!copied.ok) return fail([createIssue(copied.reason === 'unreadable' ? 'unreadable_input' : 'store_value_invalid', ['record'], undefined, options)]);
  const value = copied.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail([createIssue('store_value_invalid', ['record'], undefined, options)]);
  const shaped = parseInput(RecordWithId, value, options);
  if (!shaped.ok) return fail(prefixed(shaped.issues, 'record'));
  const json = JSON.stringify(value);
  if (json.length > maxChars) return fail([createIssue('store_value_too_large', ['record'], { maximum: maxChars }, options)]);
  return ok({ id: shaped.value.id, json });
}

const WriteOptions = z.strictObject({ expectedVersion: z.optional(z.int().check(z.minimum(0))) });

export function readWriteOptions(input: unknown, options: LocaleOptions): Result<{ expectedVersion?: number }> {
  if (input === undefined) return ok({});
  const parsed = parseInput(WriteOptions, input, options);
  if (!parsed.ok) return fail(prefixed(parsed.issues, 'options'));
  return ok(parsed.value.expectedVersion === undefined ? {} : { expectedVersion: parsed.value.expectedVersion });
}

const MAX_PAGE = 1_000;
const ListOptions = z.strictObject({ limit: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_PAGE))), after: z.optional(Id) });

export function readListOptions(input: unknown, options: LocaleOptions): Result<{ limit: number; after?: string }> {
  if (input === undefined) return ok({ limit: 100 });
  const parsed = parseInput(ListOptions, input, options);
  if (!parsed.ok) return fail(prefixed(parsed.issues, 'options'));
  const limit = parsed.value.limit ?? 100;
  return ok(parsed.value.after === undefined ? { limit } : { limit, after: parsed.value.after });
}

const QueryOptions = z.strictObject({ limit: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_PAGE))) });
const Filter = z.record(z.string().check(z.maxLength(128)), z.union([z.string(), z.number(), z.boolean(), z.null()]));

export type Matcher = (value: unknown, record: unknown) => boolean;

/** A predicate or an equality filter as one matcher (which may throw: it may be the caller's code). */
export function readQuery(predicateOrFilter: unknown, input: unknown, options: LocaleOptions): Result<{ matcher: Matcher; limit: number }> {
  let limit = MAX_PAGE;
  if (input !== undefined) {
    const parsed = parseInput(QueryOptions, input, options);
    if (!parsed.ok) return fail(prefixed(parsed.issues, 'options'));
    limit = parsed.value.limit ?? limit;
  }
  if (typeof predicateOrFilter === 'function') {
    const predicate = predicateOrFilter as (value: unknown, record: unknown) => unknown;
    return ok({ matcher: (value, record) => predicate(value, record) === true, limit });
  }
  const copied = copyPlain(predicateOrFilter);
  const filter = copied.ok ? parseInput(Filter, copied.value, options) : undefined;
  if (filter === undefined || !filter.ok) return fail([createIssue('store_query_invalid', ['filter'], undefined, options)]);
  const entries = Object.entries(filter.value);
  return ok({
    matcher: (value) =>
      value !== null && typeof value === 'object' && entries.every(([key, expected]) => Object.hasOwn(value, key) && (value as Record<string, unknown>)[key] === expected),
    limit,
  });
}
