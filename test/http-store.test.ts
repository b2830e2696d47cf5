import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type HttpStore,
  type StoreChange,
  type StoreQueueState,
  createHttpStore,
  createMemoryQueueStorage,
  readStoreConflict,
} from '@samspil/core';
import { expectFailure, expectSuccess, issueCodes } from './support/expect-result.js';
import { hostileStrings, throwingProxy } from './support/hostile.js';
import { type RestStoreServer, startRestStoreServer } from './support/rest-store-server.mjs';

// The HTTP store against a real node:http server on 127.0.0.1 implementing
// docs/storage/rest-contract.md. Retries do not really wait: the injected sleep records delays.

let server: RestStoreServer;
let delays: number[];
let keyCounter = 0;

beforeAll(async () => {
  server = await startRestStoreServer({ now: () => new Date('2026-03-01T10:00:00Z') });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.setOffline(false);
  server.resetCounters();
  delays = [];
});

function makeStore(options: { queue?: ReturnType<typeof createMemoryQueueStorage>; attempts?: number; locale?: string } = {}): HttpStore {
  return expectSuccess(
    createHttpStore({
      baseUrl: `${server.url}/`,
      retry: { attempts: options.attempts ?? 3, baseDelayMs: 100, maxDelayMs: 1_000 },
      sleep: async (ms) => {
        delays.push(ms);
      },
      random: () => 0.5,
      now: () => new Date('2026-03-01T09:59:00Z'),
      idempotencyKey: () => `key-${(keyCounter += 1)}`,
      headers: { authorization: 'Bearer test' },
      ...(options.queue === undefined ? {} : { queue: options.queue }),
      ...(options.locale === undefined ? {} : { locale: options.locale }),
    }),
  );
}

const uniq = (() => {
  let n = 0;
  return (prefix: string) => `${prefix}-${(n += 1)}`;
})();

describe('createHttpStore against the local REST server', () => {
  it('creates, reads and updates with versions carried as ETags, an Idempotency-Key on every write', async () => {
    const store = makeStore();
    const id = uniq('visit');
    const created = expectSuccess(await store.put('drafts', { id, notes: 'Far ønsker tolk på dari.' }, { expectedVersion: 0 }));
    expect(created).toMatchObject({ queued: false, record: { id, collection: 'drafts', version: 1, updatedAt: '2026-03-01T10:00:00.000Z' } });
    expect(server.requests.at(-1)).toMatchObject({ method: 'PUT', ifNoneMatch: '*' });
    const updated = expectSuccess(await store.put('drafts', { id, notes: 'Far ønsker tolk på dari, gerne samme tolk.' }, { expectedVersion: 1 }));
    expect(updated.queued === false && updated.record.version).toBe(2);
    expect(server.requests.at(-1)).toMatchObject({ method: 'PUT', ifMatch: '"1"' });
    expect(server.requests.every((r) => r.method === 'GET' || typeof r.idempotencyKey === 'string')).toBe(true);
    const read = expectSuccess(await store.get('drafts', id));
    expect(read).toMatchObject({ version: 2, value: { notes: 'Far ønsker tolk på dari, gerne samme tolk.' } });
    expect(expectSuccess(await store.get('drafts', 'nobody-here'))).toBeNull();
    expect(server.appliedWrites).toBe(2);
  });

  it('refuses a stale version with store_conflict and the current record, and never applies it', async () => {
    const store = makeStore();
    const id = uniq('visit');
    await store.put('drafts', { id, notes: 'første udkast' }, { expectedVersion: 0 });
    server.changeElsewhere('drafts', { id, notes: 'rettet i en anden fane' });
    const stale = await store.put('drafts', { id, notes: 'min version' }, { expectedVersion: 1 });
    expect(issueCodes(stale)).toEqual(['store_conflict']);
    expect(readStoreConflict(stale)).toMatchObject({ expectedVersion: 1, actualVersion: 2, current: { value: { notes: 'rettet i en anden fane' } } });
    expect(server.record('drafts', id)?.value.notes).toBe('rettet i en anden fane');
    const staleDelete = await store.delete('drafts', id, { expectedVersion: 1 });
    expect(readStoreConflict(staleDelete)?.actualVersion).toBe(2);
    expect(expectSuccess(await store.delete('drafts', id, { expectedVersion: 2 }))).toEqual({ queued: false, collection: 'drafts', id, version: 2 });
    expect(issueCodes(await store.delete('drafts', id))).toEqual(['store_not_found']);
    expect(server.record('drafts', id)).toBeUndefined();
  });

  it('retries 503s with exponential backoff and jitter, and honours Retry-After', async () => {
    const store = makeStore({ attempts: 4 });
    const id = uniq('visit');
    server.failNext(2);
    expect(expectSuccess(await store.put('drafts', { id }, { expectedVersion: 0 })).queued).toBe(false);
    expect(delays).toEqual([75, 150]); // base 100 then 200, each half fixed plus half jitter (random 0.5)
    expect(server.appliedWrites).toBe(1);
    const keys = server.requests.filter((r) => r.method === 'PUT').map((r) => r.idempotencyKey);
    expect(new Set(keys).size).toBe(1); // the same write, retried under the same key

    delays = [];
    server.failNext(1, { status: 429, retryAfter: 1 });
    expectSuccess(await store.get('drafts', id));
    expect(delays).toEqual([1_000]);

    delays = [];
    server.failNext(1, { status: 503, retryAfter: 120 });
    const tooLong = await store.get('drafts', id);
    expect(tooLong.ok === false && tooLong.issues[0]?.params).toEqual({ status: 503 });
    expect(delays).toEqual([]);

    server.failNext(4);
    const gaveUp = await store.put('drafts', { id, x: 1 }, { expectedVersion: 1 });
    expect(issueCodes(gaveUp)).toEqual(['store_server_refused']);
    expect(server.record('drafts', id)?.version).toBe(1);
  });

  it('does not retry a 4xx refusal', async () => {
    const store = makeStore();
    server.failNext(1, { status: 403 });
    const refused = await store.get('drafts', 'x');
    expect(issueCodes(refused)).toEqual(['store_server_refused']);
    expect(delays).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('queues writes while offline (the text is kept) and replays them in order, exactly once, when the server returns', async () => {
    const queue = createMemoryQueueStorage();
    const store = makeStore({ queue });
    const states: StoreQueueState['status'][] = [];
    store.subscribeQueue((state) => states.push(state.status));
    const heard: StoreChange[] = [];
    store.subscribe('drafts', (change) => heard.push(change));
    const id = uniq('visit');
    await store.put('drafts', { id, notes: 'v1' }, { expectedVersion: 0 });
    server.resetCounters();
    server.setOffline(true);

    const first = expectSuccess(await store.put('drafts', { id, notes: 'skrevet uden net 1' }, { expectedVersion: 1 }));
    expect(first).toMatchObject({ queued: true, nextVersion: 2, change: { kind: 'put', id, value: { notes: 'skrevet uden net 1' } } });
    const second = expectSuccess(await store.put('drafts', { id, notes: 'skrevet uden net 2' }, { expectedVersion: 2 }));
    expect(second).toMatchObject({ queued: true, nextVersion: 3 });
    const other = uniq('visit');
    expect(expectSuccess(await store.put('drafts', { id: other, notes: 'ny' }, { expectedVersion: 0 })).queued).toBe(true);
    expect(store.queueState()).toMatchObject({ pending: 3, status: 'offline' });
    expect(expectSuccess(await store.pendingChanges()).map((c) => c.value)).toEqual([
      { id, notes: 'skrevet uden net 1' },
      { id, notes: 'skrevet uden net 2' },
      { id: other, notes: 'ny' },
    ]);
    expect(issueCodes(await store.get('drafts', id))).toEqual(['store_unavailable']);
    expect(issueCodes(await store.flush())).toEqual(['store_unavailable']);
    expect(server.appliedWrites).toBe(0);

    // A reload: a new store instance over the same queue storage still holds every change.
    const reloaded = makeStore({ queue });
    expect(expectSuccess(await reloaded.pendingChanges())).toHaveLength(3);

    server.setOffline(false);
    expect(expectSuccess(await reloaded.flush())).toEqual({ replayed: 3, pending: 0 });
    expect(server.appliedWrites).toBe(3);
    expect(server.record('drafts', id)).toMatchObject({ version: 3, value: { notes: 'skrevet uden net 2' } });
    expect(server.record('drafts', other)?.version).toBe(1);
    const order = server.requests.filter((r) => r.method === 'PUT').map((r) => r.ifMatch ?? r.ifNoneMatch);
    expect(order).toEqual(['"1"', '"2"', '*']);
    expect(expectSuccess(await reloaded.flush())).toEqual({ replayed: 0, pending: 0 });
    expect(expectSuccess(await reloaded.pendingChanges())).toEqual([]);
    expect(queue.all()).toEqual([]);
    expect(server.appliedWrites).toBe(3);
    expect(states).toContain('offline');
    expect(heard).toHaveLength(1); // the first, online write; the replay was done by the reloaded instance
  });

  it('replays the queue with the next request that gets through', async () => {
    const store = makeStore();
    const id = uniq('visit');
    server.setOffline(true);
    expect(expectSuccess(await store.put('drafts', { id, n: 1 }, { expectedVersion: 0 })).queued).toBe(true);
    server.setOffline(false);
    const read = expectSuccess(await store.get('drafts', id));
    expect(read).toMatchObject({ version: 1, value: { n: 1 } });
    expect(store.queueState()).toEqual({ pending: 0, status: 'idle', blockedBy: null });
    // A later write while the queue is empty goes straight through.
    expect(expectSuccess(await store.put('drafts', { id, n: 2 }, { expectedVersion: 1 })).queued).toBe(false);
  });

  it('applies a write exactly once when its answer was lost and it is sent again', async () => {
    const store = makeStore();
    const id = uniq('visit');
    const key = 'lost-answer-key';
    const body = JSON.stringify({ value: { id, text: 'once' } });
    const headers = { 'content-type': 'application/json', 'idempotency-key': key, 'if-none-match': '*' };
    const url = `${server.url}/collections/drafts/records/${id}`;
    const firstTry = await fetch(url, { method: 'PUT', headers, body });
    const again = await fetch(url, { method: 'PUT', headers, body });
    expect([firstTry.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(server.appliedWrites).toBe(1);
    const reused = await fetch(url, { method: 'PUT', headers, body: JSON.stringify({ value: { id, text: 'other' } }) });
    expect(reused.status).toBe(422);
    expect(expectSuccess(await store.get('drafts', id))?.version).toBe(1);
  });

  it('stops the replay at a conflict, surfaces store_conflict and overwrites nothing', async () => {
    const store = makeStore({ locale: 'en' });
    const id = uniq('visit');
    const later = uniq('visit');
    await store.put('drafts', { id, notes: 'start' }, { expectedVersion: 0 });
    server.setOffline(true);
    const queued = expectSuccess(await store.put('drafts', { id, notes: 'offline edit' }, { expectedVersion: 1 }));
    await store.put('drafts', { id: later, notes: 'behind it' }, { expectedVersion: 0 });
    server.setOffline(false);
    server.changeElsewhere('drafts', { id, notes: 'edited on another device' });
    server.resetCounters();

    const flushed = await store.flush();
    expectFailure(flushed);
    expect(issueCodes(flushed)).toEqual(['store_conflict']);
    expect(flushed.issues[0]?.message).toContain('your text is kept');
    expect(readStoreConflict(flushed)?.current?.value).toEqual({ id, notes: 'edited on another device' });
    expect(server.appliedWrites).toBe(0);
    expect(server.record('drafts', later)).toBeUndefined(); // the queue stopped: nothing behind it ran
    expect(store.queueState()).toMatchObject({ pending: 2, status: 'conflict', blockedBy: { id } });
    // Reads still work while the queue waits for the person to decide.
    expect(expectSuccess(await store.get('drafts', id))?.version).toBe(2);

    // The person chose: their text on top of version 2. Drop the blocked change, write anew, replay the rest.
    expect(queued.queued && expectSuccess(await store.discardPendingChange(queued.change.changeId)).value).toEqual({ id, notes: 'offline edit' });
    expect(expectSuccess(await store.put('drafts', { id, notes: 'offline edit' }, { expectedVersion: 2 }))).toMatchObject({ queued: false, record: { version: 3 } });
    expect(server.record('drafts', later)?.version).toBe(1);
    expect(store.queueState()).toMatchObject({ pending: 0, status: 'idle' });
  });

  it('pages through a collection and queries it', async () => {
    const store = makeStore();
    const collection = uniq('paged');
    for (let n = 0; n < 7; n += 1) await store.put(collection, { id: `r-${n}`, even: n % 2 === 0 });
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = expectSuccess(await store.list(collection, after === undefined ? { limit: 3 } : { limit: 3, after }));
      seen.push(...page.records.map((r) => r.id));
      if (page.next === null) break;
      after = page.next;
    }
    expect(seen).toEqual(['r-0', 'r-1', 'r-2', 'r-3', 'r-4', 'r-5', 'r-6']);
    expect(expectSuccess(await store.query(collection, { even: true })).map((r) => r.id)).toEqual(['r-0', 'r-2', 'r-4', 'r-6']);
    expect(expectSuccess(await store.query<{ even: boolean }>(collection, (value) => !value.even, { limit: 2 })).map((r) => r.id)).toEqual(['r-1', 'r-3']);
  });

  it('rejects hostile ids and values before anything is sent', async () => {
    const store = makeStore();
    const invalidIds = [...hostileStrings, '../../etc/passwd', 'a/b', '%2F', 'x?y=1'].filter((text) => !/^[A-Za-z0-9._:-]{1,128}$/.test(text));
    for (const bad of invalidIds) {
      expectFailure(await store.get('drafts', bad));
      expectFailure(await store.put(bad, { id: 'ok' }));
      expectFailure(await store.put('drafts', { id: bad }));
      expectFailure(await store.delete('drafts', bad));
    }
    for (const value of [throwingProxy(), { id: 'a', when: new Date(0) }, { id: 'a', big: 1n }, [], 'x']) expectFailure(await store.put('drafts', value));
    expect(server.requests).toHaveLength(0);
  });

  it('treats an answer that breaks the contract as store_invalid_response', async () => {
    const store = expectSuccess(
      createHttpStore({
        baseUrl: server.url,
        fetch: async () => new Response(JSON.stringify({ id: 'x', collection: 'other', version: 1, value: { id: 'x' }, updatedAt: '2026-03-01T10:00:00Z' }), { status: 200 }),
      }),
    );
    expect(issueCodes(await store.get('drafts', 'x'))).toEqual(['store_invalid_response']);
  });
});
