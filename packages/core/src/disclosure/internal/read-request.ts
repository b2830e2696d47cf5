import type { DataCategory } from '../../consent/data-category.js';
import { readInstant } from './instant.js';
import type { DisclosureRequest } from '../disclosure-request.schema.js';

// A fast, hand-written check for the common case of a well-formed request. It accepts a strict
// subset of what the zod schema accepts (anything it rejects goes to the schema for proper
// issues), and copies what it read, so a getter that changes its answer cannot slip past.

// Same as the schema's Id: 1–128 of letters, digits and `._:-`.
function isIdText(text: string): boolean {
  const length = text.length;
  if (length < 1 || length > 128) return false;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    const ok = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 45 && code <= 58 && code !== 47) || code === 95;
    if (!ok) return false;
  }
  return true;
}

function isCategory(value: unknown): value is DataCategory {
  switch (value) {
    case 'general':
    case 'social':
    case 'health':
    case 'ethnic-origin-religion':
    case 'criminal':
    case 'purely-private':
      return true;
    default:
      return false;
  }
}

function isKey(key: string): boolean {
  switch (key) {
    case 'id':
    case 'familyId':
    case 'fromActorId':
    case 'toActorId':
    case 'subjectIds':
    case 'categories':
    case 'purpose':
    case 'at':
    case 'action':
    case 'necessity':
      return true;
    default:
      return false;
  }
}

const isId = (value: unknown): value is string => typeof value === 'string' && isIdText(value);

function readIds(value: unknown, max: number, categories: boolean): string[] | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > max) return undefined;
  const copy: string[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    if (categories ? !isCategory(item) : !isId(item)) return undefined;
    for (let earlier = 0; earlier < copy.length; earlier += 1) if (copy[earlier] === item) return undefined;
    copy.push(item as string);
  }
  return copy;
}

/** A request read by the fast path, with its time as epoch milliseconds. */
export interface ReadRequest {
  readonly request: DisclosureRequest;
  readonly ms: number;
}

/** The request, copied, when it is certainly valid; undefined when the schema must decide. */
export function readRequest(input: unknown): ReadRequest | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const prototype: unknown = Object.getPrototypeOf(input);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  for (const key of Object.keys(input)) if (!isKey(key)) return undefined;
  const record = input as Record<string, unknown>;
  const { id, familyId, fromActorId, toActorId, purpose, at, action, necessity } = record;
  if (!isId(fromActorId) || !isId(toActorId) || !isId(purpose) || typeof at !== 'string') return undefined;
  const ms = readInstant(at);
  if (Number.isNaN(ms)) return undefined;
  if (id !== undefined && !isId(id)) return undefined;
  if (familyId !== undefined && !isId(familyId)) return undefined;
  if (action !== undefined && action !== 'share' && action !== 'notify') return undefined;
  if (necessity !== undefined && (typeof necessity !== 'string' || necessity.length < 1 || necessity.length > 2_000)) return undefined;
  const subjectIds = readIds(record.subjectIds, 30, false);
  if (subjectIds === undefined) return undefined;
  const categories = readIds(record.categories, 6, true) as DataCategory[] | undefined;
  if (categories === undefined) return undefined;
  const request: DisclosureRequest = { fromActorId, toActorId, subjectIds, categories, purpose, at };
  if (id !== undefined) request.id = id;
  if (familyId !== undefined) request.familyId = familyId;
  if (action !== undefined) request.action = action;
  if (necessity !== undefined) request.necessity = necessity;
  return { request, ms };
}
