import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoDateTime } from '../../common/schemas.js';
import { readInstant } from './instant.js';

describe('readInstant', () => {
  it('reads offsets, fractions and Z like Date.parse', () => {
    for (const text of ['2026-03-01T10:00:00+01:00', '2026-03-01T10:00:00.123Z', '2026-03-01T10:00:00.5-03:30', '2024-02-29T23:59:59+14:00']) {
      expect(readInstant(text)).toBe(Date.parse(text));
    }
  });

  it('rejects dates that do not exist and forms the schema does not accept', () => {
    for (const text of ['2026-02-30T10:00:00Z', '2023-02-29T00:00:00Z', '2026-03-01T24:00:00Z', '2026-03-01T10:00+01:00', '2026-03-01T10:00:00', '2026-03-01T10:00:00+01:07', '2026-03-01T10:00:00.Z']) {
      expect(readInstant(text)).toBeNaN();
    }
  });

  it('agrees with the schema and Date.parse on every instant it accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fc.string({ maxLength: 30 })), (text) => {
        const ms = readInstant(text);
        if (Number.isNaN(ms)) return;
        expect(IsoDateTime.safeParse(text).success).toBe(true);
        expect(ms).toBe(Date.parse(text));
      }),
      { numRuns: 500 },
    );
  });
});
