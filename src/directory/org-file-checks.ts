/**
 * Reference checks of an org file whose entries already have the right shape: duplicates, references to
 * missing units or managers, and cycles. Every check collects all offenders (an admin fixing a 6,000-line
 * file wants the whole list at once), using Maps so the whole pass stays linear.
 */
import type { UnitFileEntry } from "./org-file-schema";
import { findCycles } from "./find-cycles";

export interface Indexed<T> {
  index: number;
  entry: T;
}

interface UserRefs {
  id: string;
  displayName: string;
  userPrincipalName: string;
  employeeId: string;
  unitId: string;
  managerId: string | null;
}

export const unitLabel = (index: number, id: unknown) => `units[${index}]` + (typeof id === "string" ? ` (id "${id}")` : "");

export function userLabel(index: number, id: unknown, displayName?: unknown): string {
  const name = typeof displayName === "string" ? `, "${displayName}"` : "";
  return `users[${index}]` + (typeof id === "string" ? ` (id "${id}"${name})` : "");
}

/** Groups entries by a key and reports every key held by more than one entry, naming all holders. */
function duplicates<T>(items: Indexed<T>[], keyOf: (t: T) => string, what: string, label: (i: Indexed<T>) => string) {
  const byKey = new Map<string, Indexed<T>[]>();
  for (const item of items) {
    const key = keyOf(item.entry);
    const group = byKey.get(key);
    if (group) group.push(item);
    else byKey.set(key, [item]);
  }
  const problems: string[] = [];
  for (const group of byKey.values()) {
    if (group.length > 1) problems.push(`duplicate ${what}: ${group.map(label).join(", ")}`);
  }
  return problems;
}

/** First entry per id; later duplicates are already reported and must not confuse the other checks. */
function firstById<T extends { id: string }>(items: Indexed<T>[]): Map<string, Indexed<T>> {
  const map = new Map<string, Indexed<T>>();
  for (const item of items) if (!map.has(item.entry.id)) map.set(item.entry.id, item);
  return map;
}

function cycleProblems<T>(byId: Map<string, Indexed<T>>, parentOf: (t: T) => string | null, what: string,
  label: (i: Indexed<T>) => string): string[] {
  const parent = (id: string) => {
    const item = byId.get(id);
    const p = item ? parentOf(item.entry) : null;
    return p !== null && byId.has(p) ? p : undefined;
  };
  return findCycles(byId.keys(), parent).map((cycle) => {
    const names = cycle.map((id) => label(byId.get(id) as Indexed<T>));
    return `${what} cycle: ${names.join(" -> ")} -> back to ${names[0]}`;
  });
}

/**
 * `looseUnitIds` / `looseUserIds` are ids of entries that failed the shape check: they are already reported,
 * so references to them are not reported a second time as "missing".
 */
export function checkReferences(units: Indexed<UnitFileEntry>[], users: Indexed<UserRefs>[],
  looseUnitIds: ReadonlySet<string>, looseUserIds: ReadonlySet<string>): string[] {
  const unitName = (u: Indexed<UnitFileEntry>) => unitLabel(u.index, u.entry.id);
  const userName = (u: Indexed<UserRefs>) => userLabel(u.index, u.entry.id, u.entry.displayName);
  const unitsById = firstById(units);
  const usersById = firstById(users);
  const unitExists = (id: string) => unitsById.has(id) || looseUnitIds.has(id);
  const userExists = (id: string) => usersById.has(id) || looseUserIds.has(id);
  const problems: string[] = [];

  problems.push(...duplicates(units, (u) => u.id, "unit id", unitName));
  for (const u of units) {
    const parentId = u.entry.parentId;
    if (parentId !== null && !unitExists(parentId)) {
      problems.push(`${unitName(u)}: parentId "${parentId}" is not a unit in this file`);
    }
  }
  problems.push(...cycleProblems(unitsById, (u) => u.parentId, "unit hierarchy", unitName));

  problems.push(...duplicates(users, (u) => u.id, "user id", userName));
  problems.push(...duplicates(users, (u) => u.employeeId, "NIP (employeeId)", userName));
  problems.push(...duplicates(users, (u) => u.userPrincipalName.toLowerCase(), "userPrincipalName", userName));
  for (const u of users) {
    if (!unitExists(u.entry.unitId)) problems.push(`${userName(u)}: unitId "${u.entry.unitId}" is not a unit in this file`);
    const managerId = u.entry.managerId;
    if (managerId !== null && !userExists(managerId)) {
      problems.push(`${userName(u)}: managerId "${managerId}" is not a user in this file`);
    }
  }
  problems.push(...cycleProblems(usersById, (u) => u.managerId, "management", userName));
  return problems;
}
