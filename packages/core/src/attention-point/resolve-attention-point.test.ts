import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttentionRegister, parseInput, resolveAttentionPoint } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { register } from './internal/test-fixtures.js';

const options = { now: '2026-04-01T12:00:00+02:00', byActorId: 'daycare-1', note: 'Sover igen og afleveringer går fint' };

describe('resolveAttentionPoint', () => {
  it('closes a point with a resolution and a resolved step', () => {
    const point = expectSuccess(resolveAttentionPoint(register, 'attention-point-1', options)).points[0];
    expect(point?.status).toBe('resolved');
    expect(point?.resolution).toEqual({ at: '2026-04-01T10:00:00.000Z', byActorId: 'daycare-1', note: options.note });
    expect(point?.history.at(-1)).toEqual({ at: '2026-04-01T10:00:00.000Z', byActorId: 'daycare-1', change: 'resolved', fields: ['status'], note: options.note });
  });

  it('works without a note and for a point being monitored', () => {
    const point = expectSuccess(resolveAttentionPoint(register, 'attention-point-3', { now: options.now, byActorId: 'housing-1' })).points[2];
    expect(point?.resolution).toEqual({ at: '2026-04-01T10:00:00.000Z', byActorId: 'housing-1' });
  });

  it('reports an already resolved point, an unknown id and a bad note', () => {
    const resolved = expectSuccess(resolveAttentionPoint(register, 'attention-point-1', options));
    expect(issueCodes(resolveAttentionPoint(resolved, 'attention-point-1', options))).toEqual(['attention_point_already_resolved']);
    expect(issueCodes(resolveAttentionPoint(register, 'attention-point-9', options))).toEqual(['attention_point_not_found']);
    const badNote = resolveAttentionPoint(register, 'attention-point-1', { ...options, note: 42 as unknown as string });
    expectFailure(badNote);
    expect(badNote.issues[0]).toMatchObject({ code: 'invalid_type', path: ['note'] });
  });

  it('never throws on arbitrary or corrupted input', () => {
    fc.assert(
      fc.property(anyInput, corruptSomewhere(register), (anything, reg) => {
        for (const result of [
          resolveAttentionPoint(reg, 'attention-point-2', options),
          resolveAttentionPoint(register, anything, options),
          resolveAttentionPoint(register, 'attention-point-2', { ...options, note: anything as string }),
          resolveAttentionPoint(register, 'attention-point-2', { ...options, now: anything as string }),
        ]) {
          if (!result.ok) expectFailure(result);
          else expectSuccess(parseInput(AttentionRegister, result.value));
        }
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const frozen = deepFreeze(structuredClone(register));
    expectSuccess(resolveAttentionPoint(frozen, 'attention-point-1', deepFreeze({ ...options })));
    expect(frozen.points[0]?.status).toBe('open');
  });
});
