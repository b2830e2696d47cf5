import { describe, expect, it } from 'vitest';
import { createMemoryQueueStorage } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';

const change = (n: number) => ({ changeId: `k-${n}`, kind: 'put' as const, collection: 'drafts', id: 'v1', value: { id: 'v1', n }, queuedAt: '2026-03-01T09:00:00.000Z' });

describe('createMemoryQueueStorage', () => {
  it('keeps changes in order, removes by change id and hands out copies', () => {
    const queue = createMemoryQueueStorage();
    const first = deepFreeze(change(1));
    queue.append(first);
    queue.append(change(2));
    queue.append(change(3));
    queue.remove('k-2');
    queue.remove('unknown');
    const all = queue.all();
    expect(all.map((c) => c.changeId)).toEqual(['k-1', 'k-3']);
    (all[0] as { id: string }).id = 'changed';
    expect(queue.all()[0]?.id).toBe('v1');
    expect(first).toEqual(change(1));
  });
});
