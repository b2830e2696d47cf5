import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENTION_POINT_CATALOGUE, findCatalogueEntry } from '@samspil/core';
import { anyInput } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const shipped = { catalogue: ATTENTION_POINT_CATALOGUE };

describe('findCatalogueEntry', () => {
  it('finds an entry by code', () => {
    const entry = expectSuccess(findCatalogueEntry('family-cohesion', shipped));
    expect(entry.label.en).toBe('The family sticks together and supports each other');
    expect(entry.kind).toBe('resource');
  });

  it('reports an unknown code in the requested language', () => {
    const result = findCatalogueEntry('no-such-thing', { ...shipped, locale: 'en' });
    expectFailure(result);
    expect(result.issues[0]).toMatchObject({ code: 'attention_point_unknown_code', path: ['code'], params: { code: 'no-such-thing' } });
    expect(result.issues[0]?.message).toBe('The attention point "no-such-thing" is not in the catalogue.');
  });

  it('requires a catalogue and says so in the requested language', () => {
    const result = findCatalogueEntry('family-cohesion', { locale: 'en' } as never);
    expectFailure(result);
    expect(result.issues).toEqual([{ code: 'required', path: ['catalogue'], message: 'This field is required.' }]);
    expect(issueCodes(findCatalogueEntry('family-cohesion', undefined as never))).toEqual(['required']);
  });

  it('searches a given catalogue', () => {
    const custom = [{ ...ATTENTION_POINT_CATALOGUE[0], code: 'local-strength' }];
    expect(expectSuccess(findCatalogueEntry('local-strength', { catalogue: custom })).code).toBe('local-strength');
    expect(issueCodes(findCatalogueEntry('family-cohesion', { catalogue: custom }))).toEqual(['attention_point_unknown_code']);
  });

  it('never throws and never finds arbitrary input', () => {
    fc.assert(
      fc.property(anyInput, (code) => {
        const result = findCatalogueEntry(code, shipped);
        if (!result.ok) expectFailure(result);
        else expect(ATTENTION_POINT_CATALOGUE.map((entry) => entry.code)).toContain(code);
      }),
    );
  });

  it('does not mutate a given catalogue', () => {
    const catalogue = deepFreeze(structuredClone([...ATTENTION_POINT_CATALOGUE]));
    expectSuccess(findCatalogueEntry('resilience', { catalogue }));
  });
});
