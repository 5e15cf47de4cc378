import type { FakeGraphUser } from "./fake-graph-directory";

const OPD = ["Sekretariat Daerah", "BKPSDM", "Dinas Kesehatan", "Dinas Pendidikan", "Disdukcapil", "Dinas PUPR", "Bappeda", "Dinas Sosial"];
const LEVELS = ["JPT", "Administrator", "Pengawas", "Fungsional", "Pelaksana"] as const;

/** A deterministic, GUID-shaped Entra object id for user number `n`. */
export function syntheticUserId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

/**
 * `count` synthetic civil servants (not real people) in a manager tree: user 0 is the top, every
 * other user reports to user floor((n - 1) / fanOut), so the tree is wide and a few levels deep.
 * NIPs are 18 digits, employeeType one of the five jabatan types by depth.
 */
export function syntheticUsers(count: number, fanOut = 8): FakeGraphUser[] {
  const users: FakeGraphUser[] = [];
  const depth: number[] = [];
  for (let n = 0; n < count; n++) {
    const managerIndex = n === 0 ? undefined : Math.floor((n - 1) / fanOut);
    depth[n] = managerIndex === undefined ? 0 : (depth[managerIndex] ?? 0) + 1;
    const level = LEVELS[Math.min(depth[n] ?? 0, LEVELS.length - 1)] ?? "Pelaksana";
    users.push({
      id: syntheticUserId(n),
      displayName: `Pegawai ${n}`,
      userPrincipalName: `pegawai.${n}@pontianak.example`,
      // Birth date, appointment year and month, then a serial: 18 digits, unique below 10,000 users.
      employeeId: `19800101200501${String(n).padStart(4, "0")}`,
      jobTitle: `Jabatan ${level} ${n}`,
      department: OPD[n % OPD.length] ?? "BKPSDM",
      employeeType: level,
      accountEnabled: true,
      managerId: managerIndex === undefined ? null : syntheticUserId(managerIndex),
    });
  }
  return users;
}
