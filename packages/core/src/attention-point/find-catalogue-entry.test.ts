import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENTION_POINT_CATALOGUE, findCatalogueEntry } from '@samspil/core';
import { anyInput } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

describe('findCatalogueEntry', () => {
  it('finds an entry by code', () => {
    const entry = expectSuccess(findCatalogueEntry('family-cohesion'));
    expect(entry.label.en).toBe('The family sticks together and supports each other');
    expect(entry.kind).toBe('resource');
  });

  it('reports an unknown code in the requested language', () => {
    const result = findCatalogueEntry('no-such-thing', { locale: 'en' });
    expectFailure(result);
    expect(result.issues[0]).toMatchObject({ code: 'attention_point_unknown_code', path: ['code'], params: { code: 'no-such-thing' } });
    expect(result.issues[0]?.message).toBe('The attention point "no-such-thing" is not in the catalogue.');
  });

  it('searches a given catalogue', () => {
    const custom = [{ ...ATTENTION_POINT_CATALOGUE[0], code: 'local-strength' }];
    expect(expectSuccess(findCatalogueEntry('local-strength', { catalogue: custom })).code).toBe('local-strength');
    expect(issueCodes(findCatalogueEntry('family-cohesion', { catalogue: custom }))).toEqual(['attention_point_unknown_code']);
  });

  it('never throws and never finds arbitrary input', () => {
    fc.assert(
      fc.property(anyInput, (code) => {
        const result = findCatalogueEntry(code);
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
