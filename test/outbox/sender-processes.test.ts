/**
 * The outbox across worker processes (each worker its own Node process on the shared Azurite): a worker killed
 * mid-send is taken over without duplicates or losses, and two workers on one job share the tenant limit.
 */
import type { OutboxStorage } from "../../src/storage/outbox-tables";
import { OutboxConnector } from "./support/outbox-connector";
import { maxPerSecond, openTestOutbox, recipients, startWorkerProcess, waitUntil } from "./support/outbox-harness";

jest.setTimeout(90_000);

let outbox: OutboxStorage & { prefix: string };
let connector: OutboxConnector;

beforeAll(async () => {
  outbox = await openTestOutbox();
});
afterEach(() => connector.stop());

const createJob = (jobId: string, n: number) =>
  outbox.store.createJob({ jobId, payload: "announcement", createdAt: new Date().toISOString() }, recipients(n, jobId));

test("2,000 recipients, the worker killed mid-send (requests in flight, no cleanup) and restarted: every recipient exactly once, the statuses add up", async () => {
  const total = 2000;
  const answered = 1000;
  connector = new OutboxConnector({ tenantPerSecond: 1000, conversationPerSecond: 7 });
  await connector.start();
  await createJob("crash", total);
  // A high test rate (500/s) keeps the test short; the limits themselves are covered by the pair test below.
  const settings = { prefix: outbox.prefix, jobId: "crash", connector: connector.url, rate: 500, leaseMs: 3000, concurrency: 32 };

  // The connector stops answering after half the deliveries: the worker's next sends hang in flight. Once the
  // worker has recorded the answered ones, it is killed (SIGKILL: no cleanup) and the hanging sends die with it.
  connector.holdAfter(answered);
  const first = startWorkerProcess({ ...settings, owner: "worker-a" });
  await waitUntil(() => connector.heldCount > 0, 60_000, "sends in flight");
  await waitUntil(async () => (await outbox.store.counts("crash")).sent === answered, 20_000, "the answered sends recorded");
  first.child.kill("SIGKILL");
  expect((await first.finished).code).toBeNull();
  connector.dropHeld();
  const left = await outbox.store.counts("crash");
  expect(left.sending).toBeGreaterThan(0); // claimed by the dead worker, leases still running
  expect(left.sent).toBe(answered);
  expect(left.sent + left.sending + left.queued + left.retrying).toBe(total);

  const second = startWorkerProcess({ ...settings, owner: "worker-b" });
  const { code, summary } = await second.finished;
  expect(code).toBe(0);
  expect(summary).toMatchObject({ sent: total - answered, finished: "done" });
  const delivered = connector.delivered();
  expect(delivered.size).toBe(total);
  expect([...delivered.values()].filter((n) => n !== 1)).toEqual([]);
  expect(await outbox.store.counts("crash")).toMatchObject({ sent: total, queued: 0, sending: 0, retrying: 0, failed: 0, cancelled: 0 });
});

test("two worker processes on one job: no duplicates, and together they keep the tenant limit (20/s)", async () => {
  const limit = 20;
  connector = new OutboxConnector({ tenantPerSecond: limit, conversationPerSecond: 7 });
  await connector.start();
  await createJob("pair", 160);
  const settings = { prefix: outbox.prefix, jobId: "pair", connector: connector.url, rate: limit };
  const workers = [startWorkerProcess({ ...settings, owner: "worker-1" }), startWorkerProcess({ ...settings, owner: "worker-2" })];
  const results = await Promise.all(workers.map((w) => w.finished));
  expect(results.map((r) => r.code)).toEqual([0, 0]);
  // Both really worked on the job.
  for (const r of results) expect(Number(r.summary?.sent)).toBeGreaterThan(10);
  expect(results.reduce((s, r) => s + Number(r.summary?.sent), 0)).toBe(160);

  const delivered = connector.delivered();
  expect(delivered.size).toBe(160);
  expect([...delivered.values()].every((n) => n === 1)).toBe(true);
  // Every request that reached the connector counts, throttled or not; one request of tolerance for HTTP jitter.
  expect(maxPerSecond(connector.requests.map((r) => r.at))).toBeLessThanOrEqual(limit + 1);
  expect(connector.throttled).toBeLessThanOrEqual(2);
  expect(await outbox.store.counts("pair")).toMatchObject({ sent: 160 });
});
