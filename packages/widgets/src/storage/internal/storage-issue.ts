import { createIssue, learnMessages, storeMessagesDa } from '@samspil/core';
import type { Issue, LocaleOptions } from '@samspil/core';

learnMessages(storeMessagesDa);

// Browser storage failures as typed issues. Each message tells the person their text is still
// where they typed it: a failed save never takes the caller's value with it.

function errorName(error: unknown): string {
  try {
    if (error !== null && typeof error === 'object' && typeof (error as { name?: unknown }).name === 'string') return (error as { name: string }).name;
  } catch {
    // A hostile error object: treat it as an unknown failure.
  }
  return '';
}

/** Whether an error (or a transaction's abort reason) means the disk quota is used up. */
export function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The issue for a failed IndexedDB read or write: quota, or storage the browser refuses. */
export function storageIssue(error: unknown, options: LocaleOptions): Issue {
  return createIssue(isQuotaError(error) ? 'store_quota_exceeded' : 'store_blocked', [], undefined, options);
}

/** The issue for a record that does not decrypt (wrong key, changed bytes, moved ciphertext). */
export function decryptionIssue(collection: string, id: string, options: LocaleOptions): Issue {
  return createIssue('store_decryption_failed', [collection, id], { collection, id }, options);
}
