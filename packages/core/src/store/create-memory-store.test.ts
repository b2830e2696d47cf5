import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type StoreChange, createMemoryStore, readStoreConflict } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere, hostileStrings, pollutingObject, throwingProxy } from '../../../../test/support/hostile.js';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute));

function store(locale?: string) {
  let minute = 0;
  return expectSuccess(createMemoryStore({ now: () => at((minute += 1)), ...(locale === undefined ? {} : { locale }) }));
}

const draft = { id: 'visit-1', familyId: 'fam-1', notes: 'Mor fortæller, at drengen sover bedre nu.', sections: [{ key: 'housing', text: 'Ny lejlighed' }] };

describe('createMemoryStore', () => {
  it('stores a record as version 1 and counts up by one per put, with updatedAt from the injected clock', async () => {
    const s = store();
    const first = expectSuccess(await s.put('drafts', draft));
    expect(first).toEqual({
      queued: false,
      record: { id: 'visit-1', collection: 'drafts', version: 1, value: draft, updatedAt: '2026-03-01T09:01:00.000Z' },
    });
    const second = expectSuccess(await s.put('drafts', { ...draft, notes: 'Opdateret' }, { expectedVersion: 1 }));
    expect(second.queued === false && second.record.version).toBe(2);
    expect(expectSuccess(await s.get('drafts', 'visit-1'))?.value).toEqual({ ...draft, notes: 'Opdateret' });
    expect(expectSuccess(await s.get('drafts', 'nobody'))).toBeNull();
  });

  it('refuses a stale expectedVersion with store_conflict carrying the current record, and applies nothing', async () => {
    const s = store();
    await s.put('drafts', draft);
    await s.put('drafts', { ...draft, notes: 'Ændret i en anden fane' }, { expectedVersion: 1 });
    const stale = await s.put('drafts', { ...draft, notes: 'Min tekst' }, { expectedVersion: 1 });
    expectFailure(stale);
    expect(issueCodes(stale)).toEqual(['store_conflict']);
    expect(stale.issues[0]?.params).toEqual({ collection: 'drafts', id: 'visit-1', expectedVersion: 1, actualVersion: 2 });
    expect(stale.issues[0]?.message).toContain('Intet er overskrevet');
    const conflict = readStoreConflict<typeof draft>(stale);
    expect(conflict?.current?.value.notes).toBe('Ændret i en anden fane');
    expect(conflict?.actualVersion).toBe(2);
    expect(expectSuccess(await s.get('drafts', 'visit-1'))?.value).toMatchObject({ notes: 'Ændret i en anden fane' });
  });

  it('treats expectedVersion 0 as "must not exist yet"', async () => {
    const s = store();
    expect(expectSuccess(await s.put('drafts', draft, { expectedVersion: 0 })).queued).toBe(false);
    const again = await s.put('drafts', draft, { expectedVersion: 0 });
    expect(readStoreConflict(again)).toMatchObject({ expectedVersion: 0, actualVersion: 1 });
    const missing = await s.put('drafts', { id: 'visit-2' }, { expectedVersion: 3 });
    expect(readStoreConflict(missing)).toMatchObject({ expectedVersion: 3, actualVersion: 0, current: null });
  });

  it('deletes with an optional expected version; a missing record is store_not_found', async () => {
    const s = store();
    await s.put('drafts', draft);
    expect(issueCodes(await s.delete('drafts', 'visit-1', { expectedVersion: 2 }))).toEqual(['store_conflict']);
    expect(expectSuccess(await s.delete('drafts', 'visit-1', { expectedVersion: 1 }))).toEqual({ queued: false, collection: 'drafts', id: 'visit-1', version: 1 });
    expect(issueCodes(await s.delete('drafts', 'visit-1'))).toEqual(['store_not_found']);
    expect(expectSuccess(await s.get('drafts', 'visit-1'))).toBeNull();
  });

  it('pages through a collection in id order', async () => {
    const s = store();
    for (const n of [5, 1, 4, 2, 3]) await s.put('notes', { id: `n-${n}` });
    const first = expectSuccess(await s.list('notes', { limit: 2 }));
    expect(first.records.map((r) => r.id)).toEqual(['n-1', 'n-2']);
    expect(first.next).toBe('n-2');
    const second = expectSuccess(await s.list('notes', { limit: 2, after: first.next ?? undefined }));
    expect(second.records.map((r) => r.id)).toEqual(['n-3', 'n-4']);
    const last = expectSuccess(await s.list('notes', { limit: 2, after: second.next ?? undefined }));
    expect(last).toMatchObject({ next: null });
    expect(last.records.map((r) => r.id)).toEqual(['n-5']);
    expect(expectSuccess(await s.list('empty'))).toEqual({ records: [], next: null });
    expect(issueCodes(await s.list('notes', { limit: 0 }))).toEqual(['too_small']);
    expect(issueCodes(await s.list('notes', { limit: 5, cursor: 'x' } as never))).toEqual(['unknown_key']);
  });

  it('queries by predicate or by an equality filter, with a limit', async () => {
    const s = store();
    await s.put('visits', { id: 'a', familyId: 'f1', status: 'draft' });
    await s.put('visits', { id: 'b', familyId: 'f2', status: 'draft' });
    await s.put('visits', { id: 'c', familyId: 'f1', status: 'submitted' });
    const byFilter = expectSuccess(await s.query('visits', { familyId: 'f1' }));
    expect(byFilter.map((r) => r.id)).toEqual(['a', 'c']);
    const byPredicate = expectSuccess(await s.query<{ status: string }>('visits', (value) => value.status === 'draft', { limit: 1 }));
    expect(byPredicate.map((r) => r.id)).toEqual(['a']);
    expect(issueCodes(await s.query('visits', 'status=draft' as never))).toEqual(['store_query_invalid']);
    expect(
      issueCodes(
        await s.query('visits', () => {
          throw new Error('bug in a caller');
        }),
      ),
    ).toEqual(['store_query_invalid']);
  });

  it('hands out copies: neither the caller nor a predicate can change what is stored', async () => {
    const s = store();
    const input = { id: 'x', list: [1, 2], nested: { a: 'b' } };
    await s.put('c', input);
    input.list.push(3);
    const read = expectSuccess(await s.get<typeof input>('c', 'x'));
    if (read === null) throw new Error('missing');
    read.value.nested.a = 'changed';
    await s.query<typeof input>('c', (value) => {
      value.list.length = 0;
      return true;
    });
    expect(expectSuccess(await s.get('c', 'x'))?.value).toEqual({ id: 'x', list: [1, 2], nested: { a: 'b' } });
  });

  it('never mutates a frozen input and accepts frozen options', async () => {
    const s = store();
    const frozen = deepFreeze(structuredClone(draft));
    const written = expectSuccess(await s.put('drafts', frozen, deepFreeze({ expectedVersion: 0 })));
    expect(written.queued === false && Object.isFrozen(written.record.value)).toBe(false);
    expect(frozen).toEqual(draft);
    expect(expectSuccess(createMemoryStore(deepFreeze({ now: () => at(0) }))).transaction).toBeTypeOf('function');
  });

  it('tells subscribers about stored changes in their collection only; a throwing listener is harmless', async () => {
    const s = store();
    const heard: StoreChange[] = [];
    const stop = s.subscribe('drafts', (change) => heard.push(change));
    s.subscribe('drafts', () => {
      throw new Error('listener bug');
    });
    s.subscribe('other', () => heard.push({ kind: 'delete', collection: 'other', id: 'wrong', version: 0 }));
    await s.put('drafts', draft);
    await s.put('drafts', draft, { expectedVersion: 9 });
    await s.delete('drafts', 'visit-1');
    stop();
    stop();
    await s.put('drafts', draft);
    expect(heard.map((c) => [c.kind, c.id])).toEqual([
      ['put', 'visit-1'],
      ['delete', 'visit-1'],
    ]);
    expect(s.subscribe('bad id!', () => undefined)).toBeTypeOf('function');
  });

  it('runs a transaction all-or-nothing', async () => {
    const s = store();
    await s.put('drafts', draft);
    const heard: string[] = [];
    s.subscribe('drafts', (c) => heard.push(`${c.kind}:${c.id}`));
    const committed = await s.transaction(async (tx) => {
      await tx.put('drafts', { id: 'visit-2', notes: 'ny' });
      await tx.delete('drafts', 'visit-1');
      expect(heard).toEqual([]); // nothing is announced before commit
      expect(expectSuccess(await tx.list('drafts')).records.map((r) => r.id)).toEqual(['visit-2']);
      return 'done';
    });
    expect(expectSuccess(committed)).toBe('done');
    expect(heard).toEqual(['put:visit-2', 'delete:visit-1']);
    expect(expectSuccess(await s.list('drafts')).records.map((r) => r.id)).toEqual(['visit-2']);

    const thrown = await s.transaction(async (tx) => {
      await tx.put('drafts', { id: 'visit-3' });
      throw new Error('half way');
    });
    expect(issueCodes(thrown)).toEqual(['store_transaction_failed']);
    const refused = await s.transaction(async (tx) => {
      await tx.put('drafts', { id: 'visit-3' });
      return tx.put('drafts', { id: 'visit-2' }, { expectedVersion: 7 });
    });
    expect(issueCodes(refused)).toEqual(['store_transaction_failed', 'store_conflict']);
    expect(readStoreConflict(refused)?.actualVersion).toBe(1);
    expect(expectSuccess(await s.get('drafts', 'visit-3'))).toBeNull();
    expect(heard).toHaveLength(2);
  });

  it('makes other callers wait for a running transaction, and closes the tx handle afterwards', async () => {
    const s = store();
    let keep: Parameters<Parameters<typeof s.transaction>[0]>[0] | undefined;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const running = s.transaction(async (tx) => {
      keep = tx;
      await tx.put('c', { id: 'a', step: 1 });
      await gate;
      await tx.put('c', { id: 'a', step: 2 }, { expectedVersion: 1 });
    });
    const outside = s.get('c', 'a');
    release();
    await running;
    expect(expectSuccess(await outside)).toMatchObject({ version: 2, value: { step: 2 } });
    expect(issueCodes(await (keep as NonNullable<typeof keep>).put('c', { id: 'b' }))).toEqual(['store_transaction_closed']);
  });

  it('rejects hostile collections, ids and values with well-formed issues, never throwing', async () => {
    const s = store();
    const invalidIds = [...hostileStrings, '../etc', 'a/b', 'x y'].filter((text) => !/^[A-Za-z0-9._:-]{1,128}$/.test(text));
    expect(invalidIds.length).toBeGreaterThan(8);
    for (const bad of invalidIds) {
      expectFailure(await s.put(bad, { id: 'ok' }));
      expectFailure(await s.put('ok', { id: bad }));
      expectFailure(await s.get('ok', bad));
    }
    for (const value of [throwingProxy(), new Date(0), new Map(), [1], 'text', null, { id: 'a', when: new Date(0) }, { id: 'a', n: Number.NaN }, { id: 'a', f: () => 1 }]) {
      expectFailure(await s.put('ok', value));
    }
    const cyclic: Record<string, unknown> = { id: 'a' };
    cyclic.self = cyclic;
    expect(issueCodes(await s.put('ok', cyclic))).toEqual(['store_value_invalid']);
    expect(issueCodes(await s.put('ok', { id: 'a', text: 'x'.repeat(2_000_000) }))).toEqual(['store_value_too_large']);
    const polluting = pollutingObject() as Record<string, unknown>;
    polluting.id = 'p';
    expectSuccess(await s.put('ok', polluting));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(expectSuccess(await s.list('ok')).records).toHaveLength(1);
    // Valid ids that look like prototype keys are ordinary keys here.
    expectSuccess(await s.put('__proto__', { id: 'constructor' }));
    expect(expectSuccess(await s.get('__proto__', 'constructor'))?.version).toBe(1);
    expect(expectSuccess(await s.get('ok', '__proto__'))).toBeNull();
  });

  it('answers well-formed results for any input to any method (property)', async () => {
    const s = store();
    await fc.assert(
      fc.asyncProperty(anyInput, anyInput, anyInput, async (a, b, c) => {
        for (const result of [await s.get(a, b), await s.put(a, b, c as never), await s.put('ok', b, c as never), await s.delete(a, b, c as never), await s.list(a, b as never), await s.query('ok', a as never, b as never)]) {
          if (!result.ok) expectFailure(result);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips any JSON record and rejects corrupted ones cleanly (property)', async () => {
    const s = store();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (json) => {
        const value = JSON.parse(JSON.stringify({ id: 'r', payload: json })) as unknown;
        const written = expectSuccess(await s.put('json', value));
        expect(written.queued === false && written.record.value).toEqual(value);
        expect(expectSuccess(await s.get('json', 'r'))?.value).toEqual(value);
      }),
      { numRuns: 100 },
    );
    await fc.assert(
      fc.asyncProperty(corruptSomewhere(draft), async (corrupted) => {
        const result = await s.put('drafts', corrupted);
        if (!result.ok) expectFailure(result);
        else expect(result.value.queued).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses bad options and a clock that lies, in the requested language', async () => {
    expect(issueCodes(createMemoryStore({ now: 'soon' as never, maxValueChars: -1 }))).toEqual(['store_option_invalid', 'store_option_invalid']);
    expectFailure(createMemoryStore(null as never));
    const broken = expectSuccess(createMemoryStore({ now: () => new Date(Number.NaN), locale: 'en' }));
    const result = await broken.put('c', { id: 'a' });
    expect(issueCodes(result)).toEqual(['invalid_now']);
    const en = store('en');
    await en.put('c', { id: 'a' });
    const conflict = await en.put('c', { id: 'a' }, { expectedVersion: 5 });
    expectFailure(conflict);
    expect(conflict.issues[0]?.message).toContain('Nothing was overwritten');
  });
});
