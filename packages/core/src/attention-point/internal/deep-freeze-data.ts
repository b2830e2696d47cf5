/** Freezes plain data and everything inside it, so shared catalogue data cannot be changed by a caller. */
export function deepFreezeData<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreezeData((value as Record<string, unknown>)[key]);
  }
  return value;
}
