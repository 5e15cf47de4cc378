import { z } from "zod";
import { MANAGER_DELTA, REMOVED_ANNOTATION } from "./graph-protocol";

/**
 * A user as Graph last described it, before any mapping. The copy keeps these (not only the mapped
 * people) so a delta round can be applied field by field and the mapping re-run on the result.
 */
export interface GraphUserRecord {
  id: string;
  displayName: string;
  userPrincipalName: string;
  employeeId: string | null;
  jobTitle: string | null;
  department: string | null;
  employeeType: string | null;
  accountEnabled: boolean;
  /** Id of the manager object (a user, or e.g. an orgContact outside the synced users); null: none. */
  managerId: string | null;
}

const nullableText = z.string().nullable().optional();
const ObjectRef = z.looseObject({ id: z.string().min(1), [REMOVED_ANNOTATION]: z.unknown().optional() });

const UserWire = z.looseObject({
  id: z.string().min(1),
  displayName: nullableText,
  userPrincipalName: nullableText,
  employeeId: nullableText,
  jobTitle: nullableText,
  department: nullableText,
  employeeType: nullableText,
  accountEnabled: z.boolean().nullable().optional(),
  manager: ObjectRef.nullable().optional(),
  [MANAGER_DELTA]: z.array(ObjectRef).optional(),
  [REMOVED_ANNOTATION]: z.looseObject({ reason: z.string().optional() }).optional(),
});
type UserWire = z.infer<typeof UserWire>;

export class GraphWireError extends Error {}

function parseWire(item: unknown): UserWire {
  const parsed = UserWire.safeParse(item);
  if (!parsed.success) {
    const id = typeof item === "object" && item !== null ? String((item as { id?: unknown }).id) : "?";
    throw new GraphWireError(`Graph user ${id} has an unexpected shape: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/** A user from `/users?$expand=manager($select=id)`: absent properties are unset. */
export function recordFromUser(item: unknown): GraphUserRecord {
  const wire = parseWire(item);
  return {
    id: wire.id,
    displayName: wire.displayName ?? "",
    userPrincipalName: wire.userPrincipalName ?? "",
    employeeId: wire.employeeId ?? null,
    jobTitle: wire.jobTitle ?? null,
    department: wire.department ?? null,
    employeeType: wire.employeeType ?? null,
    // Graph leaves accountEnabled null for some synced accounts; only an explicit false disables.
    accountEnabled: wire.accountEnabled !== false,
    managerId: managerOf(wire) ?? null,
  };
}

const DELTA_FIELDS = ["displayName", "userPrincipalName", "employeeId", "jobTitle", "department", "employeeType"] as const;

/**
 * Applies one users/delta entry to the records (id -> record): `@removed` drops the user; otherwise
 * the properties present replace the old values (null included) and absent ones are kept.
 */
export function applyDeltaEntry(records: Map<string, GraphUserRecord>, item: unknown): void {
  const wire = parseWire(item);
  if (wire[REMOVED_ANNOTATION] !== undefined) {
    records.delete(wire.id);
    return;
  }
  const record = records.get(wire.id) ?? recordFromUser({ id: wire.id });
  for (const field of DELTA_FIELDS) {
    const value = wire[field];
    if (value === undefined) continue;
    if (field === "displayName" || field === "userPrincipalName") record[field] = value ?? "";
    else record[field] = value;
  }
  if (wire.accountEnabled !== undefined) record.accountEnabled = wire.accountEnabled !== false;
  const manager = managerOf(wire);
  if (manager !== undefined) record.managerId = manager;
  records.set(wire.id, record);
}

/**
 * The manager an entry names: `manager@delta` (delta; an entry marked `@removed` takes the manager
 * away), or the expanded `manager` object. undefined: the entry says nothing about the manager.
 */
function managerOf(wire: UserWire): string | null | undefined {
  const delta = wire[MANAGER_DELTA];
  if (delta !== undefined) {
    const current = delta.filter((m) => m[REMOVED_ANNOTATION] === undefined);
    return current.at(-1)?.id ?? null;
  }
  if (wire.manager !== undefined) return wire.manager?.id ?? null;
  return undefined;
}
