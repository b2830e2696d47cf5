import * as z from '../../common/schema/index.js';
import { Id } from '../../common/schemas.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import type { Issue } from '../../issues/issue.js';
import { StoredRecord } from '../store.schema.js';
import { copyValue } from './copy-value.js';
import type { SendOutcome } from './http-send.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { storeMessagesDa } from '../messages.da.js';

learnMessages(storeMessagesDa);

// Reads what the server answered. Nothing from the network is trusted: a record must match the
// contract's shape and the collection and id that were asked for.

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A record from a response body, checked against the contract and the expected key. */
export function readRecordBody(body: unknown, collection: string, id: string | undefined): StoredRecord | undefined {
  const parsed = StoredRecord.safeParse(body);
  if (!parsed.success) return undefined;
  const record = parsed.data;
  if (record.collection !== collection || (id !== undefined && record.id !== id)) return undefined;
  const value = copyValue(record.value);
  if (!value.ok || value.value === null || typeof value.value !== 'object' || Array.isArray(value.value)) return undefined;
  if ((value.value as { id?: unknown }).id !== record.id) return undefined;
  return { id: record.id, collection: record.collection, version: record.version, value: value.value, updatedAt: record.updatedAt };
}

/** The record of a 200/201 answer; its ETag, when sent, must name the same version. */
export function readRecordResponse(outcome: Extract<SendOutcome, { kind: 'response' }>, collection: string, id: string): StoredRecord | undefined {
  const record = readRecordBody(parseJson(outcome.text), collection, id);
  if (record === undefined) return undefined;
  if (outcome.etag !== null && parseEtag(outcome.etag) !== record.version) return undefined;
  return record;
}

/** The current record a 412 answer carries (`null` when it is gone); `undefined` when unreadable. */
export function readConflictBody(text: string, collection: string, id: string): StoredRecord | null | undefined {
  const body = parseJson(text);
  if (body === null || typeof body !== 'object' || !('current' in body)) return undefined;
  const current = (body as { current: unknown }).current;
  if (current === null) return null;
  return readRecordBody(current, collection, id);
}

const Page = z.object({ records: z.array(z.unknown()).check(z.maxLength(1_000)), next: z.nullable(Id) });

/** A page of a list answer, every record checked. */
export function readPageResponse(text: string, collection: string): { records: StoredRecord[]; next: string | null } | undefined {
  const parsed = Page.safeParse(parseJson(text));
  if (!parsed.success) return undefined;
  const records: StoredRecord[] = [];
  for (const item of parsed.data.records) {
    const record = readRecordBody(item, collection, undefined);
    if (record === undefined) return undefined;
    records.push(record);
  }
  return { records, next: parsed.data.next };
}

/** `"3"` → 3; weak or malformed tags → undefined. */
export function parseEtag(etag: string | null): number | undefined {
  if (etag === null) return undefined;
  const match = /^"(\d{1,15})"$/.exec(etag.trim());
  return match === null ? undefined : Number(match[1]);
}

/** The issue for an answer that is neither success nor conflict. */
export function refusalIssue(outcome: SendOutcome, options: LocaleOptions): Issue {
  if (outcome.kind === 'network') return createIssue('store_unavailable', [], undefined, options);
  if (outcome.status === 507) return createIssue('store_quota_exceeded', [], undefined, options);
  return createIssue('store_server_refused', [], { status: outcome.status }, options);
}
