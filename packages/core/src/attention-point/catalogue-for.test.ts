import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENTION_POINT_CATALOGUE, catalogueFor } from '@samspil/core';
import { anyInput } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const shipped = { catalogue: ATTENTION_POINT_CATALOGUE };

describe('catalogueFor', () => {
  it('answers the whole catalogue without a filter', () => {
    expect(expectSuccess(catalogueFor({}, shipped))).toHaveLength(ATTENTION_POINT_CATALOGUE.length);
    expect(expectSuccess(catalogueFor(undefined, shipped))).toHaveLength(ATTENTION_POINT_CATALOGUE.length);
  });

  it('requires a catalogue: core has no default, so bundles need not carry the shipped one', () => {
    const missing = catalogueFor({ ageBand: '5' }, { locale: 'en' } as never);
    expectFailure(missing);
    expect(missing.issues).toEqual([{ code: 'required', path: ['catalogue'], message: 'This field is required.' }]);
    expect(issueCodes(catalogueFor({}, undefined as never))).toEqual(['required']);
  });

  it('keeps only entries for a member\u2019s age band', () => {
    const atFive = expectSuccess(catalogueFor({ ageBand: '5' }, shipped));
    expect(atFive.length).toBeGreaterThan(20);
    expect(atFive.every((entry) => entry.ageBands.includes('5'))).toBe(true);
    const codes = atFive.map((entry) => entry.code);
    expect(codes).toContain('child-separation-anxiety'); // from the under-5 band
    expect(codes).toContain('child-concentration-difficulties'); // from the 6–12 band
    expect(codes).not.toContain('teen-low-self-worth');
    expect(codes).not.toContain('adult-flashbacks-nightmares');
    const signsAtFive = expectSuccess(catalogueFor({ ageBand: '5', category: 'child-sign' }, shipped));
    expect(signsAtFive.map((entry) => entry.code).slice(0, 2)).toEqual(['child-clinging', 'child-separation-anxiety']);
  });

  it('combines age band, category and kind', () => {
    const signs = expectSuccess(catalogueFor({ ageBand: '13-17', category: 'child-sign' }, shipped));
    expect(signs.length).toBeGreaterThan(5);
    expect(signs.every((entry) => entry.category === 'child-sign' && entry.ageBands.includes('13-17'))).toBe(true);
    const adultResources = expectSuccess(catalogueFor({ ageBand: '18+', kind: 'resource' }, shipped));
    expect(adultResources.every((entry) => entry.kind === 'resource')).toBe(true);
    expect(adultResources.map((entry) => entry.code)).toContain('life-before-denmark');
    expect(expectSuccess(catalogueFor({ category: 'adult-trauma-sign', ageBand: '0-4' }, shipped))).toEqual([]);
  });

  it('keeps resources first, in catalogue order', () => {
    const forChild = expectSuccess(catalogueFor({ ageBand: '6-12' }, shipped));
    const firstConcern = forChild.findIndex((entry) => entry.kind === 'concern');
    expect(forChild.slice(firstConcern).some((entry) => entry.kind === 'resource' && entry.category !== 'parenting-capacity')).toBe(false);
  });

  it('filters a plugin catalogue', () => {
    const custom = [{ ...ATTENTION_POINT_CATALOGUE[0], code: 'local-strength' }];
    expect(expectSuccess(catalogueFor({}, { catalogue: custom })).map((entry) => entry.code)).toEqual(['local-strength']);
    const broken = catalogueFor({}, { catalogue: [{ code: 'x' }] });
    expectFailure(broken);
    expect(broken.issues[0]?.path[0]).toBe('catalogue');
  });

  it('reports unknown filters and values', () => {
    expect(issueCodes(catalogueFor({ ageBand: '4' }, shipped))).toEqual(['invalid_option']);
    expect(issueCodes(catalogueFor({ colour: 'red' }, shipped))).toEqual(['unknown_key']);
    expect(catalogueFor({ ageBand: '5' }, { ...shipped, locale: 'en' }).ok).toBe(true);
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(anyInput, anyInput, (filter, catalogue) => {
        const withShipped = catalogueFor(filter, shipped);
        if (!withShipped.ok) expectFailure(withShipped);
        const withAny = catalogueFor(filter, { catalogue });
        if (!withAny.ok) expectFailure(withAny);
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const filter = deepFreeze({ ageBand: '5', kind: 'concern' });
    const catalogue = deepFreeze(structuredClone([...ATTENTION_POINT_CATALOGUE]));
    expectSuccess(catalogueFor(filter, { catalogue }));
  });
});
