import { FakeGraphCredential } from "../../bench/support/fake-graph-server";
import { GraphDirectorySource, startDirectorySync, type GraphSourceState, type SyncResult } from "../../src/directory/graph";
import type { OrgData } from "../../src/domain/org";
import { MemoryDirectoryCopyStore } from "../../src/storage/directory-copy-store";
import { EXPLICIT_MAPPING, smallOrgGroups, smallOrgUsers } from "./support/small-org";
import { startHarness, type Harness } from "./support/graph-harness";

const failedResult = (n: number): SyncResult => ({
  status: "failed",
  mode: "full",
  reason: `run ${n}`,
  report: { mode: "full", users: 0, pages: 0, requests: 0, retries: 0, problems: [] },
  keptVersion: null,
});

const waitFor = async (check: () => boolean, timeoutMs = 2000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe("startDirectorySync", () => {
  test("runs now when asked, then every interval, and stops when told", async () => {
    const results: SyncResult[] = [];
    let runs = 0;
    const stop = startDirectorySync({ sync: async () => failedResult(++runs), intervalMs: 20, runNow: true, onResult: (r) => results.push(r) });
    await waitFor(() => runs >= 3);
    stop();
    const runsAtStop = runs;
    await new Promise((r) => setTimeout(r, 60));

    expect(runs).toBeLessThanOrEqual(runsAtStop + 1);
    expect(results.slice(0, 3).map((r) => r.status === "failed" && r.reason)).toEqual(["run 1", "run 2", "run 3"]);
  });

  test("without runNow the first run waits for the interval (default 6 hours)", async () => {
    jest.useFakeTimers();
    try {
      let runs = 0;
      const stop = startDirectorySync({ sync: async () => failedResult(++runs) });
      await jest.advanceTimersByTimeAsync(6 * 60 * 60 * 1000 - 1);
      expect(runs).toBe(0);
      await jest.advanceTimersByTimeAsync(1);
      expect(runs).toBe(1);
      stop();
    } finally {
      jest.useRealTimers();
    }
  });

  test("a slow run is not overlapped: the next one is planned when it ends", async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const stop = startDirectorySync({
      sync: async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, 30));
        running--;
        return failedResult(++runs);
      },
      intervalMs: 1,
      runNow: true,
    });
    await waitFor(() => runs >= 3);
    stop();
    expect(maxRunning).toBe(1);
  });
});

describe("syncNow (the admin's on-demand sync)", () => {
  let h: Harness;
  afterEach(() => h.server.close());

  test("calls while a sync runs share it: one set of Graph requests, one result", async () => {
    h = await startHarness({ server: { users: smallOrgUsers(), groups: smallOrgGroups() }, mapping: EXPLICIT_MAPPING });
    const [a, b] = await Promise.all([h.source.syncNow(), h.source.syncNow()]);

    expect(a).toBe(b);
    expect(a.status).toBe("ok");
    expect(h.server.requests).toHaveLength(a.report.requests);
    const next = await h.source.syncNow();
    expect(next).not.toBe(a);
    expect(next.mode).toBe("delta");
  });

  test("onUpdate hears every successful sync, and only those", async () => {
    h = await startHarness({ server: { users: smallOrgUsers(), groups: smallOrgGroups() }, mapping: EXPLICIT_MAPPING });
    const updates: OrgData[] = [];
    const source = new GraphDirectorySource({
      credential: new FakeGraphCredential(),
      mapping: EXPLICIT_MAPPING,
      store: new MemoryDirectoryCopyStore<GraphSourceState>(),
      baseUrl: h.server.baseUrl,
      retry: { maxAttempts: 1 },
      onUpdate: (org) => updates.push(org),
    });
    const first = await source.syncNow();
    h.server.fault = () => ({ status: 503 });
    const second = await source.syncNow();

    expect([first.status, second.status]).toEqual(["ok", "failed"]);
    expect(updates).toEqual([first.status === "ok" && first.org]);
  });
});
