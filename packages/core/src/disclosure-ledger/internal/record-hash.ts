import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { canonicalJson } from '../canonical-json.js';
import type { DisclosureEntry } from '../disclosure-ledger.schema.js';

/** SHA-256 (hex) over the canonical JSON of `{ sequence, entry, previousHash }`; inputs already validated. */
export function recordHash(
  sequence: number,
  entry: DisclosureEntry,
  previousHash: string,
  options: LocaleOptions = {},
): Result<string> {
  const json = canonicalJson({ sequence, entry, previousHash }, options);
  if (!json.ok) return json;
  return ok(bytesToHex(sha256(utf8ToBytes(json.value))));
}
