import { expect } from '@open-wc/testing';
import { formatMessage, loadMessages, readStoreConflict } from '@samspil/core';
import type { Issue, Result, StoreChange, StoredRecord, StoreOperations } from '@samspil/core';
import { hostilePayloads } from '../kit/testing/hostile-payloads.js';
import { createIndexedDbStore, type CreateIndexedDbStoreOptions, type IndexedDbStore } from './index.js';

// Real IndexedDB and WebCrypto in Chromium. Raw contents are read back with the plain
// `indexedDB` API, never through the store, so the tests see what lies on disk.

const SECRET = 'Æblegrød-hemmelighed-Ωmega-7319-الأسرة';
const T0 = new Date('2026-03-02T09:00:00.000Z');
const DAY = 86_400_000;

let counter = 0;
const created: IndexedDbStore[] = [];
const uniqueName = () => `samspil-idb-test-${Date.now()}-${(counter += 1)}`;

function expectOk<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`expected success, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

function codes(result: Result<unknown>): string[] {
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}

function makeStore(options: CreateIndexedDbStoreOptions = {}): IndexedDbStore {
  const store = expectOk(createIndexedDbStore({ now: () => T0, ...options }));
  created.push(store);
  return store;
}

interface RawEntry {
  key: IDBValidKey;
  value: unknown;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function withRawDatabase<R>(name: string, fn: (db: IDBDatabase) => Promise<R>): Promise<R> {
  const db = await request(indexedDB.open(name));
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

async function rawEntries(name: string, storeName: 'records' | 'keys'): Promise<RawEntry[]> {
  return withRawDatabase(name, async (db) => {
    const tx = db.transaction(storeName, 'readonly');
    const [keys, values] = await Promise.all([request(tx.objectStore(storeName).getAllKeys()), request(tx.objectStore(storeName).getAll())]);
    return keys.map((key, index) => ({ key, value: values[index] }));
  });
}

async function rawPut(name: string, key: IDBValidKey, value: unknown): Promise<void> {
  await withRawDatabase(name, async (db) => {
    const tx = db.transaction('records', 'readwrite');
    await request(tx.objectStore('records').put(value, key));
  });
}

/** Every byte sequence and string reachable in a raw IndexedDB value. */
function collectBytesAndStrings(value: unknown, bytes: Uint8Array[], strings: string[]): void {
  if (typeof value === 'string') strings.push(value);
  else if (value instanceof ArrayBuffer) bytes.push(new Uint8Array(value));
  else if (ArrayBuffer.isView(value)) bytes.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  else if (Array.isArray(value)) for (const item of value) collectBytesAndStrings(item, bytes, strings);
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) {
    strings.push(key);
    collectBytesAndStrings(item, bytes, strings);
  }
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    for (let offset = 0; offset < needle.length; offset += 1) if (haystack[start + offset] !== needle[offset]) continue outer;
    return true;
  }
  return false;
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let index = 0; index < text.length; index += 1) view.setUint16(index * 2, text.charCodeAt(index), littleEndian);
  return out;
}

afterEach(async () => {
  for (const store of created.splice(0)) {
    await store.purge();
    store.close();
  }
});

describe('createIndexedDbStore', () => {
  it('puts, gets, lists, queries and deletes with growing versions', async () => {
    const store = makeStore({ databaseName: uniqueName() });
    const first = expectOk(await store.put('visits', { id: 'v1', familyId: 'f1', notes: 'Første besøg' }));
    expect(first).to.deep.equal({
      queued: false,
      record: { id: 'v1', collection: 'visits', version: 1, value: { id: 'v1', familyId: 'f1', notes: 'Første besøg' }, updatedAt: T0.toISOString() },
    });
    const second = expectOk(await store.put('visits', { id: 'v1', familyId: 'f1', notes: 'Rettet' }, { expectedVersion: 1 }));
    expect(second.queued === false && second.record.version).to.equal(2);
    expectOk(await store.put('visits', { id: 'v2', familyId: 'f2', notes: 'Andet' }));
    expectOk(await store.put('visits', { id: 'v3', familyId: 'f1', notes: 'Tredje' }));
    expectOk(await store.put('other', { id: 'v1', notes: 'anden samling' }));

    const got = expectOk(await store.get('visits', 'v1'));
    expect(got).to.deep.equal({ id: 'v1', collection: 'visits', version: 2, value: { id: 'v1', familyId: 'f1', notes: 'Rettet' }, updatedAt: T0.toISOString() });
    expect(expectOk(await store.get('visits', 'nope'))).to.equal(null);

    const page1 = expectOk(await store.list('visits', { limit: 2 }));
    expect(page1.records.map((r) => r.id)).to.deep.equal(['v1', 'v2']);
    expect(page1.next).to.equal('v2');
    const page2 = expectOk(await store.list('visits', { limit: 2, after: 'v2' }));
    expect(page2.records.map((r) => r.id)).to.deep.equal(['v3']);
    expect(page2.next).to.equal(null);

    const byFilter = expectOk(await store.query('visits', { familyId: 'f1' }));
    expect(byFilter.map((r) => r.id)).to.deep.equal(['v1', 'v3']);
    const byPredicate = expectOk(await store.query<{ notes: string }>('visits', (value) => value.notes.startsWith('A')));
    expect(byPredicate.map((r) => r.id)).to.deep.equal(['v2']);
    expect(codes(await store.query('visits', () => { throw new Error('bug'); }))).to.deep.equal(['store_query_invalid']);

    expect(expectOk(await store.delete('visits', 'v2'))).to.deep.equal({ queued: false, collection: 'visits', id: 'v2', version: 1 });
    expect(expectOk(await store.get('visits', 'v2'))).to.equal(null);
    expect(codes(await store.delete('visits', 'v2'))).to.deep.equal(['store_not_found']);
    expect(expectOk(await store.list('other')).records.map((r) => r.value)).to.deep.equal([{ id: 'v1', notes: 'anden samling' }]);
  });

  it('hands out copies: changing a returned or passed value does not change the store', async () => {
    const store = makeStore({ databaseName: uniqueName() });
    const draft = { id: 'd1', notes: ['a'] };
    const written = expectOk(await store.put('drafts', draft));
    draft.notes.push('b');
    if (!written.queued) (written.record.value as { notes: string[] }).notes.push('c');
    const got = expectOk(await store.get<{ notes: string[] }>('drafts', 'd1'));
    expect(got?.value.notes).to.deep.equal(['a']);
  });

  it('refuses a stale version with the current record and never applies it', async () => {
    const store = makeStore({ databaseName: uniqueName() });
    expectOk(await store.put('drafts', { id: 'd1', notes: 'v1' }));
    expectOk(await store.put('drafts', { id: 'd1', notes: 'v2' }, { expectedVersion: 1 }));
    const stale = await store.put('drafts', { id: 'd1', notes: 'mine' }, { expectedVersion: 1 });
    expect(codes(stale)).to.deep.equal(['store_conflict']);
    const conflict = readStoreConflict(stale);
    expect(conflict).to.deep.include({ collection: 'drafts', id: 'd1', expectedVersion: 1, actualVersion: 2 });
    expect(conflict?.current?.value).to.deep.equal({ id: 'd1', notes: 'v2' });
    expect(!stale.ok && stale.issues[0]?.message).to.include('ændret et andet sted');

    expect(codes(await store.put('drafts', { id: 'd1', notes: 'new' }, { expectedVersion: 0 }))).to.deep.equal(['store_conflict']);
    const missing = readStoreConflict(await store.put('drafts', { id: 'd9', notes: 'x' }, { expectedVersion: 3 }));
    expect(missing).to.deep.include({ actualVersion: 0, current: null });
    expect(codes(await store.delete('drafts', 'd1', { expectedVersion: 1 }))).to.deep.equal(['store_conflict']);
    expect(expectOk(await store.get('drafts', 'd1'))?.value).to.deep.equal({ id: 'd1', notes: 'v2' });
    expectOk(await store.put('drafts', { id: 'd0', notes: 'created' }, { expectedVersion: 0 }));
  });

  it('lets exactly one of two racing writes with the same expected version through', async () => {
    const name = uniqueName();
    const a = makeStore({ databaseName: name });
    const b = makeStore({ databaseName: name });
    expectOk(await a.put('drafts', { id: 'd1', notes: 'start' }));
    await b.ready();
    const results = await Promise.all([
      a.put('drafts', { id: 'd1', notes: 'from a' }, { expectedVersion: 1 }),
      b.put('drafts', { id: 'd1', notes: 'from b' }, { expectedVersion: 1 }),
    ]);
    expect(results.filter((r) => r.ok)).to.have.length(1);
    expect(results.flatMap(codes)).to.deep.equal(['store_conflict']);
    expect(expectOk(await a.get('drafts', 'd1'))?.version).to.equal(2);
  });

  it('keeps no readable trace of the typed text in IndexedDB (UTF-8, UTF-16LE, UTF-16BE)', async () => {
    const name = uniqueName();
    const store = makeStore({ databaseName: name });
    for (let version = 0; version < 3; version += 1) {
      expectOk(await store.put('drafts', { id: 'visit-1', notes: `${SECRET} ${version}`, nested: { list: [SECRET], [SECRET]: true } }));
    }
    expectOk(await store.put('visits', { id: 'visit-2', notes: SECRET }));
    const bytes: Uint8Array[] = [];
    const strings: string[] = [];
    for (const entry of [...(await rawEntries(name, 'records')), ...(await rawEntries(name, 'keys'))]) {
      collectBytesAndStrings(entry.key, bytes, strings);
      collectBytesAndStrings(entry.value, bytes, strings);
    }
    expect(bytes.length).to.be.greaterThan(0);
    const fragments = [SECRET, 'Æblegrød', 'hemmelighed', 'notes', 'nested'];
    for (const fragment of fragments) {
      for (const text of strings) expect(text).not.to.include(fragment);
      for (const encoded of [new TextEncoder().encode(fragment), utf16(fragment, true), utf16(fragment, false)]) {
        for (const chunk of bytes) expect(contains(chunk, encoded), `found ${fragment}`).to.equal(false);
      }
    }
    // Only the documented fields lie on disk, and the key is a non-extractable CryptoKey.
    const [record] = await rawEntries(name, 'records');
    expect(Object.keys(record?.value as object).sort()).to.deep.equal(['ciphertext', 'expiresAt', 'iv', 'updatedAt', 'version']);
    const [key] = await rawEntries(name, 'keys');
    expect(key?.value).to.be.instanceOf(CryptoKey);
    expect((key?.value as CryptoKey).extractable).to.equal(false);
  });

  it('uses a fresh 96-bit IV for every write', async () => {
    const name = uniqueName();
    const store = makeStore({ databaseName: name });
    const ivs = new Set<string>();
    for (let n = 0; n < 5; n += 1) {
      expectOk(await store.put('drafts', { id: 'd1', notes: 'same text' }));
      const [entry] = await rawEntries(name, 'records');
      const iv = (entry?.value as { iv: Uint8Array }).iv;
      expect(iv.byteLength).to.equal(12);
      ivs.add(Array.from(iv).join(','));
    }
    expect(ivs.size).to.equal(5);
  });

  it('reports a record under a different key as store_decryption_failed', async () => {
    const name = uniqueName();
    const store = makeStore({ databaseName: name });
    expectOk(await store.put('drafts', { id: 'd1', notes: SECRET }));
    const otherKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const other = makeStore({ databaseName: name, key: otherKey, locale: 'en' });
    const got = await other.get('drafts', 'd1');
    expect(codes(got)).to.deep.equal(['store_decryption_failed']);
    expect(!got.ok && got.issues[0]?.message).to.equal(formatMessage('store_decryption_failed', { collection: 'drafts', id: 'd1' }, { locale: 'en' }));
    expect(JSON.stringify(got)).not.to.include(SECRET);
    expect(codes(await other.list('drafts'))).to.deep.equal(['store_decryption_failed']);
    // The store with the right key still reads it: nothing was changed by the failed read.
    expect(expectOk(await store.get('drafts', 'd1'))?.value).to.deep.equal({ id: 'd1', notes: SECRET });
  });

  it('uses a key the portal supplies, and does not keep it in the database', async () => {
    const name = uniqueName();
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const store = makeStore({ databaseName: name, key });
    expectOk(await store.put('drafts', { id: 'd1', notes: 'x' }));
    expect(await rawEntries(name, 'keys')).to.deep.equal([]);
    const again = makeStore({ databaseName: name, key });
    expect(expectOk(await again.get('drafts', 'd1'))?.value).to.deep.equal({ id: 'd1', notes: 'x' });
    const notAes = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    expect(codes(createIndexedDbStore({ key: notAes as unknown as CryptoKey }))).to.deep.equal(['store_option_invalid']);
  });

  it('refuses tampered ciphertext, a tampered version, and ciphertext moved to another id', async () => {
    const name = uniqueName();
    const store = makeStore({ databaseName: name });
    expectOk(await store.put('drafts', { id: 'a', notes: 'for a' }));
    expectOk(await store.put('drafts', { id: 'b', notes: 'for b' }));
    expectOk(await store.put('drafts', { id: 'c', notes: 'for c' }));
    const entries = await rawEntries(name, 'records');
    const rawA = entries.find((e) => (e.key as string[])[1] === 'a')?.value as { ciphertext: ArrayBuffer; version: number };
    const rawC = entries.find((e) => (e.key as string[])[1] === 'c')?.value as { ciphertext: ArrayBuffer; version: number };

    const flipped = new Uint8Array(rawA.ciphertext.slice(0));
    flipped[3] = (flipped[3] ?? 0) ^ 1;
    await rawPut(name, ['drafts', 'a'], { ...rawA, ciphertext: flipped.buffer });
    expect(codes(await store.get('drafts', 'a'))).to.deep.equal(['store_decryption_failed']);

    await rawPut(name, ['drafts', 'b'], rawC);
    expect(codes(await store.get('drafts', 'b'))).to.deep.equal(['store_decryption_failed']);
    await rawPut(name, ['moved', 'c'], rawC);
    expect(codes(await store.get('moved', 'c'))).to.deep.equal(['store_decryption_failed']);

    await rawPut(name, ['drafts', 'c'], { ...rawC, version: rawC.version + 1 });
    expect(codes(await store.get('drafts', 'c'))).to.deep.equal(['store_decryption_failed']);
    await rawPut(name, ['drafts', 'c'], { nonsense: true });
    expect(codes(await store.get('drafts', 'c'))).to.deep.equal(['store_decryption_failed']);
  });

  it('expires drafts after their time to live, deletes them on open and list, and never returns them', async () => {
    const name = uniqueName();
    let now = T0;
    const store = makeStore({ databaseName: name, now: () => now, draftTimeToLiveMs: 14 * DAY });
    expectOk(await store.put('drafts', { id: 'old', notes: 'old' }));
    expectOk(await store.put('visits', { id: 'kept', notes: 'not a draft' }));
    now = new Date(T0.getTime() + 10 * DAY);
    expectOk(await store.put('drafts', { id: 'fresh', notes: 'fresh' }));
    now = new Date(T0.getTime() + 14 * DAY);
    expect(expectOk(await store.get('drafts', 'old'))).to.equal(null);
    expect(expectOk(await store.get('drafts', 'fresh'))?.value).to.deep.equal({ id: 'fresh', notes: 'fresh' });
    expect(expectOk(await store.query('drafts', {})).map((r) => r.id)).to.deep.equal(['fresh']);
    // An expired record counts as absent for versions, too.
    expect(codes(await store.delete('drafts', 'old'))).to.deep.equal(['store_not_found']);
    expectOk(await store.put('drafts', { id: 'old2', notes: 'x' }));
    expect((await rawEntries(name, 'records')).map((e) => (e.key as string[])[1]).sort()).to.deep.equal(['fresh', 'kept', 'old2']);

    // A later open sweeps whatever expired meanwhile, with no read needed.
    const later = makeStore({ databaseName: name, now: () => new Date(T0.getTime() + 40 * DAY) });
    expectOk(await later.ready());
    expect((await rawEntries(name, 'records')).map((e) => (e.key as string[])[1])).to.deep.equal(['kept']);
    expect(expectOk(await later.list('drafts')).records).to.deep.equal([]);
  });

  it('purge() deletes the database, records and key, so a reopened store has nothing', async () => {
    const name = uniqueName();
    const store = makeStore({ databaseName: name });
    expectOk(await store.put('drafts', { id: 'd1', notes: SECRET }));
    const other = makeStore({ databaseName: name }); // another tab with the database open
    expectOk(await other.get('drafts', 'd1'));
    expectOk(await store.purge());
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.to.include(name);
    const reopened = makeStore({ databaseName: name });
    expect(expectOk(await reopened.get('drafts', 'd1'))).to.equal(null);
    expect(expectOk(await reopened.list('drafts')).records).to.deep.equal([]);
  });

  it('reports a full disk as store_quota_exceeded in the chosen language and leaves the caller’s value alone', async () => {
    // In a browser core's English is a chunk of its own (decision 0011); a widget loads it itself.
    await loadMessages('en');
    let full = false;
    const store = makeStore({
      databaseName: uniqueName(),
      simulateFailure: (operation) => (full && operation === 'write' ? new DOMException('simulated', 'QuotaExceededError') : undefined),
    });
    expectOk(await store.put('drafts', { id: 'd1', notes: 'saved before' }));
    full = true;
    const draft = Object.freeze({ id: 'd1', notes: Object.freeze(['typed text that must not be lost']) });
    const result = await store.put('drafts', draft);
    expect(codes(result)).to.deep.equal(['store_quota_exceeded']);
    expect(!result.ok && result.issues[0]?.message).to.equal(formatMessage('store_quota_exceeded', undefined, {}));
    expect(!result.ok && result.issues[0]?.message).to.include('Din tekst står stadig på skærmen');
    expect(draft).to.deep.equal({ id: 'd1', notes: ['typed text that must not be lost'] });
    expect(expectOk(await store.get('drafts', 'd1'))?.value).to.deep.equal({ id: 'd1', notes: 'saved before' });
    const english = makeStore({ databaseName: uniqueName(), locale: 'en', simulateFailure: (op) => (op === 'write' ? new DOMException('x', 'QuotaExceededError') : undefined) });
    const en = await english.put('drafts', draft);
    expect(!en.ok && en.issues[0]?.message).to.include('Your text is still on screen');
    full = false;
    expectOk(await store.put('drafts', draft, { expectedVersion: 1 }));
  });

  it('reports storage the browser refuses (private mode, blocked open) as store_blocked, and recovers', async () => {
    let refuse = true;
    const store = makeStore({
      databaseName: uniqueName(),
      simulateFailure: (operation) => (refuse && operation === 'open' ? new DOMException('simulated', 'SecurityError') : undefined),
    });
    expect(codes(await store.ready())).to.deep.equal(['store_blocked']);
    expect(codes(await store.put('drafts', { id: 'd1', notes: 'x' }))).to.deep.equal(['store_blocked']);
    expect(codes(await store.list('drafts'))).to.deep.equal(['store_blocked']);
    refuse = false;
    expectOk(await store.put('drafts', { id: 'd1', notes: 'x' }));
    const descriptor = Object.getOwnPropertyDescriptor(window, 'indexedDB') ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(window), 'indexedDB');
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    try {
      const without = makeStore({ databaseName: uniqueName() });
      expect(codes(await without.get('drafts', 'd1'))).to.deep.equal(['store_blocked']);
    } finally {
      if (descriptor !== undefined && Object.hasOwn(window, 'indexedDB')) delete (window as { indexedDB?: unknown }).indexedDB;
      if (descriptor !== undefined && typeof indexedDB === 'undefined') Object.defineProperty(window, 'indexedDB', descriptor);
    }
    expect(typeof indexedDB.open).to.equal('function');
    const throwing = makeStore({ databaseName: uniqueName(), simulateFailure: () => { throw new Error('boom'); } });
    expect(codes(await throwing.get('drafts', 'd1'))).to.deep.equal(['store_blocked']);
  });

  it('answers hostile ids, values and options with typed issues, never a rejection', async () => {
    const store = makeStore({ databaseName: uniqueName() });
    for (const id of ['', 'a b', '../x', '<script>', 'x'.repeat(129), 42, null, {}, 'drafts\u0000']) {
      expect(codes(await store.get('drafts', id)).length).to.be.greaterThan(0);
      expect(codes(await store.put('drafts', { id, notes: 'x' })).length).to.be.greaterThan(0);
      expect(codes(await store.get(id, 'd1')).length).to.be.greaterThan(0);
      expect(codes(await store.delete(id, id)).length).to.be.greaterThan(0);
      expect(codes(await store.list(id)).length).to.be.greaterThan(0);
    }
    const cyclic: Record<string, unknown> = { id: 'c' };
    cyclic.self = cyclic;
    const proxy = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    for (const value of [cyclic, { id: 'd', at: new Date() }, { id: 'n', n: Number.NaN }, { id: 'f', f: () => 1 }, [1], 'text', null, undefined]) {
      const result = await store.put('drafts', value);
      expect(result.ok).to.equal(false);
    }
    expect(codes(await store.put('drafts', proxy))).to.deep.equal(['unreadable_input']);
    expect(codes(await store.put('drafts', { id: 'big', text: 'x'.repeat(200) }, undefined)).length).to.equal(0);
    const small = makeStore({ databaseName: uniqueName(), maxValueChars: 100 });
    expect(codes(await small.put('drafts', { id: 'big', text: 'x'.repeat(200) }))).to.deep.equal(['store_value_too_large']);
    expect(codes(await store.put('drafts', { id: 'd' }, { expectedVersion: -1 })).length).to.be.greaterThan(0);
    expect(codes(await store.list('drafts', { limit: 0 })).length).to.be.greaterThan(0);
    expect(codes(await store.query('drafts', 'not a filter' as never))).to.deep.equal(['store_query_invalid']);
    expect(codes(createIndexedDbStore({ databaseName: '', draftTimeToLiveMs: -1, draftCollections: ['a b'], now: 'x' as unknown as () => Date }))).to.deep.equal([
      'store_option_invalid',
      'store_option_invalid',
      'store_option_invalid',
      'store_option_invalid',
    ]);
    expect(codes(createIndexedDbStore(null as unknown as CreateIndexedDbStoreOptions))).to.deep.equal(['store_option_invalid']);
    const broken = makeStore({ databaseName: uniqueName(), now: () => { throw new Error('clock'); } });
    expect(codes(await broken.put('drafts', { id: 'd1' }))).to.deep.equal(['invalid_now']);
  });

  it('keeps hostile text exactly, and valid but odd ids such as __proto__', async () => {
    const store = makeStore({ databaseName: uniqueName() });
    const value: Record<string, unknown> = { id: '__proto__', payloads: hostilePayloads, lone: '\ud800x\udfff' };
    for (const [index, payload] of hostilePayloads.entries()) Object.defineProperty(value, payload || `empty-${index}`, { value: payload, enumerable: true });
    value.nested = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    expectOk(await store.put('constructor', value));
    const got = expectOk(await store.get<Record<string, unknown>>('constructor', '__proto__'));
    expect(got?.value).to.deep.equal(JSON.parse(JSON.stringify(value)));
    expect(Object.getPrototypeOf(got?.value)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(window.__samspilPwned).to.equal(undefined);
  });

  it('tells subscribers in this and another tab about changes, carrying no value across tabs', async () => {
    const name = uniqueName();
    const tabA = makeStore({ databaseName: name });
    const tabB = makeStore({ databaseName: name });
    const heardA: StoreChange[] = [];
    const heardB: StoreChange[] = [];
    tabA.subscribe('drafts', (change) => heardA.push(change));
    const stopB = tabB.subscribe('drafts', (change) => heardB.push(change));
    tabB.subscribe('drafts', () => { throw new Error('listener bug'); });

    const spy = new BroadcastChannel(`samspil-store:${name}`);
    const messages: unknown[] = [];
    spy.onmessage = (event) => messages.push(event.data);

    expectOk(await tabA.put('drafts', { id: 'd1', notes: SECRET }));
    await waitFor(() => heardB.length === 1);
    expect(heardA).to.have.length(1);
    const change = heardB[0] as Extract<StoreChange, { kind: 'put' }>;
    expect(change.kind).to.equal('put');
    expect((change.record as StoredRecord<{ notes: string }>).value.notes).to.equal(SECRET);
    expect(change.record.version).to.equal(1);

    expectOk(await tabB.delete('drafts', 'd1', { expectedVersion: 1 }));
    await waitFor(() => heardA.length === 2);
    expect(heardA[1]).to.deep.equal({ kind: 'delete', collection: 'drafts', id: 'd1', version: 1 });
    await waitFor(() => messages.length === 2);
    expect(messages).to.deep.equal([
      { kind: 'put', collection: 'drafts', id: 'd1', version: 1 },
      { kind: 'delete', collection: 'drafts', id: 'd1', version: 1 },
    ]);
    expect(JSON.stringify(messages)).not.to.include(SECRET);

    stopB();
    stopB();
    expectOk(await tabA.put('drafts', { id: 'd2', notes: 'x' }));
    await waitFor(() => messages.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heardB.map((c) => c.kind)).to.deep.equal(['put', 'delete']);
    spy.postMessage({ kind: 'put', collection: '../x', id: 42, version: 'x', value: SECRET });
    spy.close();
  });

  it('moves a draft to a submitted record all-or-nothing in a transaction', async () => {
    const name = uniqueName();
    const store = makeStore({ databaseName: name });
    const other = makeStore({ databaseName: name });
    const heard: StoreChange[] = [];
    other.subscribe('visits', (change) => heard.push(change));
    expectOk(await store.put('drafts', { id: 'v1', notes: 'kladde' }));
    expectOk(await store.put('drafts', { id: 'v2', notes: 'anden' }));
    let kept: StoreOperations | undefined;
    const answer = await store.transaction(async (tx) => {
      kept = tx;
      const draft = expectOk(await tx.get<{ id: string; notes: string }>('drafts', 'v1'));
      expectOk(await tx.put('visits', { ...draft?.value, submitted: true }, { expectedVersion: 0 }));
      expectOk(await tx.delete('drafts', 'v1', { expectedVersion: 1 }));
      expect(expectOk(await tx.get('drafts', 'v1'))).to.equal(null);
      expect(expectOk(await tx.list('drafts')).records.map((r) => r.id)).to.deep.equal(['v2']);
      expect(expectOk(await tx.query('visits', { submitted: true })).map((r) => r.id)).to.deep.equal(['v1']);
      // Not visible outside until the commit.
      expect(expectOk(await store.get('visits', 'v1'))).to.equal(null);
      return 'submitted';
    });
    expect(expectOk(answer)).to.equal('submitted');
    expect(expectOk(await store.get('drafts', 'v1'))).to.equal(null);
    expect(expectOk(await store.get('visits', 'v1'))?.value).to.deep.equal({ id: 'v1', notes: 'kladde', submitted: true });
    await waitFor(() => heard.length === 1);
    expect(codes(await (kept as StoreOperations).put('visits', { id: 'late' }))).to.deep.equal(['store_transaction_closed']);
  });

  it('keeps nothing from a transaction that throws, fails, hits the quota or meets a change from another tab', async () => {
    const name = uniqueName();
    let full = false;
    const store = makeStore({ databaseName: name, simulateFailure: (op) => (full && op === 'write' ? new DOMException('x', 'QuotaExceededError') : undefined) });
    const tabB = makeStore({ databaseName: name });
    expectOk(await store.put('drafts', { id: 'd1', notes: 'start' }));
    const attempt = (tx: StoreOperations) => tx.put('drafts', { id: 'd2', notes: 'new' });

    expect(codes(await store.transaction(async (tx) => { await attempt(tx); throw new Error('bug'); }))).to.deep.equal(['store_transaction_failed']);
    expect(codes(await store.transaction(async (tx) => { await attempt(tx); return tx.put('drafts', { id: 'd1', notes: 'x' }, { expectedVersion: 7 }); }))).to.deep.equal([
      'store_transaction_failed',
      'store_conflict',
    ]);
    full = true;
    expect(codes(await store.transaction(attempt))).to.deep.equal(['store_transaction_failed', 'store_quota_exceeded']);
    full = false;
    const raced = await store.transaction(async (tx) => {
      const seen = expectOk(await tx.get('drafts', 'd1'));
      expectOk(await tabB.put('drafts', { id: 'd1', notes: 'changed in tab B' }));
      await attempt(tx);
      return seen?.version;
    });
    expect(codes(raced)).to.deep.equal(['store_transaction_failed', 'store_conflict']);
    expect(readStoreConflict(raced)?.current?.value).to.deep.equal({ id: 'd1', notes: 'changed in tab B' });
    expect(expectOk(await store.get('drafts', 'd2'))).to.equal(null);
    expect(codes(await store.transaction('nope' as never))).to.deep.equal(['invalid_type']);
  });

  it('never rejects, whatever it is given', async () => {
    const store = makeStore({ databaseName: uniqueName() });
    const odd: unknown[] = [undefined, null, 0, '', {}, [], Symbol('x'), () => 1, new Proxy({}, { get: () => { throw new Error('x'); } })];
    const calls: Promise<Result<unknown>>[] = [];
    for (const a of odd) {
      for (const b of odd) {
        calls.push(store.get(a, b), store.put(a, b, b as never), store.delete(a, b, a as never), store.list(a, b as never), store.query(a, b as never, a as never));
      }
    }
    const settled = await Promise.allSettled(calls);
    expect(settled.every((s) => s.status === 'fulfilled')).to.equal(true);
    for (const s of settled) if (s.status === 'fulfilled' && !s.value.ok) for (const issue of s.value.issues as Issue[]) expect(issue.message.length).to.be.greaterThan(0);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
