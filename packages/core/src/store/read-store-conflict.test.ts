import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStore, readStoreConflict } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectSuccess } from '../../../../test/support/expect-result.js';
import { anyInput, throwingProxy } from '../../../../test/support/hostile.js';

describe('readStoreConflict', () => {
  it('finds the conflict and a copy of the current record in a refused write', async () => {
    const store = expectSuccess(createMemoryStore({ now: () => new Date('2026-03-01T09:00:00Z') }));
    await store.put('drafts', { id: 'v1', notes: 'a' });
    const refused = deepFreeze(await store.put('drafts', { id: 'v1', notes: 'b' }, { expectedVersion: 0 }));
    const conflict = readStoreConflict(refused);
    expect(conflict).toEqual({
      collection: 'drafts',
      id: 'v1',
      expectedVersion: 0,
      actualVersion: 1,
      current: { id: 'v1', collection: 'drafts', version: 1, value: { id: 'v1', notes: 'a' }, updatedAt: '2026-03-01T09:00:00.000Z' },
    });
    expect(Object.isFrozen(conflict?.current)).toBe(false);
  });

  it('answers undefined for successes, other failures and anything hostile (property)', () => {
    expect(readStoreConflict({ ok: true, value: 1 })).toBeUndefined();
    expect(readStoreConflict({ ok: false, issues: [{ code: 'store_not_found', path: [], message: 'x' }] })).toBeUndefined();
    expect(readStoreConflict(throwingProxy())).toBeUndefined();
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(readStoreConflict(input)).toBeUndefined();
      }),
    );
  });
});
