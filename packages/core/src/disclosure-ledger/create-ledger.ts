import { ok } from '../result/ok.js';
import type { Success } from '../result/result.js';
import type { DisclosureLedger } from './disclosure-ledger.schema.js';
import { trustLedger } from './internal/trusted-ledgers.js';

/**
 * Starts an empty disclosure ledger (frozen). It cannot fail, so the result is typed as a
 * success: `createLedger().value` needs no check.
 *
 * @example
 * createLedger()
 * //=> { ok: true, value: { records: [] } }
 */
export function createLedger(): Success<DisclosureLedger> {
  return ok(trustLedger([]));
}
