import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FakeGraphCredential, FakeGraphServer, type FakeGraphUser } from "../../bench/support/fake-graph-server";
import type { DirectorySyncService } from "../../src/directory/directory-sync-service";
import type { GraphSourceState } from "../../src/directory/graph";
import { openGraphDirectory } from "../../src/directory/open-graph-directory";
import { openDirectoryCopyStore } from "../../src/storage";
import { startApp, uniquePrefix, type AppHarness } from "../support/app-harness";
import { cardOf, cardText } from "../support/connector";
import { asUser, personalConversationId } from "../support/teams-client";
import { ADMIN_GROUP, EXPLICIT_MAPPING, ID, smallOrgGroups, smallOrgUsers } from "./support/small-org";

// ORG_DIRECTORY=graph end to end: the real server serving the directory synced from a loopback Graph, its copy
// in Azurite, admins syncing on demand over HTTP, and a failed sync reported to them in Teams.
const ADMIN = ID.kabid; // member of ADMIN_GROUP
const NON_ADMIN = ID.analis;
const RINA = "7a1c0000-0000-4000-8000-000000000001";
const TONO = "7a1c0000-0000-4000-8000-000000000002";
const LATE = ["7a1c0000-0000-4000-8000-000000000003", "7a1c0000-0000-4000-8000-000000000004"];

const newcomer = (id: string, name: string, nip: string, managerId: string, managerType?: "orgContact"): FakeGraphUser => ({
  id,
  displayName: name,
  userPrincipalName: `${id}@pontianak.go.id`,
  employeeId: nip,
  jobTitle: "Pengadministrasi Umum",
  department: "Bidang Penilaian Kinerja",
  employeeType: "Pelaksana",
  accountEnabled: true,
  managerId,
  managerType,
});

let graph: FakeGraphServer;
let service: DirectorySyncService;
let app: AppHarness;
let prefix: string;
let firstSync: boolean;
const connection = () => process.env.TEST_STORAGE_CONNECTION_STRING!;

async function open(tablePrefix: string) {
  const mappingFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-map-")), "mapping.json");
  fs.writeFileSync(mappingFile, JSON.stringify(EXPLICIT_MAPPING));
  return openGraphDirectory({
    env: { GRAPH_BASE_URL: graph.baseUrl, GRAPH_ORG_MAPPING_FILE: mappingFile, GRAPH_ADMIN_GROUP_ID: ADMIN_GROUP },
    store: await openDirectoryCopyStore<GraphSourceState>(connection(), tablePrefix),
    credential: new FakeGraphCredential(),
    retry: { sleep: async () => undefined },
  });
}

beforeAll(async () => {
  graph = await FakeGraphServer.start({ users: smallOrgUsers(), groups: smallOrgGroups(), deltaPageSize: 1 });
  prefix = uniquePrefix("dsync");
  ({ service, firstSync } = await open(prefix));
  app = await startApp({ directorySync: service });
});
afterAll(async () => {
  await app?.stop();
  await graph?.close();
});

const call = (as: string, p: string, init: RequestInit = {}) =>
  fetch(`${app.server.url}${p}`, { ...init, headers: { "Content-Type": "application/json", "X-Dev-User": as } });
const syncNow = (as: string) => call(as, "/api/admin/directory/sync", { method: "POST", body: "{}" });

describe("ORG_DIRECTORY=graph through the server", () => {
  test("with no stored copy, a first sync ran before serving; the synced people can sign in", async () => {
    expect(firstSync).toBe(true);
    const me = await (await call(ADMIN, "/api/me")).json();
    expect(me.person.displayName).toBe("Siti Rahmawati");
    expect(me.roles).toEqual(["admin", "kompetensi"]);
    const status = await (await call(ADMIN, "/api/admin/directory/status")).json();
    expect(status).toMatchObject({ source: "graph", inUse: { people: 6, units: 3 }, lastRun: { status: "ok", mode: "full" } });
  });

  test("a non-admin gets 403 from both admin routes and no sync runs", async () => {
    const before = graph.requests.length;
    expect((await call(NON_ADMIN, "/api/admin/directory/status")).status).toBe(403);
    const res = await syncNow(NON_ADMIN);
    expect(res.status).toBe(403);
    expect(Object.keys(await res.json())).toEqual(["error"]);
    expect(graph.requests.length).toBe(before);
  });

  test("an admin's sync brings a new user in, and reports a manager outside the tenant", async () => {
    graph.directory.upsert(
      newcomer(RINA, "Rina Marlina", "199505052020122001", ID.kasubbid),
      newcomer(TONO, "Tono Sugiarto", "199606062021011002", "guest-manager", "orgContact"),
    );
    expect((await call(RINA, "/api/me")).status).toBe(401);

    const res = await syncNow(ADMIN);
    expect(res.status).toBe(200);
    const status = await res.json();
    expect(status.lastRun).toMatchObject({ status: "ok", mode: "delta", problems: { manager_outside_tenant: 1, cycle: 0, no_manager: 0 } });
    expect(status.inUse.people).toBe(8);
    expect(status.reported.managerOutsideTenant).toEqual([
      { userId: TONO, displayName: "Tono Sugiarto", kind: "manager_outside_tenant", detail: "manager guest-manager is not among the synced users" },
    ]);
    const rina = await (await call(RINA, "/api/me")).json();
    expect(rina.supervisor.id).toBe(ID.kasubbid);
  });

  test("a sync hitting a 500 mid-paging keeps the old directory serving and stored, and the admins get a message", async () => {
    const admin = asUser({ id: ADMIN, displayName: "Siti Rahmawati" });
    await app.teams.install(admin);
    const before = app.connector.to(personalConversationId(admin)).length;
    const kept = (await call(ADMIN, "/api/admin/directory/status").then((r) => r.json())).inUse;

    graph.directory.upsert(...LATE.map((id, i) => newcomer(id, `Pegawai Baru ${i}`, `19970707202201100${i}`, ID.kasubbid)));
    graph.fault = (r) => (r.collection === "delta" && r.page >= 1 ? { status: 500 } : undefined);
    const res = await syncNow(ADMIN);
    graph.fault = undefined;

    expect(res.status).toBe(502);
    const body = await res.json();
    expect(body.error.code).toBe("directory_sync_failed");
    expect(body.status.lastRun).toMatchObject({ status: "failed", mode: "delta" });
    expect(body.status.lastRun.reason).toContain("500");
    expect(body.status.inUse).toEqual(kept);
    // Old directory still serving: the newcomers of the failed round are unknown, earlier ones still known.
    expect((await call(LATE[0]!, "/api/me")).status).toBe(401);
    expect((await call(RINA, "/api/me")).status).toBe(200);
    // The stored copy is the same last good one.
    const stored = await (await openDirectoryCopyStore<GraphSourceState>(connection(), prefix)).load();
    expect(stored?.version).toBe(kept.version);
    expect(stored?.copy.org.people.map((p) => p.id)).toContain(RINA);

    const sent = app.connector.to(personalConversationId(admin)).slice(before).filter((c) => c.method === "POST");
    expect(sent).toHaveLength(1);
    const text = cardText(cardOf(sent[0]!.activity));
    expect(text).toContain("Sinkronisasi direktori gagal");
    expect(text).toContain("Directory sync failed");
    expect(text).toContain("8 pegawai");
  });

  test("a restart loads the last good copy from Tables without asking Graph", async () => {
    const before = graph.requests.length;
    const restarted = await open(prefix);
    expect(restarted.firstSync).toBe(false);
    expect(graph.requests.length).toBe(before);
    expect(restarted.service.directory.getPerson(RINA)?.displayName).toBe("Rina Marlina");
    expect(restarted.service.directory.getPerson(LATE[0]!)).toBeUndefined();
    expect(restarted.service.status().reported.managerOutsideTenant.map((u) => u.userId)).toEqual([TONO]);
  });
});

describe("ORG_DIRECTORY=file", () => {
  test("the status says the directory is a file, and a sync is refused with 409", async () => {
    const fileApp = await startApp();
    try {
      const UTIN = "694472d1-a7d3-4946-a081-37f33a087ec9"; // admin in the demo organisation
      const get = (p: string, init: RequestInit = {}) => fetch(`${fileApp.server.url}${p}`, { ...init, headers: { "X-Dev-User": UTIN } });
      const status = await (await get("/api/admin/directory/status")).json();
      expect(status).toMatchObject({ source: "file", lastRun: null, inUse: { people: 28 } });
      const res = await get("/api/admin/directory/sync", { method: "POST" });
      expect(res.status).toBe(409);
      expect((await res.json()).error.code).toBe("directory_not_syncable");
    } finally {
      await fileApp.stop();
    }
  });
});
