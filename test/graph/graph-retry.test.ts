import type { FakeRequest } from "../../bench/support/fake-graph-server";
import { parseRetryAfterMs } from "../../src/directory/graph/retry-middleware";
import { EXPECTED_PEOPLE, EXPLICIT_MAPPING, smallOrgGroups, smallOrgUsers } from "./support/small-org";
import { startHarness, type Harness } from "./support/graph-harness";

const usersPage = (page: number) => (r: FakeRequest) => r.collection === "users" && r.page === page;

describe("Graph directory: throttling and transient failures", () => {
  let h: Harness;
  afterEach(() => h.server.close());

  const start = (retry = {}) =>
    startHarness({ server: { users: smallOrgUsers(), groups: smallOrgGroups() }, mapping: EXPLICIT_MAPPING, usersPageSize: 2, retry });

  test("429 with Retry-After is honoured (seconds), then the page is read", async () => {
    h = await start();
    h.server.fault = (r) =>
      (usersPage(1)(r) && r.attempt === 1) || (r.collection === "members" && r.attempt === 1)
        ? { status: 429, retryAfterSeconds: 1 }
        : undefined;
    const result = await h.source.syncNow();

    expect(result.status === "ok" && result.org.people).toEqual(EXPECTED_PEOPLE);
    expect(h.waits).toEqual([1000, 1000, 1000]);
    expect(result.report).toMatchObject({ pages: 7, retries: 3, requests: 10 });
    expect(result.report.requests).toBe(result.report.pages + result.report.retries);
    expect(h.server.requests).toHaveLength(result.report.requests);
  });

  test("Retry-After waits are capped and scaled (the scale is what lets tests and benches use real timers)", async () => {
    h = await start({ maxRetryAfterMs: 5000, retryAfterScale: 0.5 });
    h.server.fault = (r) => (usersPage(0)(r) && r.attempt === 1 ? { status: 429, retryAfterSeconds: 3600 } : undefined);
    const result = await h.source.syncNow();

    expect(result.status).toBe("ok");
    expect(h.waits).toEqual([2500]);
  });

  test("with the real sleep, a scaled Retry-After: 1 really waits", async () => {
    h = await start({ retryAfterScale: 0.05, sleep: (ms: number) => new Promise((r) => setTimeout(r, ms)) });
    h.server.fault = (r) => (usersPage(0)(r) && r.attempt === 1 ? { status: 429, retryAfterSeconds: 1 } : undefined);
    const started = Date.now();
    const result = await h.source.syncNow();

    expect(result.status).toBe("ok");
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  test("500/502/503/504 are retried with exponential backoff and jitter", async () => {
    h = await start();
    const statuses = [500, 502, 503, 504] as const;
    h.server.fault = (r) => {
      const status = usersPage(2)(r) ? statuses[r.attempt - 1] : undefined;
      return status ? { status } : undefined;
    };
    const result = await h.source.syncNow();

    expect(result.status === "ok" && result.org.people).toEqual(EXPECTED_PEOPLE);
    // jitter fixed at 0.5 by the harness: half of 100, 200, 400, 800 ms
    expect(h.waits).toEqual([50, 100, 200, 400]);
    expect(result.report).toMatchObject({ pages: 7, retries: 4, requests: 11 });
  });

  test("a 500 once in the middle of paging is retried and the sync completes", async () => {
    h = await start();
    h.server.fault = (r) => (usersPage(2)(r) && r.attempt === 1 ? { status: 500 } : undefined);
    const result = await h.source.syncNow();

    expect(result.status === "ok" && result.org.people).toEqual(EXPECTED_PEOPLE);
    expect(result.report).toMatchObject({ pages: 7, retries: 1, requests: 8 });
  });

  test("a 500 that persists in the middle of paging fails the sync; the last good copy is kept", async () => {
    h = await start({ maxAttempts: 3 });
    const first = await h.source.syncNow();
    if (first.status !== "ok") throw new Error(first.reason);
    const before = h.server.requests.length;

    h.server.directory.upsert({ ...smallOrgUsers()[1]!, displayName: "Should Not Appear" });
    h.server.fault = (r) => (usersPage(2)(r) ? { status: 500 } : undefined);
    const failed = await h.source.syncNow({ full: true });

    expect(failed).toMatchObject({ status: "failed", mode: "full", keptVersion: first.version });
    expect(failed.status === "failed" && failed.reason).toMatch(/^Graph users, page 3: HTTP 500/);
    // delta anchor + pages 1 and 2, then 3 attempts at page 3
    expect(failed.report).toMatchObject({ users: 4, pages: 3, retries: 2, requests: 6 });
    expect(h.server.requests.length - before).toBe(6);
    expect(h.source.current()).toEqual(first.org);
    const stored = await h.store.load();
    expect(stored?.version).toBe(first.version);
    expect(stored?.copy.org).toEqual(first.org);
    expect(h.source.lastResult()).toBe(failed);
  });

  test("errors that are not transient (404: the admin group is gone) fail at once, without retries", async () => {
    h = await startHarness({ server: { users: smallOrgUsers(), groups: {} }, mapping: EXPLICIT_MAPPING });
    const result = await h.source.syncNow();

    expect(result.status).toBe("failed");
    expect(result.status === "failed" && result.reason).toMatch(/^Graph members of group 0f1e2d3c-admin-group, page 1: HTTP 404/);
    expect(result.report).toMatchObject({ retries: 0, requests: 3, pages: 2 });
  });
});

describe("Retry-After parsing", () => {
  test("delay-seconds and HTTP-date", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfterMs("7", now)).toBe(7000);
    expect(parseRetryAfterMs("Wed, 01 Jan 2025 00:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfterMs("Tue, 31 Dec 2024 23:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
    expect(parseRetryAfterMs("soon", now)).toBeUndefined();
  });
});
