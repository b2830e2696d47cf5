import fc from 'fast-check';
import * as z from './schema/index.js';
import { describe, expect, it } from 'vitest';
import { parseInput } from '@samspil/core';
import { anyInput, throwingProxy } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { IsoDate, ShortText } from './schemas.js';

const Sample = z.strictObject({
  name: ShortText,
  born: IsoDate,
  tags: z.array(z.enum(['a', 'b'])).check(z.minLength(1)),
  count: z.optional(z.number().check(z.minimum(0), z.maximum(10))),
});

describe('parseInput', () => {
  it('answers ok with the parsed value', () => {
    expect(expectSuccess(parseInput(Sample, { name: 'Amal', born: '2021-04-02', tags: ['a'] }))).toEqual({
      name: 'Amal',
      born: '2021-04-02',
      tags: ['a'],
    });
  });

  it('translates zod issues into stable codes with paths and Danish messages', () => {
    const result = parseInput(Sample, { born: '2021-02-30', tags: [], count: 11, extra: 1 });
    expectFailure(result);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual(
      expect.arrayContaining([
        { code: 'required', path: ['name'] },
        { code: 'invalid_date', path: ['born'] },
        { code: 'too_few', path: ['tags'] },
        { code: 'too_big', path: ['count'] },
        { code: 'unknown_key', path: ['extra'] },
      ]),
    );
    expect(result.issues.find((issue) => issue.code === 'required')?.message).toBe('Feltet skal udfyldes.');
  });

  it('speaks English when asked', () => {
    const result = parseInput(Sample, {}, { locale: 'en-GB' });
    expectFailure(result);
    expect(result.issues[0]?.message).toBe('This field is required.');
  });

  it('reports unreadable input instead of throwing', () => {
    expect(issueCodes(parseInput(Sample, throwingProxy()))).toEqual(['unreadable_input']);
  });

  it('never throws and never succeeds on arbitrary input', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expectFailure(parseInput(Sample, input));
      }),
    );
  });
});
