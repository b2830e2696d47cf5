import { describe, expect, it } from 'vitest';
import { AGE_BANDS, AgeBand, AgeBandInfo, parseInput } from '@samspil/core';
import { expectSuccess } from '../../../../test/support/expect-result.js';

describe('AGE_BANDS', () => {
  it('validates against its own schema', () => {
    for (const band of AGE_BANDS) expect(expectSuccess(parseInput(AgeBandInfo, band))).toEqual(band);
  });

  it('covers every band once, youngest first, from 0 without gaps or overlaps', () => {
    expect(AGE_BANDS.map((band) => band.id).sort()).toEqual([...AgeBand.options].sort());
    expect(new Set(AGE_BANDS.map((band) => band.id)).size).toBe(AGE_BANDS.length);
    let next = 0;
    for (const band of AGE_BANDS) {
      expect(band.minYears).toBe(next);
      if (band.maxYears === null) {
        expect(band).toBe(AGE_BANDS[AGE_BANDS.length - 1]);
        break;
      }
      expect(band.maxYears).toBeGreaterThanOrEqual(band.minYears);
      next = band.maxYears + 1;
    }
  });

  it('has distinct Danish and English labels', () => {
    expect(new Set(AGE_BANDS.map((band) => band.label.da)).size).toBe(AGE_BANDS.length);
    expect(new Set(AGE_BANDS.map((band) => band.label.en)).size).toBe(AGE_BANDS.length);
  });
});
