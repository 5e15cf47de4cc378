import { FakeGraphCredential } from "../../bench/support/fake-graph-server";
import { GraphDirectorySource, type GraphSourceState } from "../../src/directory/graph";
import { TableDirectoryCopyStore } from "../../src/storage/directory-copy-store";
import { EXPECTED_PEOPLE, EXPLICIT_MAPPING, smallOrgGroups, smallOrgUsers } from "./support/small-org";
import { startHarness, type Harness } from "./support/graph-harness";

const TABLE = `graphsource${Date.now().toString(36)}`;

async function tableStore(): Promise<TableDirectoryCopyStore<GraphSourceState>> {
  const cs = process.env.TEST_STORAGE_CONNECTION_STRING;
  if (!cs) throw new Error("TEST_STORAGE_CONNECTION_STRING is not set (jest global setup starts Azurite)");
  const store = TableDirectoryCopyStore.fromConnectionString<GraphSourceState>(cs, TABLE);
  await store.ensureTable();
  return store;
}

describe("Graph directory source with the copy in Azure Tables", () => {
  let h: Harness;
  afterAll(() => h.server.close());

  test("sync, restart, fail: the last good copy survives both the restart and the failure", async () => {
    const store = await tableStore();
    h = await startHarness({ server: { users: smallOrgUsers(), groups: smallOrgGroups() }, mapping: EXPLICIT_MAPPING, store, usersPageSize: 2 });
    expect(await h.source.loadLastGoodCopy()).toBeNull();
    const first = await h.source.syncNow();
    if (first.status !== "ok") throw new Error(first.reason);

    // A new process: the copy is there before any Graph request.
    const restarted = new GraphDirectorySource({
      credential: new FakeGraphCredential(),
      mapping: EXPLICIT_MAPPING,
      store: await tableStore(),
      baseUrl: h.server.baseUrl,
      usersPageSize: 2,
      retry: { maxAttempts: 2, sleep: async () => undefined },
    });
    const requestsBefore = h.server.requests.length;
    const org = await restarted.loadLastGoodCopy();
    expect(org?.people).toEqual(EXPECTED_PEOPLE);
    expect(restarted.currentReport()).toEqual(first.report);
    expect(h.server.requests.length).toBe(requestsBefore);

    h.server.fault = (r) => (r.collection === "users" && r.page === 1 ? { status: 500 } : undefined);
    const failed = await restarted.syncNow({ full: true });
    expect(failed).toMatchObject({ status: "failed", keptVersion: first.version });
    expect(restarted.current()).toEqual(first.org);

    const afterFailure = await (await tableStore()).load();
    expect(afterFailure?.version).toBe(first.version);
    expect(afterFailure?.copy.org).toEqual(first.org);
  });
});
