import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import type { IssuePath } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { disclosureLedgerMessagesDa } from './messages.da.js';

learnMessages(disclosureLedgerMessagesDa);

/** Options for {@link canonicalJson}. */
export interface CanonicalJsonOptions extends LocaleOptions {
  /** Deepest nesting accepted; deeper values are rejected instead of exhausting the stack. Default 100. */
  readonly maxDepth?: number;
}

class NotJson {
  constructor(
    readonly path: IssuePath,
    readonly reason: string,
  ) {}
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return 'non-finite number';
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.prototype.toString.call(value).slice(8, -1);
}

// Strings made only of printable ASCII other than `"` and `\\` need no escaping.
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function quote(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}

function write(value: unknown, path: (string | number)[], depth: number, maxDepth: number, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new NotJson([...path], describe(value));
      // JSON.stringify prints the shortest round-tripping form and turns -0 into 0.
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new NotJson([...path], describe(value));
  }
  if (value === null) return 'null';
  if (depth >= maxDepth) throw new NotJson([...path], 'too deep');
  if (seen.has(value)) throw new NotJson([...path], 'cycle');
  if (Object.getOwnPropertySymbols(value).length > 0) throw new NotJson([...path], 'symbol key');
  seen.add(value);
  let text: string;
  if (Array.isArray(value)) {
    const length = value.length;
    if (Object.keys(value).length !== length) throw new NotJson([...path], 'sparse or decorated array');
    text = '[';
    for (let index = 0; index < length; index += 1) {
      path.push(index);
      text += (index > 0 ? ',' : '') + write(value[index], path, depth + 1, maxDepth, seen);
      path.pop();
    }
    text += ']';
  } else {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) throw new NotJson([...path], describe(value));
    // Default sort compares UTF-16 code units, the key order RFC 8785 prescribes.
    const keys = Object.keys(value).sort();
    text = '{';
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] as string;
      path.push(key);
      text += (index > 0 ? ',' : '') + quote(key) + ':' + write((value as Record<string, unknown>)[key], path, depth + 1, maxDepth, seen);
      path.pop();
    }
    text += '}';
  }
  seen.delete(value);
  return text;
}

/**
 * Serialises a JSON value so that equal data always gives the same text: object keys sorted by
 * UTF-16 code units at every level, no whitespace, numbers and strings as `JSON.stringify`
 * writes them (the RFC 8785 forms). Hashes over this text do not depend on key order. Anything
 * JSON cannot represent faithfully (undefined, functions, symbols, bigint, NaN, Infinity, dates,
 * maps, class instances, sparse arrays, cycles) is reported as `ledger_not_json` at its path
 * instead of being silently dropped or converted.
 *
 * @example
 * canonicalJson({ b: [1, { d: true, c: null }], a: 'x' })
 * //=> { ok: true, value: '{"a":"x","b":[1,{"c":null,"d":true}]}' }
 */
export function canonicalJson(value: unknown, options: CanonicalJsonOptions = {}): Result<string> {
  const maxDepth = typeof options.maxDepth === 'number' && options.maxDepth >= 1 ? options.maxDepth : 100;
  try {
    return ok(write(value, [], 0, maxDepth, new Set()));
  } catch (error) {
    if (error instanceof NotJson) return fail([createIssue('ledger_not_json', error.path, { reason: error.reason }, options)]);
    return fail([createIssue('unreadable_input', [], undefined, options)]);
  }
}
