import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENTION_POINT_CATALOGUE, AttentionRegister, parseInput, raiseAttentionPoint } from '@samspil/core';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { NOW, family, raiseInput, register } from './internal/test-fixtures.js';

const catalogue = ATTENTION_POINT_CATALOGUE;

describe('raiseAttentionPoint', () => {
  it('adds a concern with defaults taken from the catalogue and a raised history step', () => {
    const result = expectSuccess(raiseAttentionPoint({ points: [] }, raiseInput, { now: NOW, catalogue }));
    expect(result.points).toEqual([
      {
        id: 'attention-point-1',
        familyId: 'family-1',
        subject: { kind: 'member', personId: 'c1' },
        code: 'child-separation-anxiety',
        kind: 'concern',
        observerActorId: 'daycare-1',
        observedOn: '2026-02-27',
        level: 'observation',
        sensitivity: 'health',
        status: 'open',
        history: [{ at: '2026-03-01T09:00:00.000Z', byActorId: 'daycare-1', change: 'raised' }],
      },
    ]);
    expectSuccess(parseInput(AttentionRegister, result));
  });

  it('gives a resource the level "resource" and rejects a concern level for it', () => {
    const input = { ...raiseInput, subject: { kind: 'family' }, code: 'family-cohesion' };
    const point = expectSuccess(raiseAttentionPoint({ points: [] }, input, { now: NOW, catalogue })).points[0];
    expect(point).toMatchObject({ kind: 'resource', level: 'resource', sensitivity: 'social' });
    expect(issueCodes(raiseAttentionPoint({ points: [] }, { ...input, level: 'serious' }, { now: NOW, catalogue }))).toEqual(['attention_point_level_mismatch']);
    expect(issueCodes(raiseAttentionPoint({ points: [] }, { ...raiseInput, level: 'resource' }, { now: NOW, catalogue }))).toEqual(['attention_point_level_mismatch']);
  });

  it('keeps the given id, level, status, note and a raised sensitivity', () => {
    const input = { ...raiseInput, id: 'ap-7', level: 'serious', status: 'monitoring', note: 'Aftalt opfølgning', sensitivity: 'health' };
    expect(expectSuccess(raiseAttentionPoint(register, input, { now: NOW, catalogue })).points.at(-1)).toMatchObject({
      id: 'ap-7',
      level: 'serious',
      status: 'monitoring',
      note: 'Aftalt opfølgning',
    });
    const private_ = { ...raiseInput, code: 'nsc-movement-restrictions', subject: { kind: 'member', personId: 'c2' }, sensitivity: 'social' };
    expect(expectSuccess(raiseAttentionPoint(register, private_, { now: NOW, catalogue })).points.at(-1)?.sensitivity).toBe('social');
  });

  it('never lets a record be less sensitive than its catalogue entry', () => {
    const result = raiseAttentionPoint(register, { ...raiseInput, sensitivity: 'general' }, { now: NOW, catalogue, locale: 'en' });
    expectFailure(result);
    expect(result.issues[0]).toMatchObject({ code: 'attention_point_sensitivity_lowered', path: ['sensitivity'], params: { minimum: 'health' } });
  });

  it('generates an id that is not taken and rejects a duplicate id', () => {
    const next = expectSuccess(raiseAttentionPoint(register, raiseInput, { now: NOW, catalogue }));
    expect(next.points.at(-1)?.id).toBe('attention-point-4');
    expect(issueCodes(raiseAttentionPoint(register, { ...raiseInput, id: 'attention-point-2' }, { now: NOW, catalogue }))).toEqual(['duplicate_id']);
  });

  it('reports an unknown code, a future observation date and a missing now', () => {
    expect(issueCodes(raiseAttentionPoint(register, { ...raiseInput, code: 'made-up' }, { now: NOW, catalogue }))).toEqual(['attention_point_unknown_code']);
    expect(issueCodes(raiseAttentionPoint(register, { ...raiseInput, observedOn: '2026-03-02' }, { now: NOW, catalogue }))).toEqual([]);
    expect(issueCodes(raiseAttentionPoint(register, { ...raiseInput, observedOn: '2026-03-03' }, { now: NOW, catalogue }))).toEqual(['attention_point_observed_in_future']);
    expect(issueCodes(raiseAttentionPoint(register, raiseInput, { now: 'someday', catalogue }))).toEqual(['invalid_now']);
  });

  describe('with a family', () => {
    it('accepts an entry for the member\u2019s age band, age 5 included', () => {
      const result = raiseAttentionPoint(register, raiseInput, { now: NOW, catalogue, family });
      expect(expectSuccess(result).points).toHaveLength(4);
      const concentration = { ...raiseInput, code: 'child-concentration-difficulties' };
      expectSuccess(raiseAttentionPoint(register, concentration, { now: NOW, catalogue, family }));
    });

    it('reports an entry outside the member\u2019s age band', () => {
      const input = { ...raiseInput, code: 'teen-low-self-worth' };
      const result = raiseAttentionPoint(register, input, { now: NOW, catalogue, family, locale: 'en' });
      expectFailure(result);
      expect(result.issues[0]).toMatchObject({ code: 'attention_point_age_band_mismatch', path: ['code'], params: { code: 'teen-low-self-worth', ageBand: '5' } });
      expect(result.issues[0]?.message).toBe('The attention point "teen-low-self-worth" does not apply to the age band 5.');
      const adult = { ...raiseInput, subject: { kind: 'member', personId: 'p1' } };
      expect(issueCodes(raiseAttentionPoint(register, adult, { now: NOW, catalogue, family }))).toEqual(['attention_point_age_band_mismatch']);
    });

    it('reports an unknown member and another family', () => {
      const stranger = { ...raiseInput, subject: { kind: 'member', personId: 'x9' } };
      expect(issueCodes(raiseAttentionPoint(register, stranger, { now: NOW, catalogue, family }))).toEqual(['unknown_reference']);
      const other = { ...raiseInput, familyId: 'family-2' };
      expect(issueCodes(raiseAttentionPoint(register, other, { now: NOW, catalogue, family }))).toEqual(['attention_point_family_mismatch']);
    });

    it('does not check age for family-level points and reports an invalid family under "family"', () => {
      const familyPoint = { ...raiseInput, subject: { kind: 'family' }, code: 'poor-finances' };
      expectSuccess(raiseAttentionPoint(register, familyPoint, { now: NOW, catalogue, family }));
      const result = raiseAttentionPoint(register, raiseInput, { now: NOW, catalogue, family: { id: 'family-1' } });
      expectFailure(result);
      expect(result.issues.every((issue) => issue.path[0] === 'family')).toBe(true);
    });
  });

  it('requires a catalogue and reports it with the other problems', () => {
    const result = raiseAttentionPoint(register, raiseInput, { now: NOW, locale: 'en' } as never);
    expectFailure(result);
    expect(result.issues).toEqual([{ code: 'required', path: ['catalogue'], message: 'This field is required.' }]);
    expect(issueCodes(raiseAttentionPoint(register, { ...raiseInput, observedOn: 'soon' }, { now: NOW } as never))).toEqual(['invalid_date', 'required']);
    expect(issueCodes(raiseAttentionPoint(register, raiseInput, undefined as never)).sort()).toEqual(['invalid_now', 'required']);
  });

  it('checks the code against the catalogue it is given', () => {
    const local = [{ ...ATTENTION_POINT_CATALOGUE[0], code: 'local-strength' }];
    const input = { ...raiseInput, subject: { kind: 'family' }, code: 'local-strength' };
    expect(expectSuccess(raiseAttentionPoint(register, input, { now: NOW, catalogue: local })).points.at(-1)?.code).toBe('local-strength');
    expect(issueCodes(raiseAttentionPoint(register, input, { now: NOW, catalogue }))).toEqual(['attention_point_unknown_code']);
    const broken = raiseAttentionPoint(register, input, { now: NOW, catalogue: [{ code: 'local-strength' }] });
    expectFailure(broken);
    expect(broken.issues.every((issue) => issue.path[0] === 'catalogue')).toBe(true);
  });

  it('reports register problems under "register" and several problems at once', () => {
    const result = raiseAttentionPoint({ points: [{}] }, { ...raiseInput, observedOn: 'soon' }, { now: NOW, catalogue });
    expectFailure(result);
    expect(result.issues.some((issue) => issue.path[0] === 'register')).toBe(true);
    expect(issueCodes(result)).toContain('invalid_date');
  });

  it('never throws on arbitrary or corrupted input', () => {
    fc.assert(
      fc.property(anyInput, corruptSomewhere(raiseInput), corruptSomewhere(register), (anything, input, reg) => {
        for (const result of [
          raiseAttentionPoint(anything, raiseInput, { now: NOW, catalogue }),
          raiseAttentionPoint(register, anything, { now: NOW, catalogue }),
          raiseAttentionPoint(register, input, { now: NOW, catalogue, family }),
          raiseAttentionPoint(reg, raiseInput, { now: anything as string, catalogue }),
          raiseAttentionPoint(register, raiseInput, { now: NOW, catalogue, family: anything }),
        ]) {
          if (!result.ok) expectFailure(result);
          else expectSuccess(parseInput(AttentionRegister, result.value));
        }
      }),
    );
    expect(issueCodes(raiseAttentionPoint(throwingProxy(), throwingProxy(), { now: throwingProxy() as string, catalogue: throwingProxy() }))).toContain('unreadable_input');
  });

  it('does not mutate the register, the input or the family', () => {
    const frozen = deepFreeze(structuredClone(register));
    const next = expectSuccess(raiseAttentionPoint(frozen, deepFreeze({ ...raiseInput }), { now: NOW, catalogue, family: deepFreeze(structuredClone(family)) }));
    expect(frozen.points).toHaveLength(3);
    expect(next.points).toHaveLength(4);
  });
});
