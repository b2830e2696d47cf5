import { describe, expect, it } from 'vitest';
import {
  AGE_BANDS,
  ATTENTION_POINT_CATALOGUE,
  ATTENTION_POINT_CATEGORIES,
  AttentionCatalogue,
  AttentionCatalogueEntry,
  AttentionCategory,
  DataCategory,
  SOURCES,
  parseInput,
} from '@samspil/core';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

describe('ATTENTION_POINT_CATALOGUE', () => {
  it('validates against its own schema', () => {
    expectSuccess(parseInput(AttentionCatalogue, ATTENTION_POINT_CATALOGUE));
  });

  it('is a real catalogue, not a sample', () => {
    expect(ATTENTION_POINT_CATALOGUE.length).toBeGreaterThanOrEqual(60);
    expect(ATTENTION_POINT_CATALOGUE.length).toBeLessThanOrEqual(200);
  });

  it('has no duplicate codes', () => {
    const codes = ATTENTION_POINT_CATALOGUE.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has entries in every category and for every age band, five-year-olds included', () => {
    for (const category of AttentionCategory.options) {
      expect(ATTENTION_POINT_CATALOGUE.filter((entry) => entry.category === category).length, category).toBeGreaterThanOrEqual(3);
    }
    for (const band of AGE_BANDS.map((info) => info.id)) {
      expect(ATTENTION_POINT_CATALOGUE.filter((entry) => entry.ageBands.includes(band)).length, band).toBeGreaterThanOrEqual(10);
    }
    const childSignsAtFive = ATTENTION_POINT_CATALOGUE.filter((entry) => entry.category === 'child-sign' && entry.ageBands.includes('5'));
    expect(childSignsAtFive.length).toBeGreaterThanOrEqual(10);
    // Age 5 draws on both neighbouring bands: signs shared with under-5s and with 6–12-year-olds.
    expect(childSignsAtFive.some((entry) => entry.ageBands.includes('0-4') && !entry.ageBands.includes('6-12'))).toBe(true);
    expect(childSignsAtFive.some((entry) => entry.ageBands.includes('6-12') && !entry.ageBands.includes('0-4'))).toBe(true);
  });

  it('gives every entry both languages, a known source and a section', () => {
    for (const entry of ATTENTION_POINT_CATALOGUE) {
      expect(entry.label.da.trim().length, entry.code).toBeGreaterThan(0);
      expect(entry.label.en.trim().length, entry.code).toBeGreaterThan(0);
      expect(entry.label.da, entry.code).not.toBe(entry.label.en);
      if (entry.guidance !== undefined) {
        expect(entry.guidance.da.length).toBeGreaterThan(0);
        expect(entry.guidance.en.length).toBeGreaterThan(0);
      }
      expect(Object.keys(SOURCES)).toContain(entry.source.source);
      expect(entry.source.section).toMatch(/§/);
      expect(DataCategory.options).toContain(entry.sensitivity);
    }
  });

  it('keeps resources beside concerns: resource groups come first and are not a token', () => {
    const firstConcern = ATTENTION_POINT_CATALOGUE.findIndex((entry) => entry.kind === 'concern');
    expect(ATTENTION_POINT_CATALOGUE.slice(0, firstConcern).every((entry) => entry.kind === 'resource')).toBe(true);
    expect(ATTENTION_POINT_CATALOGUE.filter((entry) => entry.kind === 'resource').length).toBeGreaterThanOrEqual(20);
    expect(ATTENTION_POINT_CATEGORIES.map((category) => category.id).slice(0, 2)).toEqual(['resource', 'protective-factor']);
  });

  it('ships the SFI five as a tagged group that explains the three-or-more rule', () => {
    const sfi = ATTENTION_POINT_CATALOGUE.filter((entry) => entry.tags?.includes('sfi-five'));
    expect(sfi).toHaveLength(5);
    for (const entry of sfi) {
      expect(entry.category).toBe('risk-factor');
      expect(entry.source.source).toBe('cfbu-2014');
      expect(entry.guidance?.en).toMatch(/three or more/);
    }
  });

  it('marks negative social control as purely private and signs as "not a diagnosis"', () => {
    const control = ATTENTION_POINT_CATALOGUE.filter((entry) => entry.category === 'negative-social-control');
    expect(control.every((entry) => entry.sensitivity === 'purely-private')).toBe(true);
    const diagnosisNotes = ATTENTION_POINT_CATALOGUE.filter((entry) => entry.guidance?.en.includes('not a diagnosis'));
    expect(diagnosisNotes.length).toBeGreaterThan(10);
  });

  it('describes every category once, with guidance in both languages', () => {
    expect(ATTENTION_POINT_CATEGORIES.map((category) => category.id).sort()).toEqual([...AttentionCategory.options].sort());
    for (const category of ATTENTION_POINT_CATEGORIES) {
      expect(category.guidance.da.length).toBeGreaterThan(20);
      expect(category.guidance.en.length).toBeGreaterThan(20);
    }
  });

  it('is frozen, so no caller can change the shared data', () => {
    expect(Object.isFrozen(ATTENTION_POINT_CATALOGUE)).toBe(true);
    expect(Object.isFrozen(ATTENTION_POINT_CATALOGUE[0]?.label)).toBe(true);
    expect(Object.isFrozen(ATTENTION_POINT_CATEGORIES[0]?.guidance)).toBe(true);
  });
});

describe('AttentionCatalogueEntry', () => {
  const valid = ATTENTION_POINT_CATALOGUE[0];

  it('rejects a kind that does not fit its category', () => {
    expect(issueCodes(parseInput(AttentionCatalogueEntry, { ...valid, kind: 'concern' }))).toEqual(['attention_point_catalogue_kind_mismatch']);
  });

  it('rejects repeated age bands, bad codes and unknown keys', () => {
    const result = parseInput(AttentionCatalogueEntry, { ...valid, code: 'Not Kebab', ageBands: ['5', '5'], extra: true });
    expectFailure(result);
    expect(issueCodes(result).sort()).toEqual(['attention_point_catalogue_duplicate_age_band', 'invalid_format', 'unknown_key']);
  });

  it('reports a duplicate code in a catalogue at the second entry', () => {
    const result = parseInput(AttentionCatalogue, [valid, valid]);
    expectFailure(result);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'attention_point_catalogue_duplicate_code', path: [1, 'code'] },
    ]);
  });
});
