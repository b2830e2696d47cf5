import { expect } from '@open-wc/testing';
import { createHttpStore } from '@samspil/core';
import type { PendingChange } from '@samspil/core';
import { createIndexedDbQueueStorage } from './create-indexed-db-queue-storage.js';
import { createIndexedDbStore } from './create-indexed-db-store.js';

const change = (n: number, text = `Tekst ${n}`): PendingChange => ({
  changeId: `change-${n}`,
  kind: 'put',
  collection: 'drafts',
  id: 'field-visit.v1',
  value: { id: 'field-visit.v1', draft: { place: text } },
  expectedVersion: n - 1,
  queuedAt: '2026-03-02T09:00:00.000Z',
});

function localStore(databaseName: string) {
  const created = createIndexedDbStore({ databaseName });
  if (!created.ok) throw new Error('store refused its options');
  return created.value;
}

describe('createIndexedDbQueueStorage', () => {
  const databases: string[] = [];
  const fresh = () => {
    const name = `samspil-queue-test-${databases.length}-${Math.random().toString(36).slice(2)}`;
    databases.push(name);
    return name;
  };

  after(async () => {
    await Promise.all(databases.map((name) => localStore(name).purge()));
  });

  it('keeps pending changes in order across a new store instance (a reload) and removes them one by one', async () => {
    const name = fresh();
    const queue = createIndexedDbQueueStorage(localStore(name));
    for (const n of [1, 2, 3]) await queue.append(change(n));
    await queue.remove('change-2');
    const reopened = createIndexedDbQueueStorage(localStore(name));
    expect((await reopened.all()).map((entry) => entry.changeId)).to.deep.equal(['change-1', 'change-3']);
    expect((await reopened.all())[1]).to.deep.equal(change(3));
    await reopened.remove('change-1');
    await reopened.remove('change-1');
    expect((await reopened.all()).map((entry) => entry.changeId)).to.deep.equal(['change-3']);
  });

  it('keeps the queued text encrypted at rest', async () => {
    const name = fresh();
    await createIndexedDbQueueStorage(localStore(name)).append(change(1, 'Hemmelig adresse Vollsmose'));
    const raw = await new Promise<string>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const read = db.transaction('records').objectStore('records').getAll();
        read.onsuccess = () => {
          const text = JSON.stringify(read.result, (_key, value: unknown) =>
            value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? String.fromCharCode(...new Uint8Array(value instanceof ArrayBuffer ? value : value.buffer)) : value,
          );
          db.close();
          resolve(text);
        };
      };
    });
    expect(raw).to.not.contain('Vollsmose');
    expect(raw).to.contain('ciphertext');
  });

  it('lets the HTTP store find what it queued offline after a reload, and rejects when the store refuses', async () => {
    const name = fresh();
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    const first = createHttpStore({ baseUrl: 'http://127.0.0.1:9/api', fetch: offline, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, queue: createIndexedDbQueueStorage(localStore(name)) });
    if (!first.ok) throw new Error('http store refused its options');
    const put = await first.value.put('drafts', { id: 'field-visit.v1', draft: { place: 'Hjemme' } }, { expectedVersion: 0 });
    expect(put.ok && put.value.queued).to.equal(true);
    const second = createHttpStore({ baseUrl: 'http://127.0.0.1:9/api', fetch: offline, queue: createIndexedDbQueueStorage(localStore(name)) });
    if (!second.ok) throw new Error('http store refused its options');
    const pending = await second.value.pendingChanges();
    expect(pending.ok && pending.value.map((entry) => (entry.value as { draft: { place: string } }).draft.place)).to.deep.equal(['Hjemme']);

    const full = createIndexedDbStore({ databaseName: fresh(), simulateFailure: (operation) => (operation === 'write' ? new DOMException('full', 'QuotaExceededError') : undefined) });
    if (!full.ok) throw new Error('store refused its options');
    let refused: unknown;
    try {
      await createIndexedDbQueueStorage(full.value).append(change(1));
    } catch (error) {
      refused = error;
    }
    expect(String(refused)).to.match(/plads|space|quota/i);
  });
});
