import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryAttentionPoints, raiseAttentionPoint, resolveAttentionPoint } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { NOW, raiseInput, register } from './internal/test-fixtures.js';

const ids = (result: ReturnType<typeof queryAttentionPoints>) => expectSuccess(result).map((point) => point.id);

// A richer register: the fixture plus a teenager's concern, another family's point and a resolved one.
const withMore = (() => {
  let next = expectSuccess(
    raiseAttentionPoint(register, { ...raiseInput, id: 'ap-teen', subject: { kind: 'member', personId: 'c2' }, code: 'nsc-movement-restrictions', level: 'concern' }, { now: NOW }),
  );
  next = expectSuccess(raiseAttentionPoint(next, { ...raiseInput, id: 'ap-other', familyId: 'family-2' }, { now: NOW }));
  return expectSuccess(resolveAttentionPoint(next, 'attention-point-2', { now: NOW, byActorId: 'daycare-1' }));
})();

describe('queryAttentionPoints', () => {
  it('answers every point without filters, in register order', () => {
    expect(ids(queryAttentionPoints(withMore))).toEqual(['attention-point-1', 'attention-point-2', 'attention-point-3', 'ap-teen', 'ap-other']);
  });

  it('filters by member or by the family as a whole', () => {
    expect(ids(queryAttentionPoints(withMore, { personId: 'c1' }))).toEqual(['attention-point-1', 'attention-point-2', 'ap-other']);
    expect(ids(queryAttentionPoints(withMore, { personId: 'c1', familyId: 'family-1' }))).toEqual(['attention-point-1', 'attention-point-2']);
    expect(ids(queryAttentionPoints(withMore, { familyOnly: true }))).toEqual(['attention-point-3']);
    expect(ids(queryAttentionPoints(withMore, { familyOnly: false, personId: 'c2' }))).toEqual(['ap-teen']);
  });

  it('filters by category, kind, status, level and code, and combines them', () => {
    expect(ids(queryAttentionPoints(withMore, { category: 'negative-social-control' }))).toEqual(['ap-teen']);
    expect(ids(queryAttentionPoints(withMore, { category: 'child-sign', familyId: 'family-1' }))).toEqual(['attention-point-1']);
    expect(ids(queryAttentionPoints(withMore, { kind: 'resource' }))).toEqual(['attention-point-2', 'attention-point-3']);
    expect(ids(queryAttentionPoints(withMore, { kind: 'resource', status: 'resolved' }))).toEqual(['attention-point-2']);
    expect(ids(queryAttentionPoints(withMore, { status: 'monitoring' }))).toEqual(['attention-point-3']);
    expect(ids(queryAttentionPoints(withMore, { level: 'concern' }))).toEqual(['ap-teen']);
    expect(ids(queryAttentionPoints(withMore, { code: 'child-separation-anxiety', familyId: 'family-2' }))).toEqual(['ap-other']);
    expect(ids(queryAttentionPoints(withMore, { personId: 'c2', kind: 'resource' }))).toEqual([]);
  });

  it('uses a given catalogue for categories; unknown codes match no category', () => {
    const custom = [
      {
        code: 'child-separation-anxiety',
        kind: 'concern',
        category: 'school-daycare-sign',
        ageBands: ['0-4'],
        label: { da: 'Svær aflevering', en: 'Hard drop-off' },
        sensitivity: 'health',
        source: { source: 'samspil', section: 'test' },
      },
    ];
    expect(ids(queryAttentionPoints(withMore, { category: 'school-daycare-sign' }, { catalogue: custom }))).toEqual(['attention-point-1', 'ap-other']);
    expect(ids(queryAttentionPoints(withMore, { category: 'resource' }, { catalogue: custom }))).toEqual([]);
  });

  it('reports a conflicting query and bad filters', () => {
    expect(issueCodes(queryAttentionPoints(withMore, { personId: 'c1', familyOnly: true }))).toEqual(['attention_point_query_conflict']);
    const result = queryAttentionPoints(withMore, { status: 'closed', colour: 'red' });
    expectFailure(result);
    expect(result.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining([['query', 'status'], ['query', 'colour']]));
  });

  it('never throws on arbitrary or corrupted input', () => {
    fc.assert(
      fc.property(anyInput, corruptSomewhere(withMore), corruptSomewhere({ personId: 'c1', category: 'child-sign', status: 'open' }), (anything, reg, query) => {
        for (const result of [queryAttentionPoints(anything), queryAttentionPoints(reg, { kind: 'concern' }), queryAttentionPoints(withMore, query), queryAttentionPoints(withMore, anything)]) {
          if (!result.ok) expectFailure(result);
        }
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const frozen = deepFreeze(structuredClone(withMore));
    expect(expectSuccess(queryAttentionPoints(frozen, deepFreeze({ category: 'child-sign' })))).toHaveLength(2);
  });
});
