import { describe, expect, it } from 'vitest';
import { LEDGER_GENESIS_HASH, createLedger, verifyLedger } from '@samspil/core';
import { expectSuccess } from '../../../../test/support/expect-result.js';

describe('createLedger', () => {
  it('starts an empty, frozen, intact ledger', () => {
    const ledger = createLedger().value;
    expect(ledger).toEqual({ records: [] });
    expect(Object.isFrozen(ledger)).toBe(true);
    expect(Object.isFrozen(ledger.records)).toBe(true);
    expect(expectSuccess(verifyLedger(ledger))).toEqual({ intact: true, length: 0, headHash: LEDGER_GENESIS_HASH });
  });

  it('gives a new ledger each time, serialisable as plain JSON', () => {
    expect(createLedger().value).not.toBe(createLedger().value);
    expect(JSON.parse(JSON.stringify(createLedger().value))).toEqual({ records: [] });
  });
});
