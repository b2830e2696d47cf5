/**
 * Finds one dependency cycle in a graph of item id → ids it depends on, or `undefined` when the
 * graph is acyclic. Iterative depth-first search, so a long chain cannot overflow the stack.
 */
export function findDependencyCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'visiting');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { id: string; next: number };
      const edges = graph.get(frame.id) ?? [];
      if (frame.next >= edges.length) {
        state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      const target = edges[frame.next] as string;
      frame.next += 1;
      const seen = state.get(target);
      if (seen === 'visiting') {
        const from = stack.findIndex((entry) => entry.id === target);
        return [...stack.slice(from).map((entry) => entry.id), target];
      }
      if (seen === undefined) {
        state.set(target, 'visiting');
        stack.push({ id: target, next: 0 });
      }
    }
  }
  return undefined;
}
