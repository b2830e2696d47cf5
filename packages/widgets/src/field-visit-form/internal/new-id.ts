/**
 * A fresh record id (`prefix-` and 16 hex digits) from the platform's random source, which also
 * works outside secure contexts where `crypto.randomUUID` is missing. Matches core's `Id`.
 */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
