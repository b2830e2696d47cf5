import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisclosureRequest } from '../disclosure-request.schema.js';
import { anyInput } from '../../../../../test/support/hostile.js';
import { request } from './test-fixtures.js';
import { readRequest } from './read-request.js';

const nearlyValid = fc.record({
  fromActorId: fc.oneof(fc.constant('a-teacher'), fc.string({ maxLength: 3 })),
  toActorId: fc.constant('a-caseworker'),
  subjectIds: fc.array(fc.constantFrom('c-sara', 'c-lina', '', 'x y'), { maxLength: 3 }),
  categories: fc.array(fc.constantFrom('social', 'health', 'secrets'), { maxLength: 3 }),
  purpose: fc.constant('schooling-daycare'),
  at: fc.oneof(
    fc.date({ noInvalidDate: true, min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z') }).map((date) => date.toISOString()),
    fc.constantFrom('2026-02-30T10:00:00Z', '2026-03-01T10:00:00+01:00', '2026-03-01T10:00+01:00', '2026-03-01T24:00:00Z', '2026-03-01T10:00:00.5-03:30', '0999-01-01T00:00:00Z'),
  ),
  action: fc.constantFrom(undefined, 'share', 'notify', 'shout'),
});

describe('readRequest (fast path guard)', () => {
  it('accepts the common well-formed request as a copy', () => {
    const read = readRequest(request);
    expect(read).toEqual({ request, ms: Date.parse(request.at) });
    expect(read?.request).not.toBe(request);
  });

  it('accepts nothing the schema would reject, and reads it the same way', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyValid, anyInput), (input) => {
        const read = readRequest(input);
        if (read === undefined) return;
        const parsed = DisclosureRequest.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(read.request).toEqual(parsed.data);
        expect(read.ms).toBe(Date.parse(read.request.at));
      }),
      { numRuns: 500 },
    );
  });
});
