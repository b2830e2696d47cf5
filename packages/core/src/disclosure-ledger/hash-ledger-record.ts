import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Result } from '../result/result.js';
import { LedgerRecordContent } from './disclosure-ledger.schema.js';
import { normalizeEntry } from './internal/normalize-entry.js';
import { recordHash } from './internal/record-hash.js';

/** Options for {@link hashLedgerRecord}. */
export type HashLedgerRecordOptions = LocaleOptions;

/**
 * Computes the hash a ledger record must carry: SHA-256, as lower-case hex, over the canonical
 * JSON of `{ sequence, entry, previousHash }`. Lets another system (an archive, an auditor's
 * script) check records without trusting this library's verifier, and key order in the input
 * never changes the answer.
 *
 * @example
 * hashLedgerRecord({ sequence: 1, entry, previousHash: LEDGER_GENESIS_HASH })
 * //=> { ok: true, value: '5d41…' }
 */
export function hashLedgerRecord(content: unknown, options: HashLedgerRecordOptions = {}): Result<string> {
  const parsed = parseInput(LedgerRecordContent, content, options);
  if (!parsed.ok) return parsed;
  const { sequence, entry, previousHash } = parsed.value;
  return recordHash(sequence, normalizeEntry(entry), previousHash, options);
}
