import type { SyncProblem } from "./sync-types";

interface Node {
  id: string;
  managerId: string | null;
}

/**
 * Makes the manager links a proper forest, reporting instead of failing: a manager not among the
 * people becomes null (`manager_outside_tenant`), people on a cycle lose their manager (`cycle`), and
 * people left without one who are not a configured top are reported (`no_manager`).
 * Mutates `managerId` of the given nodes; returns the problems in the nodes' order.
 */
export function checkHierarchy<T extends Node>(
  people: T[],
  topUserIds: ReadonlySet<string>,
  /** Users left out of the directory, with why: a manager among them is named as such. */
  leftOut: ReadonlyMap<string, string> = new Map(),
): SyncProblem[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const problems = new Map<string, SyncProblem>();

  for (const person of people) {
    if (person.managerId !== null && !byId.has(person.managerId)) {
      problems.set(person.id, {
        userId: person.id,
        kind: "manager_outside_tenant",
        detail: leftOut.has(person.managerId)
          ? `manager ${person.managerId} is left out of the directory (${leftOut.get(person.managerId)})`
          : `manager ${person.managerId} is not among the synced users`,
      });
      person.managerId = null;
    }
  }

  // Cycles are all found first, then cut: cutting while walking would hide the rest of a cycle.
  for (const cycle of findCycles(people, byId)) {
    const chain = [...cycle, cycle[0]].join(" -> ");
    for (const id of cycle) {
      problems.set(id, { userId: id, kind: "cycle", detail: `manager chain loops: ${chain}` });
      const node = byId.get(id);
      if (node) node.managerId = null;
    }
  }

  for (const person of people) {
    if (person.managerId === null && !problems.has(person.id) && !topUserIds.has(person.id)) {
      problems.set(person.id, { userId: person.id, kind: "no_manager", detail: "no manager set in Entra" });
    }
  }
  return people.flatMap((p) => problems.get(p.id) ?? []);
}

/** Every cycle of manager links, each as its member ids in chain order (iterative, no recursion). */
function findCycles<T extends Node>(people: T[], byId: Map<string, T>): string[][] {
  const state = new Map<string, "walking" | "done">();
  const cycles: string[][] = [];
  for (const start of people) {
    const path: string[] = [];
    let current: T | undefined = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, "walking");
      path.push(current.id);
      current = current.managerId === null ? undefined : byId.get(current.managerId);
    }
    if (current && state.get(current.id) === "walking") cycles.push(path.slice(path.indexOf(current.id)));
    for (const id of path) state.set(id, "done");
  }
  return cycles;
}
