import type { FakeGraphUser } from "../../bench/support/fake-graph-server";
import { ADMIN_GROUP, EXPLICIT_MAPPING, ID, ORGANIZATION, smallOrgGroups, smallOrgUsers } from "./support/small-org";
import { startHarness, type Harness } from "./support/graph-harness";

let serial = 0;
const base = (id: string, overrides: Partial<FakeGraphUser> = {}): FakeGraphUser => ({
  id,
  displayName: `Pegawai ${id}`,
  userPrincipalName: `${id}@pontianak.go.id`,
  employeeId: `19900101201503${String(++serial).padStart(4, "0")}`,
  jobTitle: "Pelaksana",
  department: "BKPSDM",
  employeeType: "Pelaksana",
  managerId: "top",
  ...overrides,
});

describe("Graph directory: users the hierarchy or the mapping cannot take are reported, not crashed on", () => {
  let h: Harness;
  afterEach(() => h.server.close());

  test("no manager, a manager outside the tenant, and a two-person cycle", async () => {
    const users = [
      base("top", { managerId: null }),
      base("u01", { managerId: null }), // no manager, not a configured top
      base("u02", { managerId: "guest-manager", managerType: "orgContact" }), // manager is an orgContact
      base("u03", { managerId: "deleted-user" }), // manager not among the users
      base("u04", { managerId: "u05" }), // u04 <-> u05
      base("u05", { managerId: "u04" }),
      base("u06", { managerId: "u04" }), // below the cycle: keeps its manager
    ];
    h = await startHarness({
      server: { users, groups: { [ADMIN_GROUP]: [] } },
      mapping: { organization: ORGANIZATION, adminGroupId: ADMIN_GROUP, topUserIds: ["top"] },
    });
    const result = await h.source.syncNow();
    if (result.status !== "ok") throw new Error(result.reason);

    expect(result.org.people.map((p) => [p.id, p.managerId])).toEqual([
      ["top", null],
      ["u01", null],
      ["u02", null],
      ["u03", null],
      ["u04", null],
      ["u05", null],
      ["u06", "u04"],
    ]);
    expect(result.report.problems).toEqual([
      { userId: "u01", kind: "no_manager", detail: "no manager set in Entra" },
      { userId: "u02", kind: "manager_outside_tenant", detail: "manager guest-manager is not among the synced users" },
      { userId: "u03", kind: "manager_outside_tenant", detail: "manager deleted-user is not among the synced users" },
      { userId: "u04", kind: "cycle", detail: "manager chain loops: u04 -> u05 -> u04" },
      { userId: "u05", kind: "cycle", detail: "manager chain loops: u04 -> u05 -> u04" },
    ]);
  });

  test("bad NIP, unmapped jabatan and unknown unit leave the user out; their reports are told why", async () => {
    const users = smallOrgUsers().map((u) => {
      if (u.id === ID.kasubbid) return { ...u, employeeId: "19850707201001100" }; // 17 digits
      if (u.id === ID.analis) return { ...u, employeeType: "Honorer", department: "Dinas Entah" };
      return u;
    });
    users.push(base("no-nip-no-unit", { employeeId: null, department: "", employeeType: "Pelaksana", managerId: ID.kabid }));
    h = await startHarness({ server: { users, groups: smallOrgGroups() }, mapping: EXPLICIT_MAPPING });
    const result = await h.source.syncNow();
    if (result.status !== "ok") throw new Error(result.reason);

    expect(result.org.people.map((p) => [p.id, p.managerId])).toEqual([
      [ID.sekda, null],
      [ID.kaban, ID.sekda],
      [ID.kabid, ID.kaban],
      [ID.pengadministrasi, null],
    ]);
    expect(result.report.users).toBe(8);
    expect(result.report.problems).toEqual([
      { userId: ID.kasubbid, kind: "bad_nip", detail: 'employeeId "19850707201001100" is not 18 digits' },
      { userId: ID.analis, kind: "unmapped_jabatan", detail: 'employeeType "Honorer" has no jabatan type' },
      { userId: ID.analis, kind: "unknown_unit", detail: 'department "Dinas Entah" is not in the department-to-unit map' },
      { userId: "no-nip-no-unit", kind: "bad_nip", detail: "employeeId is empty" },
      { userId: "no-nip-no-unit", kind: "unknown_unit", detail: "department is empty" },
      {
        userId: ID.pengadministrasi,
        kind: "manager_outside_tenant",
        detail: `manager ${ID.kasubbid} is left out of the directory (bad_nip)`,
      },
    ]);
  });

  test("a NIP already taken, and a manager whose account is disabled", async () => {
    const users = smallOrgUsers();
    users.push(base("second-account", { employeeId: "198003152005012003", managerId: ID.kaban })); // Siti's NIP
    users.push(base("under-disabled", { managerId: ID.disabled }));
    h = await startHarness({ server: { users, groups: smallOrgGroups() }, mapping: EXPLICIT_MAPPING });
    const result = await h.source.syncNow();
    if (result.status !== "ok") throw new Error(result.reason);

    expect(result.org.people.map((p) => p.id)).toEqual([ID.sekda, ID.kaban, ID.kabid, ID.kasubbid, ID.analis, ID.pengadministrasi, "under-disabled"]);
    expect(result.report.problems).toEqual([
      { userId: "second-account", kind: "bad_nip", detail: `employeeId "198003152005012003" is already used by ${ID.kabid}` },
      { userId: "under-disabled", kind: "manager_outside_tenant", detail: `manager ${ID.disabled} is left out of the directory (account disabled)` },
    ]);
  });

  test("at scale: counts of people and problems", async () => {
    const users: FakeGraphUser[] = [base("top", { managerId: null })];
    for (let i = 1; i <= 250; i++) users.push(base(`u${String(i).padStart(3, "0")}`, { managerId: i % 50 === 0 ? "outside" : "top" }));
    users.push(base("c1", { managerId: "c2" }), base("c2", { managerId: "c1" }), base("n1", { managerId: null }));
    h = await startHarness({
      server: { users, groups: { [ADMIN_GROUP]: ["u001"] } },
      mapping: { organization: ORGANIZATION, adminGroupId: ADMIN_GROUP, topUserIds: ["top"] },
    });
    const result = await h.source.syncNow();
    if (result.status !== "ok") throw new Error(result.reason);

    expect(result.org.people).toHaveLength(254);
    const count = (kind: string) => result.report.problems.filter((p) => p.kind === kind).length;
    expect([count("manager_outside_tenant"), count("cycle"), count("no_manager"), result.report.problems.length]).toEqual([5, 2, 1, 8]);
    expect(result.org.people.filter((p) => p.roles.includes("admin")).map((p) => p.id)).toEqual(["u001"]);
    // 1 delta anchor + 3 user pages of 100 + 1 group page
    expect(result.report).toMatchObject({ users: 254, pages: 5, requests: 5, retries: 0 });
  });
});
