// A field key names the control that edits one part of the record (see field-key-for-issue.ts);
// its DOM id is derived from the key and never contains record data.

/** The DOM id of the control (or first control of a group) with this key. */
export function fieldDomId(key: string): string {
  return `fv-field-${key.replaceAll('.', '-')}`;
}

/** The DOM id of the error message shown under the control with this key. */
export function errorDomId(key: string): string {
  return `fv-error-${key.replaceAll('.', '-')}`;
}
