/** Epoch milliseconds of a validated ISO date-time; comparing these orders instants across offsets. */
export function instantOf(isoDateTime: string): number {
  return Date.parse(isoDateTime);
}
