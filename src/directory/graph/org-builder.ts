import { ROLES, type JabatanType, type OrgData, type Person, type Role } from "../../domain/org";
import { DEFAULT_JABATAN_TYPES, type GraphOrgMapping } from "./graph-mapping";
import type { GraphUserRecord } from "./graph-user-record";
import { checkHierarchy } from "./hierarchy-check";
import type { SyncProblem } from "./sync-types";
import { UnitResolver } from "./unit-resolver";

/** NIP (PNS) or PPPK number: 18 digits. */
const NIP_PATTERN = /^\d{18}$/;

export interface GroupMembers {
  admin: readonly string[];
  kompetensi: readonly string[];
}

export interface BuiltOrg {
  org: OrgData;
  problems: SyncProblem[];
}

/**
 * Maps Graph users to the app's organisation. Pure: the same records, groups and mapping always give
 * the same directory, so a delta round only has to update records and build again.
 * Disabled accounts are left out silently; users whose NIP (missing, malformed or already taken),
 * jabatan type or unit cannot be mapped are left out and reported (the app cannot appraise them until
 * Entra is fixed). Whoever reports to someone left out is reported with the reason.
 */
export function buildOrgData(records: Iterable<GraphUserRecord>, groups: GroupMembers, mapping: GraphOrgMapping): BuiltOrg {
  const units = new UnitResolver(mapping);
  const jabatanTypes = mapping.jabatanTypes ?? DEFAULT_JABATAN_TYPES;
  const roleMembers: Record<Role, ReadonlySet<string>> = {
    admin: new Set(groups.admin),
    kompetensi: new Set(groups.kompetensi),
  };
  const excluded: SyncProblem[] = [];
  const leftOut = new Map<string, string>();
  const nipOwners = new Map<string, string>();
  const people: Person[] = [];

  for (const record of records) {
    if (!record.accountEnabled) {
      leftOut.set(record.id, "account disabled");
      continue;
    }
    const problems: SyncProblem[] = [];
    const report = (kind: SyncProblem["kind"], detail: string) => problems.push({ userId: record.id, kind, detail });

    const nip = record.employeeId?.trim() ?? "";
    const nipOwner = nipOwners.get(nip);
    if (!NIP_PATTERN.test(nip)) report("bad_nip", nip === "" ? "employeeId is empty" : `employeeId "${nip}" is not 18 digits`);
    // A NIP names one person; the first account in Graph's order keeps it, later ones are left out.
    else if (nipOwner !== undefined) report("bad_nip", `employeeId "${nip}" is already used by ${nipOwner}`);
    const jabatanType = mapJabatan(record.employeeType, jabatanTypes);
    if (jabatanType === undefined) {
      report("unmapped_jabatan", `employeeType "${record.employeeType ?? ""}" has no jabatan type`);
    }
    const unit = units.resolve(record.department);
    if ("problem" in unit) report("unknown_unit", unit.problem);

    if (problems.length > 0 || jabatanType === undefined || "problem" in unit) {
      excluded.push(...problems);
      leftOut.set(record.id, problems.map((p) => p.kind).join(", "));
      continue;
    }
    nipOwners.set(nip, record.id);
    people.push({
      id: record.id,
      displayName: record.displayName,
      userPrincipalName: record.userPrincipalName,
      nip,
      jobTitle: record.jobTitle ?? "",
      jabatanType,
      unitId: unit.unitId,
      managerId: record.managerId,
      roles: ROLES.filter((role) => roleMembers[role].has(record.id)),
    });
  }

  const hierarchyProblems = checkHierarchy(people, new Set(mapping.topUserIds ?? []), leftOut);
  return {
    org: { organization: { ...mapping.organization }, units: units.units(), people },
    problems: [...excluded, ...hierarchyProblems],
  };
}

function mapJabatan(employeeType: string | null, map: Readonly<Record<string, JabatanType>>): JabatanType | undefined {
  const key = employeeType?.trim() ?? "";
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}
