const MAX_ACTORS = 10_000;

/**
 * Reads `{ id, name }` from a list of actors given as unknown data. Anything unreadable, hostile
 * or malformed is skipped: a missing name only means the report shows the id instead.
 */
export function actorNames(actors: unknown): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  try {
    if (!Array.isArray(actors)) return names;
    const length = Math.min(actors.length, MAX_ACTORS);
    for (let index = 0; index < length; index += 1) {
      try {
        const actor: unknown = actors[index];
        if (typeof actor !== 'object' || actor === null) continue;
        const { id, name } = actor as { id?: unknown; name?: unknown };
        if (typeof id !== 'string' || typeof name !== 'string') continue;
        const trimmed = name.trim();
        if (id.length === 0 || id.length > 128 || trimmed.length === 0 || trimmed.length > 200) continue;
        if (!names.has(id)) names.set(id, trimmed);
      } catch {
        // One unreadable actor does not spoil the others.
      }
    }
  } catch {
    // An unreadable list gives no names; the report falls back to ids.
  }
  return names;
}
