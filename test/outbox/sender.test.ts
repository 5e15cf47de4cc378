import { TableClient } from "@azure/data-tables";
import { OutboxWorker, type OutboxWorkerOptions } from "../../src/services/outbox/worker";
import { markerRowKey, shardCount, shardOf, shardPartition } from "../../src/storage/outbox-entities";
import type { OutboxStorage } from "../../src/storage/outbox-tables";
import { httpSendPort } from "./support/http-send-port";
import { OutboxConnector } from "./support/outbox-connector";
import { connectionString, maxPerSecond, openTestOutbox, recipients } from "./support/outbox-harness";

let outbox: OutboxStorage & { prefix: string };
let connector: OutboxConnector;
let jobCounter = 0;

beforeAll(async () => {
  outbox = await openTestOutbox();
});
beforeEach(async () => {
  connector = new OutboxConnector({ tenantPerSecond: 100, conversationPerSecond: 7 });
  await connector.start();
});
afterEach(() => connector.stop());

const newJob = async (n: number, name = "user") => {
  const jobId = `job-${jobCounter++}`;
  await outbox.store.createJob({ jobId, payload: "announcement-1", createdAt: new Date().toISOString() }, recipients(n, name));
  return jobId;
};
const worker = (rate: number, options: Partial<OutboxWorkerOptions> = {}) =>
  new OutboxWorker(outbox.store, outbox.gate(`tenant-${jobCounter}`, rate), httpSendPort(connector.url), {
    owner: "w1",
    tenantRatePerSecond: rate,
    leaseMs: 5000,
    pollMs: 50,
    retry: { maxTransientAttempts: 3, maxThrottledAttempts: 5, baseDelayMs: 50, maxDelayMs: 400 },
    ...options,
  });

describe("outbox sender on Azurite", () => {
  test("every recipient gets exactly one message, each status recorded as sent, within the tenant rate", async () => {
    const jobId = await newJob(150);
    const summary = await worker(80).run(jobId);
    expect(summary).toMatchObject({ sent: 150, failed: 0, finished: "done" });
    const delivered = connector.delivered();
    expect(delivered.size).toBe(150);
    expect([...delivered.values()].every((n) => n === 1)).toBe(true);
    expect(await outbox.store.counts(jobId)).toMatchObject({ sent: 150, queued: 0, sending: 0, retrying: 0, failed: 0 });
    expect((await outbox.store.getJob(jobId))?.state).toBe("done");
    expect(maxPerSecond(connector.requests.map((r) => r.at))).toBeLessThanOrEqual(80);
    expect(connector.throttled).toBe(0);
    // Running a worker again on a finished job sends nothing more.
    await worker(80).run(jobId);
    expect(connector.deliveredCount).toBe(150);
  });

  test("429 waits for Retry-After, 500s are retried, 403 MessageWritesBlocked and 404 fail at once, endless 5xx give up", async () => {
    const jobId = await newJob(6, "fault");
    const conv = (i: number) => `a:conv-fault-${i}`;
    connector.faults.set(conv(0), ["429:1"]);
    connector.faults.set(conv(1), ["500", "500"]);
    connector.faults.set(conv(2), ["403"]);
    connector.faults.set(conv(3), ["404"]);
    connector.faults.set(conv(4), ["500", "503", "502", "500"]);
    const summary = await worker(50).run(jobId);
    expect(summary.finished).toBe("done");
    const to = (i: number) => connector.requests.filter((r) => r.conversationId === conv(i));
    const items = new Map((await outbox.store.listItems(jobId)).map((i) => [i.conversationId, i]));

    expect(to(0).map((r) => r.status)).toEqual([429, 201]);
    expect(to(0)[1]!.at - to(0)[0]!.at).toBeGreaterThanOrEqual(950);
    expect(items.get(conv(0))).toMatchObject({ status: "sent", attempts: 2 });
    expect(to(1).map((r) => r.status)).toEqual([500, 500, 201]);
    expect(items.get(conv(1))).toMatchObject({ status: "sent", attempts: 3 });
    expect(to(2).map((r) => r.status)).toEqual([403]);
    expect(items.get(conv(2))).toMatchObject({ status: "failed", attempts: 1, lastError: "MessageWritesBlocked" });
    expect(to(3).map((r) => r.status)).toEqual([404]);
    expect(items.get(conv(3))).toMatchObject({ status: "failed", attempts: 1, lastError: "conversation_not_found" });
    expect(to(4).map((r) => r.status)).toEqual([500, 503, 502]);
    expect(items.get(conv(4))).toMatchObject({ status: "failed", attempts: 3, lastError: "gave_up:http_502" });
    expect(to(5).map((r) => r.status)).toEqual([201]);
    expect(await outbox.store.counts(jobId)).toMatchObject({ sent: 3, failed: 3 });
  });

  test("several items to one conversation keep its limit (7 per second)", async () => {
    const jobId = `job-${jobCounter++}`;
    const same = Array.from({ length: 12 }, (_, i) => ({ recipientId: `channel:c1:${i}`, conversationId: "19:channel-1@thread.tacv2" }));
    await outbox.store.createJob({ jobId, payload: "x", createdAt: new Date().toISOString() }, same);
    await worker(100, { conversationWindows: [{ count: 7, ms: 1000 }] }).run(jobId);
    expect(connector.deliveredCount).toBe(12);
    expect(connector.throttled).toBe(0);
    expect(maxPerSecond(connector.requests.map((r) => r.at))).toBeLessThanOrEqual(7);
  });

  test("cancel: pending items become cancelled and are never sent; what was sent stays sent", async () => {
    const jobId = await newJob(120, "cancel");
    const w = worker(40, { concurrency: 4 });
    const running = w.run(jobId);
    while (connector.deliveredCount < 15) await new Promise((r) => setTimeout(r, 20));
    const cancelled = await outbox.store.cancel(jobId);
    const summary = await running;
    expect(summary.finished).toBe("cancelled");
    const afterStop = connector.deliveredCount;
    await new Promise((r) => setTimeout(r, 300));
    expect(connector.deliveredCount).toBe(afterStop);
    const counts = await outbox.store.counts(jobId);
    expect(counts.sent).toBe(afterStop);
    expect(counts.sent + counts.cancelled).toBe(120);
    expect(cancelled).toBeGreaterThan(90);
    const items = await outbox.store.listItems(jobId);
    const delivered = connector.delivered();
    for (const item of items) expect(delivered.get(item.recipientId) ?? 0).toBe(item.status === "sent" ? 1 : 0);
  });

  test("an item whose send was recorded by the marker is not sent again by the worker that takes it over", async () => {
    const jobId = await newJob(3, "marker");
    const [first] = await outbox.store.listDue(jobId, Date.now(), 1);
    // A worker claimed it, sent it and wrote the marker, then died before updating the item.
    await outbox.store.claim(first!, "dead-worker", Date.now() + 100);
    const table = TableClient.fromConnectionString(connectionString(), `${outbox.prefix}Outbox`, { allowInsecureConnection: true });
    const shards = shardCount((await outbox.store.getJob(jobId))!.total);
    await table.createEntity({ partitionKey: shardPartition(jobId, shardOf(first!.recipientId, shards)), rowKey: markerRowKey(first!.recipientId) });
    await new Promise((r) => setTimeout(r, 150));
    const summary = await worker(50).run(jobId);
    expect(summary).toMatchObject({ sent: 2, alreadySent: 1, finished: "done" });
    expect(connector.delivered().has(first!.recipientId)).toBe(false);
    expect(await outbox.store.counts(jobId)).toMatchObject({ sent: 3 });
  });
});
