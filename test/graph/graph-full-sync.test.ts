import { FAKE_GRAPH_TOKEN } from "../../bench/support/fake-graph-server";
import type { SyncResult, SyncSucceeded } from "../../src/directory/graph";
import { toSessionPath } from "../../src/directory/graph/graph-pager";
import {
  ADMIN_GROUP,
  EXPECTED_PEOPLE,
  EXPECTED_UNITS,
  EXPLICIT_MAPPING,
  ID,
  KOMPETENSI_GROUP,
  ORGANIZATION,
  smallOrgGroups,
  smallOrgUsers,
} from "./support/small-org";
import { paths, startHarness, type Harness } from "./support/graph-harness";

const SELECT = "id,displayName,userPrincipalName,employeeId,jobTitle,department,employeeType,accountEnabled";

function ok(result: SyncResult): SyncSucceeded {
  if (result.status !== "ok") throw new Error(`sync failed: ${result.reason}`);
  return result;
}

describe("Graph directory: full sync of a small organisation", () => {
  let h: Harness;
  afterEach(() => h.server.close());

  test("maps every person, unit and role exactly", async () => {
    h = await startHarness({ server: { users: smallOrgUsers(), groups: smallOrgGroups() }, mapping: EXPLICIT_MAPPING, usersPageSize: 2 });
    const result = ok(await h.source.syncNow());

    expect(result.org).toEqual({ organization: ORGANIZATION, units: EXPECTED_UNITS, people: EXPECTED_PEOPLE });
    expect(result.mode).toBe("full");
    expect(result.report).toEqual({ mode: "full", users: 7, pages: 7, requests: 7, retries: 0, problems: [] });
    expect(h.source.current()).toEqual(result.org);
  });

  test("follows absolute nextLinks, reads both groups, and sends the bearer token on every request", async () => {
    h = await startHarness({ server: { users: smallOrgUsers(), groups: smallOrgGroups() }, mapping: EXPLICIT_MAPPING, usersPageSize: 3 });
    ok(await h.source.syncNow());

    const users = `/v1.0/users?$select=${SELECT}&$expand=manager($select=id)&$top=3`;
    expect(paths(h.server)).toEqual([
      `/v1.0/users/delta?$select=${SELECT},manager&$deltatoken=latest`,
      users,
      `${users}&$skiptoken=3`,
      `${users}&$skiptoken=6`,
      `/v1.0/groups/${ADMIN_GROUP}/transitiveMembers/microsoft.graph.user?$select=id&$top=999`,
      `/v1.0/groups/${KOMPETENSI_GROUP}/transitiveMembers/microsoft.graph.user?$select=id&$top=999`,
    ]);
    expect(h.server.requests.every((r) => r.authorization === `Bearer ${FAKE_GRAPH_TOKEN}`)).toBe(true);
    expect(h.credential.scopesAsked.every((s) => s.length === 1 && s[0] === "https://graph.microsoft.com/.default")).toBe(true);
  });

  test("a page size set by the server (not $top) is followed just the same", async () => {
    h = await startHarness({ server: { users: smallOrgUsers(), groups: smallOrgGroups(), usersPageSize: 1, membersPageSize: 1 }, mapping: EXPLICIT_MAPPING });
    const result = ok(await h.source.syncNow());

    expect(result.org.people).toEqual(EXPECTED_PEOPLE);
    // 1 delta anchor + 7 user pages + 2 admin pages + 2 kompetensi pages
    expect(result.report).toMatchObject({ users: 7, pages: 12, requests: 12, retries: 0 });
  });

  test("by default units are the departments (slug ids) flat under the root, employeeType taken verbatim", async () => {
    const users = smallOrgUsers().map((u) => (u.id === ID.sekda || u.id === ID.kaban ? { ...u, employeeType: "JPT" } : u));
    h = await startHarness({
      server: { users, groups: { [ADMIN_GROUP]: [] } },
      mapping: { organization: ORGANIZATION, adminGroupId: ADMIN_GROUP, topUserIds: [ID.sekda], rootUnit: { id: "pemkot", name: "Pemerintah Kota Pontianak" } },
    });
    const result = ok(await h.source.syncNow());

    expect(result.org.units).toEqual([
      { id: "pemkot", name: "Pemerintah Kota Pontianak", parentId: null },
      { id: "bidang-penilaian-kinerja", name: "Bidang Penilaian Kinerja", parentId: "pemkot" },
      { id: "bkpsdm", name: "BKPSDM", parentId: "pemkot" },
      { id: "sekretariat-daerah", name: "Sekretariat Daerah", parentId: "pemkot" },
    ]);
    expect(result.org.people.map((p) => [p.id, p.unitId, p.jabatanType, p.roles])).toEqual([
      [ID.sekda, "sekretariat-daerah", "JPT", []],
      [ID.kaban, "bkpsdm", "JPT", []],
      [ID.kabid, "bidang-penilaian-kinerja", "Administrator", []],
      [ID.kasubbid, "bidang-penilaian-kinerja", "Pengawas", []],
      [ID.analis, "bidang-penilaian-kinerja", "Fungsional", []],
      [ID.pengadministrasi, "bidang-penilaian-kinerja", "Pelaksana", []],
    ]);
    expect(result.report.problems).toEqual([]);
    expect(result.report.pages).toBe(3);
  });

  test("a token the server refuses fails the sync with the reason, and nothing is stored", async () => {
    h = await startHarness({ server: { users: smallOrgUsers(), groups: smallOrgGroups(), token: "another-token" }, mapping: EXPLICIT_MAPPING });
    const result = await h.source.syncNow();

    expect(result).toMatchObject({ status: "failed", mode: "full", keptVersion: null });
    expect(result.status === "failed" && result.reason).toMatch(/^Graph users delta anchor, page 1: HTTP 401/);
    expect(await h.store.load()).toBeNull();
    expect(h.server.requests).toHaveLength(1);
  });
});

describe("Graph links", () => {
  const session = { baseUrl: "http://127.0.0.1:4567", version: "v1.0" };

  test("a nextLink under the base URL becomes a client path, kept verbatim", () => {
    expect(toSessionPath(session, "http://127.0.0.1:4567/v1.0/users?$top=2&$skiptoken=X%3D%3D")).toBe("/users?$top=2&$skiptoken=X%3D%3D");
  });

  test("a link to another host is refused, so the token never leaves for it", () => {
    expect(() => toSessionPath(session, "https://evil.example/v1.0/users?$skiptoken=1")).toThrow(/refusing to follow/);
  });
});
