import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../../../test/support/deep-freeze.js';
import { repeatedIds } from './repeated-ids.js';

describe('repeatedIds', () => {
  it('reports every later appearance, never the first', () => {
    expect(repeatedIds(['a', 'b', 'a', 'c', 'a', 'b'])).toEqual([
      { index: 2, id: 'a' },
      { index: 4, id: 'a' },
      { index: 5, id: 'b' },
    ]);
    expect(repeatedIds([])).toEqual([]);
  });

  it('finds nothing in a list of distinct ids, and never mutates the list', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string()), (ids) => {
        expect(repeatedIds(deepFreeze(ids))).toEqual([]);
      }),
    );
  });

  it('reports exactly length minus distinct', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd')), (ids) => {
        expect(repeatedIds(ids)).toHaveLength(ids.length - new Set(ids).size);
      }),
    );
  });
});
