import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENTION_POINT_CATALOGUE, AttentionRegister, parseInput, resolveAttentionPoint, updateAttentionPoint } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { register } from './internal/test-fixtures.js';

const LATER = '2026-03-05T09:00:00Z';
const catalogue = ATTENTION_POINT_CATALOGUE;
const by = { now: LATER, byActorId: 'school-2', catalogue };

describe('updateAttentionPoint', () => {
  it('changes fields and appends an updated step naming them', () => {
    const next = expectSuccess(updateAttentionPoint(register, 'attention-point-1', { level: 'concern', status: 'monitoring' }, by));
    const point = next.points[0];
    expect(point).toMatchObject({ level: 'concern', status: 'monitoring', note: 'Græder længe ved aflevering.' });
    expect(point?.history).toEqual([
      { at: '2026-03-01T09:00:00.000Z', byActorId: 'daycare-1', change: 'raised' },
      { at: '2026-03-05T09:00:00.000Z', byActorId: 'school-2', change: 'updated', fields: ['level', 'status'] },
    ]);
    expect(next.points.slice(1)).toEqual(register.points.slice(1));
  });

  it('removes a note with an empty string and keeps no old value in history', () => {
    const point = expectSuccess(updateAttentionPoint(register, 'attention-point-1', { note: '' }, by)).points[0];
    expect(point?.note).toBeUndefined();
    expect(JSON.stringify(point?.history)).not.toContain('Græder');
  });

  it('reports no changes, unknown ids, a level that does not fit and a lowered sensitivity', () => {
    expect(issueCodes(updateAttentionPoint(register, 'attention-point-1', { level: 'observation' }, by))).toEqual(['attention_point_no_changes']);
    expect(issueCodes(updateAttentionPoint(register, 'attention-point-1', {}, by))).toEqual(['attention_point_no_changes']);
    expect(issueCodes(updateAttentionPoint(register, 'nope', { level: 'serious' }, by))).toEqual(['attention_point_not_found']);
    expect(issueCodes(updateAttentionPoint(register, 'attention-point-2', { level: 'serious' }, by))).toEqual(['attention_point_level_mismatch']);
    expect(issueCodes(updateAttentionPoint(register, 'attention-point-1', { level: 'resource' }, by))).toEqual(['attention_point_level_mismatch']);
    expect(issueCodes(updateAttentionPoint(register, 'attention-point-1', { sensitivity: 'social' }, by))).toEqual(['attention_point_sensitivity_lowered']);
    expect(expectSuccess(updateAttentionPoint(register, 'attention-point-2', { sensitivity: 'health' }, by)).points[1]?.sensitivity).toBe('health');
  });

  it('does not let an update resolve; that is resolveAttentionPoint\u2019s job', () => {
    const result = updateAttentionPoint(register, 'attention-point-1', { status: 'resolved' }, by);
    expectFailure(result);
    expect(result.issues[0]).toMatchObject({ code: 'invalid_option', path: ['changes', 'status'] });
  });

  it('reopens a resolved point, drops the resolution and keeps its note in history', () => {
    const resolved = expectSuccess(resolveAttentionPoint(register, 'attention-point-1', { now: LATER, byActorId: 'daycare-1', note: 'Trygge afleveringer nu' }));
    const edited = expectSuccess(updateAttentionPoint(resolved, 'attention-point-1', { note: 'Ny note' }, by)).points[0];
    expect(edited).toMatchObject({ status: 'resolved', note: 'Ny note', resolution: { note: 'Trygge afleveringer nu' } });
    const reopened = expectSuccess(updateAttentionPoint(resolved, 'attention-point-1', { status: 'open' }, { now: '2026-04-01T08:00:00Z', byActorId: 'daycare-1', catalogue })).points[0];
    expect(reopened?.status).toBe('open');
    expect(reopened?.resolution).toBeUndefined();
    expect(reopened?.history.map((step) => step.change)).toEqual(['raised', 'resolved', 'reopened']);
    expect(reopened?.history[1]?.note).toBe('Trygge afleveringer nu');
  });

  it('requires a catalogue on every call, not only when the sensitivity changes', () => {
    const result = updateAttentionPoint(register, 'attention-point-1', { level: 'serious' }, { now: LATER, byActorId: 'school-2', locale: 'en' } as never);
    expectFailure(result);
    expect(result.issues).toEqual([{ code: 'required', path: ['catalogue'], message: 'This field is required.' }]);
    expect(issueCodes(updateAttentionPoint(register, 'attention-point-1', { level: 'loud' }, { now: LATER, byActorId: 'school-2' } as never))).toEqual(['invalid_option', 'required']);
    // A given catalogue's floor is the one that counts.
    const lower = ATTENTION_POINT_CATALOGUE.map((entry) => (entry.code === 'child-separation-anxiety' ? { ...entry, sensitivity: 'social' } : entry));
    expect(expectSuccess(updateAttentionPoint(register, 'attention-point-1', { sensitivity: 'social' }, { ...by, catalogue: lower })).points[0]?.sensitivity).toBe('social');
  });

  it('reports a bad actor, now and changes together', () => {
    const result = updateAttentionPoint(register, 'attention-point-1', { level: 'loud' }, { now: 'x', byActorId: '', catalogue });
    expectFailure(result);
    expect(issueCodes(result).sort()).toEqual(['invalid_format', 'invalid_now', 'invalid_option', 'too_short']);
  });

  it('never throws on arbitrary or corrupted input', () => {
    fc.assert(
      fc.property(anyInput, corruptSomewhere(register), corruptSomewhere({ level: 'serious', note: 'x' }), (anything, reg, changes) => {
        for (const result of [
          updateAttentionPoint(reg, 'attention-point-1', { level: 'serious' }, by),
          updateAttentionPoint(register, anything, { level: 'serious' }, by),
          updateAttentionPoint(register, 'attention-point-1', changes, by),
          updateAttentionPoint(register, 'attention-point-1', anything, by),
          updateAttentionPoint(register, 'attention-point-1', { level: 'serious' }, { now: LATER, byActorId: anything as string, catalogue }),
        ]) {
          if (!result.ok) expectFailure(result);
          else expectSuccess(parseInput(AttentionRegister, result.value));
        }
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const frozen = deepFreeze(structuredClone(register));
    const next = expectSuccess(updateAttentionPoint(frozen, 'attention-point-1', deepFreeze({ level: 'serious' }), by));
    expect(frozen.points[0]?.level).toBe('observation');
    expect(frozen.points[0]?.history).toHaveLength(1);
    expect(next.points[0]?.level).toBe('serious');
  });
});
