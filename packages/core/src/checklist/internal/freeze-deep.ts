/**
 * Freezes a freshly validated copy and everything inside it, so a handle can hand out its copies
 * without anyone changing them. Only ever given core's own copies, never caller input. The values
 * inside an `extensions` record are the caller's own objects (the schema passes them through
 * untouched), so the record is frozen but those values are left as they are: freezing them would
 * change the caller's data.
 */
export function freezeDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (key === 'extensions' && typeof child === 'object' && child !== null) Object.freeze(child);
    else freezeDeep(child);
  }
  return value;
}
