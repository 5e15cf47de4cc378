/**
 * Cycles in a "parent pointer" graph (every node has at most one parent: a manager, a parent unit).
 * Three-colour walk: each node is visited once, so the whole check is linear in the number of nodes,
 * which matters for a 6,000-person directory (a naive "walk up from every node" is quadratic on long chains).
 */
const ON_PATH = 1;
const DONE = 2;

/**
 * Returns each cycle once, as the ids in walking order (child to parent), starting from the node first met.
 * `parentOf` must return undefined for a root or for a parent that does not exist (reported elsewhere).
 */
export function findCycles(ids: Iterable<string>, parentOf: (id: string) => string | undefined): string[][] {
  const colour = new Map<string, typeof ON_PATH | typeof DONE>();
  const cycles: string[][] = [];
  for (const start of ids) {
    if (colour.has(start)) continue;
    const path: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !colour.has(current)) {
      colour.set(current, ON_PATH);
      path.push(current);
      current = parentOf(current);
    }
    // Meeting a node of the current walk again closes a cycle; meeting a DONE node is a path into old ground.
    if (current !== undefined && colour.get(current) === ON_PATH) {
      cycles.push(path.slice(path.indexOf(current)));
    }
    for (const id of path) colour.set(id, DONE);
  }
  return cycles;
}
