import { describe, expect, it } from 'vitest';
import { DisclosureBasis, LEDGER_BASIS_KINDS, LedgerBasisKindInfo } from '@samspil/core';
import { expectSuccess } from '../../../../test/support/expect-result.js';
import { parseInput } from '../common/parse-input.js';

describe('LEDGER_BASIS_KINDS', () => {
  it('validates against its own schema', () => {
    for (const info of LEDGER_BASIS_KINDS) expectSuccess(parseInput(LedgerBasisKindInfo, info));
  });

  it('labels every kind of disclosure basis exactly once', () => {
    const kinds = LEDGER_BASIS_KINDS.map((info) => info.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    const samples: DisclosureBasis[] = [
      { kind: 'consent', consentId: 'c-1' },
      { kind: 'statutory', basisId: 'b-1', citation: 'x' },
      { kind: 'same-authority', authorityId: 'a-1' },
      { kind: 'duty-to-notify', basisId: 'b-2', citation: 'y' },
    ];
    expect(samples.map((basis) => expectSuccess(parseInput(DisclosureBasis, basis)).kind).sort()).toEqual([...kinds].sort());
    // A kind the basis schema does not know must not be in the catalogue.
    expect(parseInput(DisclosureBasis, { kind: 'other' }).ok).toBe(false);
  });
});
