import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttentionPoint, AttentionRegister, parseInput } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { register } from './internal/test-fixtures.js';

const point = register.points[0];

describe('AttentionRegister and AttentionPoint', () => {
  it('round-trip a valid register unchanged', () => {
    expect(expectSuccess(parseInput(AttentionRegister, register))).toEqual(register);
  });

  it('require a level that fits the kind and a resolution exactly when resolved', () => {
    expect(issueCodes(parseInput(AttentionPoint, { ...point, level: 'resource' }))).toEqual(['attention_point_level_mismatch']);
    expect(issueCodes(parseInput(AttentionPoint, { ...point, status: 'resolved' }))).toEqual(['attention_point_resolution_mismatch']);
    const resolution = { at: '2026-03-02T10:00:00Z', byActorId: 'daycare-1' };
    expect(issueCodes(parseInput(AttentionPoint, { ...point, resolution }))).toEqual(['attention_point_resolution_mismatch']);
    expectSuccess(parseInput(AttentionPoint, { ...point, status: 'resolved', resolution }));
  });

  it('reject duplicate point ids and an empty history', () => {
    const result = parseInput(AttentionRegister, { points: [point, point] });
    expectFailure(result);
    expect(result.issues[0]).toMatchObject({ code: 'duplicate_id', path: ['points', 1, 'id'] });
    expect(issueCodes(parseInput(AttentionPoint, { ...point, history: [] }))).toEqual(['too_few']);
  });

  it('never throw on arbitrary or corrupted registers', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(register)), (input) => {
        const result = parseInput(AttentionRegister, input);
        if (!result.ok) expectFailure(result);
      }),
    );
  });
});
