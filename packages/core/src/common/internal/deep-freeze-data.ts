/**
 * Freezes plain data and everything inside it, so shipped catalogue data cannot be changed by a
 * caller. An object already frozen is left as it is (with what is inside it), which also keeps
 * the walk finite on shared or cyclic data.
 */
export function deepFreezeData<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreezeData((value as Record<string, unknown>)[key]);
  }
  return value;
}
