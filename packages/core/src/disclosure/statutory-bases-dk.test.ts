import * as z from '../common/schema/index.js';
import { describe, expect, it } from 'vitest';
import { parseInput, STATUTORY_BASES_DK, StatutoryBasis } from '@samspil/core';
import { expectSuccess } from '../../../../test/support/expect-result.js';

describe('STATUTORY_BASES_DK', () => {
  it('validates against its schema with unique ids', () => {
    expect(expectSuccess(parseInput(z.array(StatutoryBasis), STATUTORY_BASES_DK))).toEqual(STATUTORY_BASES_DK);
    const ids = STATUTORY_BASES_DK.map((basis) => basis.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks paragraphs moved to Barnets Lov for verification and never asks a notification for its necessity', () => {
    const notify = STATUTORY_BASES_DK.find((basis) => basis.kind === 'duty-to-notify');
    expect(notify).toMatchObject({ requiresNecessity: false, verified: false, recipientSectors: ['children-family-services'] });
    expect(notify?.citation).toMatch(/verify/);
    expect(STATUTORY_BASES_DK.find((basis) => basis.id === 'dk-ssp-exchange')?.citation).toBe('Retsplejeloven § 115');
  });
});
