// AES-GCM for one stored record. The record's collection, id and version are bound as additional
// authenticated data: ciphertext copied onto another record, or a version number edited on disk,
// no longer authenticates and is refused instead of being shown as someone else's text.

/** What is kept on disk for one record's value: never the value itself. */
export interface SealedValue {
  /** 96-bit initialisation vector, fresh for every write. */
  readonly iv: Uint8Array<ArrayBuffer>;
  /** AES-GCM ciphertext with its 128-bit tag. */
  readonly ciphertext: ArrayBuffer;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The authenticated context of one record version: unambiguous, whatever the ids contain. */
function associatedData(collection: string, id: string, version: number): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify(['samspil-indexeddb-record/1', collection, id, version]));
}

/** Whether `key` is a WebCrypto AES-GCM key that can both encrypt and decrypt. */
export function isRecordKey(key: unknown): key is CryptoKey {
  try {
    return (
      typeof CryptoKey !== 'undefined' &&
      key instanceof CryptoKey &&
      key.type === 'secret' &&
      key.algorithm.name === 'AES-GCM' &&
      key.usages.includes('encrypt') &&
      key.usages.includes('decrypt')
    );
  } catch {
    return false;
  }
}

/** A new AES-GCM 256 key that script can use but never read out (non-extractable). */
export function generateRecordKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Encrypts `json` (a record's value as JSON) for one collection, id and version. May reject. */
export async function sealValue(key: CryptoKey, json: string, collection: string, id: string, version: number): Promise<SealedValue> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: associatedData(collection, id, version), tagLength: 128 },
    key,
    encoder.encode(json),
  );
  return { iv, ciphertext };
}

/**
 * Decrypts a sealed value back to the JSON text it was made from. Rejects (WebCrypto's
 * OperationError) when the key is wrong, a byte was changed, or the ciphertext belongs to
 * another record or version.
 */
export async function openValue(key: CryptoKey, sealed: SealedValue, collection: string, id: string, version: number): Promise<string> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv, additionalData: associatedData(collection, id, version), tagLength: 128 },
    key,
    sealed.ciphertext,
  );
  return decoder.decode(plain);
}
