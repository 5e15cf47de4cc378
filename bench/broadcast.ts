/**
 * The durable outbox (issue 7, "The sender"): one job of N recipients sent by in-process workers on Azurite
 * to a loopback connector that enforces the tenant limit (429 when a sliding second holds more) and 7/s per
 * conversation. Reports sends/s against the limit, duplicates, lost recipients, throttled requests, storage
 * requests per recipient and peak RSS of this whole process (not a server: bench/broadcast-server.ts measures
 * the real servers). `npm run bench -- broadcast-inprocess` runs it for 10,000 at 50/s (~225 s) and at 500/s.
 */
import { randomUUID } from "node:crypto";
import { OutboxWorker } from "../src/services/outbox/worker";
import { startAzurite } from "../src/storage/azurite";
import { openOutboxStorage } from "../src/storage/outbox-tables";
import { httpSendPort } from "../test/outbox/support/http-send-port";
import { OutboxConnector } from "../test/outbox/support/outbox-connector";
import { maxPerSecond, recipients as makeRecipients } from "../test/outbox/support/outbox-harness";

export interface BroadcastBenchOptions {
  recipients?: number;
  ratePerSecond?: number;
  /** Workers (each with its own rate pacer, at least the app's 16 items in progress) sharing the tenant gate, as several App Service instances would. */
  workers?: number;
}

export interface BroadcastBenchResult {
  recipients: number;
  ratePerSecond: number;
  workers: number;
  seconds: number;
  sendsPerSecond: number;
  /** sends/s as a share of the limit (target ≥ 0.9). */
  shareOfLimit: number;
  maxInAnySecond: number;
  duplicates: number;
  lost: number;
  throttledShare: number;
  storageOpsPerRecipient: number;
  /** Peak RSS of this whole process: the workers, the in-process loopback connector and the tsx loader. */
  peakRssMb: number;
  /** What the workers did, summed: items retried (429, 5xx, network), failed for good, found sent by the marker. */
  workerTotals: { sent: number; retried: number; failed: number; alreadySent: number; lostClaims: number };
}

export async function benchBroadcast(options: BroadcastBenchOptions = {}): Promise<BroadcastBenchResult> {
  const n = options.recipients ?? 1000;
  const rate = options.ratePerSecond ?? 50;
  const workerCount = options.workers ?? 2;
  const azurite = await startAzurite();
  const connector = new OutboxConnector({ tenantPerSecond: rate, conversationPerSecond: 7 });
  await connector.start();
  let peakRss = process.memoryUsage().rss;
  const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  try {
    const storage = await openOutboxStorage(azurite.connectionString, "benchout");
    const jobId = randomUUID();
    const all = makeRecipients(n, "bench");
    await storage.store.createJob({ jobId, payload: "bench", createdAt: new Date().toISOString() }, all);
    const gates = Array.from({ length: workerCount }, () => storage.gate("tenant-bench", rate));
    const send = httpSendPort(connector.url);
    const started = performance.now();
    const summaries = await Promise.all(
      gates.map((gate, i) =>
        new OutboxWorker(storage.store, gate, send, { owner: `bench-${i}`, tenantRatePerSecond: rate, concurrency: Math.max(16, Math.ceil(rate / 5)) }).run(jobId),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const delivered = connector.delivered();
    const duplicates = [...delivered.values()].reduce((s, c) => s + c - 1, 0);
    const storageOps = storage.store.operations + gates.reduce((s, g) => s + g.operations, 0);
    return {
      recipients: n,
      ratePerSecond: rate,
      workers: workerCount,
      seconds,
      sendsPerSecond: delivered.size / seconds,
      shareOfLimit: delivered.size / seconds / rate,
      maxInAnySecond: maxPerSecond(connector.requests.map((r) => r.at)),
      duplicates,
      lost: all.filter((r) => !delivered.has(r.recipientId)).length,
      throttledShare: connector.throttled / Math.max(1, connector.requests.length),
      storageOpsPerRecipient: storageOps / n,
      peakRssMb: peakRss / 1024 / 1024,
      workerTotals: {
        sent: summaries.reduce((t, w) => t + w.sent, 0),
        retried: summaries.reduce((t, w) => t + w.retried, 0),
        failed: summaries.reduce((t, w) => t + w.failed, 0),
        alreadySent: summaries.reduce((t, w) => t + w.alreadySent, 0),
        lostClaims: summaries.reduce((t, w) => t + w.lostClaims, 0),
      },
    };
  } finally {
    clearInterval(rssTimer);
    await connector.stop();
    await azurite.stop();
  }
}
