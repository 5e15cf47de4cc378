import type { GraphUserRecord } from "../../src/directory/graph/graph-user-record";
import { applyDeltaEntry } from "../../src/directory/graph/graph-user-record";
import type { Person } from "../../src/domain/org";
import { EXPECTED_PEOPLE, EXPLICIT_MAPPING, ID, smallOrgGroups, smallOrgUsers, KOMPETENSI_GROUP } from "./support/small-org";
import { paths, startHarness, type Harness } from "./support/graph-harness";

const expectedPerson = (id: string): Person => {
  const p = EXPECTED_PEOPLE.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};

describe("Graph directory: delta rounds", () => {
  let h: Harness;
  afterEach(() => h.server.close());

  const start = (deltaPageSize?: number) =>
    startHarness({ server: { users: smallOrgUsers(), groups: smallOrgGroups(), deltaPageSize }, mapping: EXPLICIT_MAPPING });

  test("a full sync stores the deltaLink; the next sync applies changes, new users and @removed to the copy", async () => {
    h = await start(2);
    const full = await h.source.syncNow();
    if (full.status !== "ok") throw new Error(full.reason);
    const stored = await h.store.load();
    expect(stored?.copy.source.deltaLink).toBe(`${h.server.baseUrl}/v1.0/users/delta?$deltatoken=1`);

    const users = smallOrgUsers();
    const dir = h.server.directory;
    // Agus moves up to report to the Kaban directly; Dewi is promoted and loses her manager in Entra;
    // a new Pelaksana joins under Siti; Budi and the disabled account are removed; the kompetensi group changes.
    dir.upsert({ ...users[3]!, managerId: ID.kaban }, { ...users[4]!, jobTitle: "Analis SDM Aparatur Ahli Muda", managerId: null });
    dir.upsert({ ...users[5]!, id: "new-user", displayName: "Rina Putri", userPrincipalName: "rina.putri@pontianak.go.id", employeeId: "200001012024012001", managerId: ID.kabid });
    dir.remove(ID.pengadministrasi, ID.disabled);
    dir.setGroupMembers(KOMPETENSI_GROUP, [ID.analis]);
    const before = h.server.requests.length;

    const delta = await h.source.syncNow();
    if (delta.status !== "ok") throw new Error(delta.reason);

    expect(delta.mode).toBe("delta");
    expect(delta.org.people).toEqual([
      expectedPerson(ID.sekda),
      expectedPerson(ID.kaban),
      { ...expectedPerson(ID.kabid), roles: ["admin"] },
      { ...expectedPerson(ID.kasubbid), managerId: ID.kaban },
      { ...expectedPerson(ID.analis), jobTitle: "Analis SDM Aparatur Ahli Muda", managerId: null },
      { id: "new-user", displayName: "Rina Putri", userPrincipalName: "rina.putri@pontianak.go.id", nip: "200001012024012001", jobTitle: "Pengadministrasi Kepegawaian", jabatanType: "Pelaksana", unitId: "bkpsdm-pk", managerId: ID.kabid, roles: [] },
    ]);
    expect(delta.report.problems).toEqual([{ userId: ID.analis, kind: "no_manager", detail: "no manager set in Entra" }]);
    // 5 delta entries in pages of 2, then the two group lists
    expect(paths(h.server).slice(before)).toEqual([
      "/v1.0/users/delta?$deltatoken=1",
      "/v1.0/users/delta?$skiptoken=1~2",
      "/v1.0/users/delta?$skiptoken=1~4",
      expect.stringMatching(/^\/v1\.0\/groups\/0f1e2d3c-admin-group\/transitiveMembers/),
      expect.stringMatching(/^\/v1\.0\/groups\/0f1e2d3c-kompetensi-group\/transitiveMembers/),
    ]);
    expect(delta.report).toEqual({ mode: "delta", users: 5, pages: 5, requests: 5, retries: 0, problems: delta.report.problems });
    expect((await h.store.load())?.copy.source.deltaLink).toBe(`${h.server.baseUrl}/v1.0/users/delta?$deltatoken=4`);

    // Nothing changed: a round with no entries keeps the directory as it is.
    const quiet = await h.source.syncNow();
    expect(quiet.status === "ok" && quiet.org).toEqual(delta.org);
  });

  test("a delta round that fails keeps the copy and its deltaLink; the next round starts from the same link", async () => {
    h = await start();
    const full = await h.source.syncNow();
    if (full.status !== "ok") throw new Error(full.reason);
    h.server.directory.upsert({ ...smallOrgUsers()[2]!, jobTitle: "Plt. Kepala Bidang" });

    h.server.fault = (r) => (r.collection === "delta" ? { status: 503 } : undefined);
    const failed = await h.source.syncNow();
    expect(failed).toMatchObject({ status: "failed", mode: "delta", keptVersion: full.version });
    expect((await h.store.load())?.copy.source.deltaLink).toBe(`${h.server.baseUrl}/v1.0/users/delta?$deltatoken=1`);
    expect(h.source.current()).toEqual(full.org);

    h.server.fault = undefined;
    const retried = await h.source.syncNow();
    expect(retried.status === "ok" && retried.org.people.find((p) => p.id === ID.kabid)?.jobTitle).toBe("Plt. Kepala Bidang");
  });

  test("an expired delta token (410 Gone) falls back to a full read", async () => {
    h = await start();
    const full = await h.source.syncNow();
    if (full.status !== "ok") throw new Error(full.reason);
    h.server.fault = (r) => (r.url.includes("$deltatoken=1") ? { status: 410 } : undefined);

    const again = await h.source.syncNow();
    expect(again.status === "ok" && again.mode).toBe("full");
    expect(again.status === "ok" && again.org).toEqual(full.org);
  });
});

describe("delta entries", () => {
  const record = (): GraphUserRecord => ({
    id: "a",
    displayName: "A",
    userPrincipalName: "a@x",
    employeeId: "199001012015031001",
    jobTitle: "Old",
    department: "BKPSDM",
    employeeType: "Pelaksana",
    accountEnabled: true,
    managerId: "m1",
  });

  test("properties left out are unchanged; a plain `manager` object is read like manager@delta", () => {
    const records = new Map([["a", record()]]);
    applyDeltaEntry(records, { id: "a", jobTitle: "New", department: null });
    expect(records.get("a")).toEqual({ ...record(), jobTitle: "New", department: null });
    applyDeltaEntry(records, { id: "a", manager: { "@odata.type": "#microsoft.graph.user", id: "m2" } });
    expect(records.get("a")?.managerId).toBe("m2");
    applyDeltaEntry(records, { id: "a", "manager@delta": [{ "@odata.type": "#microsoft.graph.user", id: "m2", "@removed": { reason: "deleted" } }] });
    expect(records.get("a")?.managerId).toBeNull();
    applyDeltaEntry(records, { id: "a", accountEnabled: false });
    expect(records.get("a")?.accountEnabled).toBe(false);
    applyDeltaEntry(records, { id: "a", "@removed": { reason: "deleted" } });
    expect(records.size).toBe(0);
  });

  test("an entry of the wrong shape is refused with the user's id", () => {
    expect(() => applyDeltaEntry(new Map(), { id: "b", displayName: 42 })).toThrow(/Graph user b has an unexpected shape/);
  });
});
