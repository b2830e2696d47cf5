import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENTION_POINT_CATALOGUE, raiseAttentionPoint, resolveAttentionPoint, summariseAttentionPoints } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess } from '../../../../test/support/expect-result.js';
import { NOW, family, raiseInput, register } from './internal/test-fixtures.js';

const zero = { observation: 0, concern: 0, serious: 0 };

describe('summariseAttentionPoints', () => {
  it('counts resources beside concerns for the family and each member', () => {
    const summary = expectSuccess(summariseAttentionPoints(register));
    expect(summary.rows).toEqual([
      { subject: { kind: 'family' }, resources: 1, concerns: 0, concernsByLevel: zero, monitoring: 1, resolved: 0 },
      { subject: { kind: 'member', personId: 'c1' }, resources: 1, concerns: 1, concernsByLevel: { ...zero, observation: 1 }, monitoring: 0, resolved: 0 },
    ]);
    expect(summary.total).toEqual({ resources: 2, concerns: 1, concernsByLevel: { ...zero, observation: 1 }, monitoring: 1, resolved: 0 });
    expect(Object.keys(summary.rows[0] ?? {}).indexOf('resources')).toBeLessThan(Object.keys(summary.rows[0] ?? {}).indexOf('concerns'));
  });

  it('lists every member of a given family, keeps only its points and counts resolved ones apart', () => {
    let next = expectSuccess(raiseAttentionPoint(register, { ...raiseInput, id: 'ap-other', familyId: 'family-2' }, { now: NOW, catalogue: ATTENTION_POINT_CATALOGUE }));
    next = expectSuccess(raiseAttentionPoint(next, { ...raiseInput, id: 'ap-serious', level: 'serious', code: 'child-nightmares' }, { now: NOW, catalogue: ATTENTION_POINT_CATALOGUE }));
    next = expectSuccess(resolveAttentionPoint(next, 'attention-point-1', { now: NOW, byActorId: 'daycare-1' }));
    const summary = expectSuccess(summariseAttentionPoints(next, { family }));
    expect(summary.rows.map((row) => row.subject)).toEqual([
      { kind: 'family' },
      { kind: 'member', personId: 'p1' },
      { kind: 'member', personId: 'c1' },
      { kind: 'member', personId: 'c2' },
    ]);
    expect(summary.rows[2]).toEqual({
      subject: { kind: 'member', personId: 'c1' },
      resources: 1,
      concerns: 1,
      concernsByLevel: { ...zero, serious: 1 },
      monitoring: 0,
      resolved: 1,
    });
    expect(summary.rows[1]).toMatchObject({ resources: 0, concerns: 0, resolved: 0 });
    expect(summary.total).toMatchObject({ resources: 2, concerns: 1, resolved: 1 });
  });

  it('summarises an empty register with a family row only', () => {
    expect(expectSuccess(summariseAttentionPoints({ points: [] })).rows).toEqual([
      { subject: { kind: 'family' }, resources: 0, concerns: 0, concernsByLevel: zero, monitoring: 0, resolved: 0 },
    ]);
  });

  it('reports an invalid register or family with their paths', () => {
    const result = summariseAttentionPoints({ points: 'x' }, { family: { id: 'f' } });
    expectFailure(result);
    const roots = new Set(result.issues.map((issue) => issue.path[0]));
    expect([...roots].sort()).toEqual(['family', 'register']);
  });

  it('never throws on arbitrary or corrupted input', () => {
    fc.assert(
      fc.property(anyInput, corruptSomewhere(register), corruptSomewhere(family), (anything, reg, fam) => {
        for (const result of [summariseAttentionPoints(anything), summariseAttentionPoints(reg), summariseAttentionPoints(register, { family: fam })]) {
          if (!result.ok) expectFailure(result);
        }
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const frozen = deepFreeze(structuredClone(register));
    expectSuccess(summariseAttentionPoints(frozen, { family: deepFreeze(structuredClone(family)) }));
  });
});
