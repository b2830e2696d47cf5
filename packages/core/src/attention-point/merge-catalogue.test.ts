import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENTION_POINT_CATALOGUE, catalogueFor, mergeCatalogue } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const addition = {
  code: 'kommune-homework-cafe',
  kind: 'resource',
  category: 'resource',
  ageBands: ['6-12', '13-17'],
  label: { da: 'Går i lektiecafé', en: 'Attends a homework café' },
  sensitivity: 'general',
  source: { source: 'samspil', section: 'Local plugin' },
};

describe('mergeCatalogue', () => {
  it('appends a plugin entry to the shipped catalogue', () => {
    const merged = expectSuccess(mergeCatalogue(ATTENTION_POINT_CATALOGUE, [addition]));
    expect(merged).toHaveLength(ATTENTION_POINT_CATALOGUE.length + 1);
    expect(merged.at(-1)?.code).toBe('kommune-homework-cafe');
    const forChild = expectSuccess(catalogueFor({ ageBand: '6-12', kind: 'resource' }, { catalogue: merged }));
    expect(forChild.map((entry) => entry.code)).toContain('kommune-homework-cafe');
  });

  it('answers a catalogue frozen all the way down, and leaves the caller\'s entries unfrozen', () => {
    const own = structuredClone(addition);
    const merged = expectSuccess(mergeCatalogue(ATTENTION_POINT_CATALOGUE, [own]));
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (value === null || typeof value !== 'object') return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
    };
    walk(merged, 'merged');
    expect(unfrozen).toEqual([]);
    expect(Object.isFrozen(own) || Object.isFrozen(own.label)).toBe(false);
  });

  it('reports a duplicate code unless replace is set', () => {
    const duplicate = { ...addition, code: 'resilience', label: { da: 'Lokal modstandskraft', en: 'Local resilience' } };
    const result = mergeCatalogue(ATTENTION_POINT_CATALOGUE, [addition, duplicate]);
    expectFailure(result);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'attention_point_catalogue_duplicate_code', path: ['additions', 1, 'code'] },
    ]);
    const replaced = expectSuccess(mergeCatalogue(ATTENTION_POINT_CATALOGUE, [duplicate], { replace: true }));
    expect(replaced).toHaveLength(ATTENTION_POINT_CATALOGUE.length);
    const index = ATTENTION_POINT_CATALOGUE.findIndex((entry) => entry.code === 'resilience');
    expect(replaced[index]?.label.en).toBe('Local resilience');
  });

  it('reports duplicates within the additions and invalid entries with their path', () => {
    expect(issueCodes(mergeCatalogue(ATTENTION_POINT_CATALOGUE, [addition, addition], { replace: true }))).toEqual(['attention_point_catalogue_duplicate_code']);
    const result = mergeCatalogue(ATTENTION_POINT_CATALOGUE, [{ ...addition, kind: 'concern' }]);
    expectFailure(result);
    expect(result.issues[0]).toMatchObject({ code: 'attention_point_catalogue_kind_mismatch', path: ['additions', 0, 'kind'] });
  });

  it('requires a base: the shipped catalogue is passed, never assumed', () => {
    const result = mergeCatalogue(undefined, [addition], { locale: 'en' });
    expectFailure(result);
    expect(result.issues).toEqual([{ code: 'required', path: ['base'], message: 'This field is required.' }]);
    // Both inputs are checked, so a caller sees every problem at once.
    expect(issueCodes(mergeCatalogue(undefined, [{ ...addition, kind: 'concern' }]))).toEqual(['required', 'attention_point_catalogue_kind_mismatch']);
  });

  it('merges onto a given base', () => {
    const base = [ATTENTION_POINT_CATALOGUE[0]];
    expect(expectSuccess(mergeCatalogue(base, [addition])).map((entry) => entry.code)).toEqual([ATTENTION_POINT_CATALOGUE[0]?.code, addition.code]);
    expect(issueCodes(mergeCatalogue([], [addition]))).toEqual(['too_few']);
  });

  it('never throws on arbitrary or corrupted additions', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere([addition])), (additions) => {
        const result = mergeCatalogue(ATTENTION_POINT_CATALOGUE, additions);
        if (!result.ok) expectFailure(result);
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const base = deepFreeze(structuredClone([...ATTENTION_POINT_CATALOGUE]));
    const additions = deepFreeze([structuredClone(addition)]);
    expectSuccess(mergeCatalogue(base, additions));
    expectSuccess(mergeCatalogue(base, deepFreeze([{ ...addition, code: 'resilience' }]), { replace: true }));
  });
});
