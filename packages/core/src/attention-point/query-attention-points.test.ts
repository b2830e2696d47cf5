import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENTION_POINT_CATALOGUE, queryAttentionPoints, raiseAttentionPoint, resolveAttentionPoint } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { NOW, raiseInput, register } from './internal/test-fixtures.js';

const catalogue = ATTENTION_POINT_CATALOGUE;
const shipped = { catalogue };
const ids = (result: ReturnType<typeof queryAttentionPoints>) => expectSuccess(result).map((point) => point.id);

// A richer register: the fixture plus a teenager's concern, another family's point and a resolved one.
const withMore = (() => {
  let next = expectSuccess(
    raiseAttentionPoint(register, { ...raiseInput, id: 'ap-teen', subject: { kind: 'member', personId: 'c2' }, code: 'nsc-movement-restrictions', level: 'concern' }, { now: NOW, catalogue }),
  );
  next = expectSuccess(raiseAttentionPoint(next, { ...raiseInput, id: 'ap-other', familyId: 'family-2' }, { now: NOW, catalogue }));
  return expectSuccess(resolveAttentionPoint(next, 'attention-point-2', { now: NOW, byActorId: 'daycare-1' }));
})();

describe('queryAttentionPoints', () => {
  it('answers every point without filters, in register order', () => {
    expect(ids(queryAttentionPoints(withMore, {}, shipped))).toEqual(['attention-point-1', 'attention-point-2', 'attention-point-3', 'ap-teen', 'ap-other']);
  });

  it('filters by member or by the family as a whole', () => {
    expect(ids(queryAttentionPoints(withMore, { personId: 'c1' }, shipped))).toEqual(['attention-point-1', 'attention-point-2', 'ap-other']);
    expect(ids(queryAttentionPoints(withMore, { personId: 'c1', familyId: 'family-1' }, shipped))).toEqual(['attention-point-1', 'attention-point-2']);
    expect(ids(queryAttentionPoints(withMore, { familyOnly: true }, shipped))).toEqual(['attention-point-3']);
    expect(ids(queryAttentionPoints(withMore, { familyOnly: false, personId: 'c2' }, shipped))).toEqual(['ap-teen']);
  });

  it('filters by category, kind, status, level and code, and combines them', () => {
    expect(ids(queryAttentionPoints(withMore, { category: 'negative-social-control' }, shipped))).toEqual(['ap-teen']);
    expect(ids(queryAttentionPoints(withMore, { category: 'child-sign', familyId: 'family-1' }, shipped))).toEqual(['attention-point-1']);
    expect(ids(queryAttentionPoints(withMore, { kind: 'resource' }, shipped))).toEqual(['attention-point-2', 'attention-point-3']);
    expect(ids(queryAttentionPoints(withMore, { kind: 'resource', status: 'resolved' }, shipped))).toEqual(['attention-point-2']);
    expect(ids(queryAttentionPoints(withMore, { status: 'monitoring' }, shipped))).toEqual(['attention-point-3']);
    expect(ids(queryAttentionPoints(withMore, { level: 'concern' }, shipped))).toEqual(['ap-teen']);
    expect(ids(queryAttentionPoints(withMore, { code: 'child-separation-anxiety', familyId: 'family-2' }, shipped))).toEqual(['ap-other']);
    expect(ids(queryAttentionPoints(withMore, { personId: 'c2', kind: 'resource' }, shipped))).toEqual([]);
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

  it('requires a catalogue, with or without a category filter', () => {
    for (const query of [{ category: 'child-sign' }, { kind: 'resource' }]) {
      const result = queryAttentionPoints(withMore, query, { locale: 'en' } as never);
      expectFailure(result);
      expect(result.issues).toEqual([{ code: 'required', path: ['catalogue'], message: 'This field is required.' }]);
    }
    expect(issueCodes(queryAttentionPoints(withMore, { personId: 'x x' }, undefined as never)).sort()).toEqual(['invalid_format', 'required']);
    // Entries are only read for a category, as before: a broken catalogue fails only that query.
    expect(issueCodes(queryAttentionPoints(withMore, { category: 'resource' }, { catalogue: [{ code: 'x' }] }))).not.toEqual([]);
    expect(ids(queryAttentionPoints(withMore, { kind: 'concern' }, { catalogue: [{ code: 'x' }] }))).toEqual(['attention-point-1', 'ap-teen', 'ap-other']);
  });

  it('reports a conflicting query and bad filters', () => {
    expect(issueCodes(queryAttentionPoints(withMore, { personId: 'c1', familyOnly: true }, shipped))).toEqual(['attention_point_query_conflict']);
    const result = queryAttentionPoints(withMore, { status: 'closed', colour: 'red' }, shipped);
    expectFailure(result);
    expect(result.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining([['query', 'status'], ['query', 'colour']]));
  });

  it('never throws on arbitrary or corrupted input', () => {
    fc.assert(
      fc.property(anyInput, corruptSomewhere(withMore), corruptSomewhere({ personId: 'c1', category: 'child-sign', status: 'open' }), (anything, reg, query) => {
        for (const result of [queryAttentionPoints(anything, {}, shipped), queryAttentionPoints(reg, { kind: 'concern' }, shipped), queryAttentionPoints(withMore, query, shipped), queryAttentionPoints(withMore, anything, shipped), queryAttentionPoints(withMore, { category: 'child-sign' }, { catalogue: anything })]) {
          if (!result.ok) expectFailure(result);
        }
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const frozen = deepFreeze(structuredClone(withMore));
    expect(expectSuccess(queryAttentionPoints(frozen, deepFreeze({ category: 'child-sign' }), shipped))).toHaveLength(2);
  });
});
