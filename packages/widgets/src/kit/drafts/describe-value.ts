const MAX_LENGTH = 300;

/**
 * A short plain-text rendering of a stored value for the panel that compares two copies: text as
 * written, lists and rows as their texts joined, ids and bookkeeping left out. Always text (it is
 * bound with Lit, never parsed as markup), cut at 300 characters.
 *
 * @example
 * describeValue({ id: 'a-1', action: 'Ring til skolen', dueDate: '2026-12-01' })
 * //=> 'Ring til skolen · 2026-12-01'
 */
export function describeValue(value: unknown): string {
  const parts: string[] = [];
  collect(value, 0, parts);
  const text = parts.join(' · ');
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

function collect(value: unknown, depth: number, parts: string[]): void {
  if (depth > 8 || parts.length > 50) return;
  if (typeof value === 'string') {
    if (value !== '') parts.push(value);
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    parts.push(String(value));
  } else if (Array.isArray(value)) {
    for (const entry of value) collect(entry, depth + 1, parts);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === 'id' || key.endsWith('Id') || key === 'createdAt' || key === 'updatedAt') continue;
      collect(entry, depth + 1, parts);
    }
  }
}
