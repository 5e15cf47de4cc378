/**
 * Issue 7, "The sender", measured on the real server: TWO server processes (compiled dist/src/main.js, as two
 * App Service instances) on one Azurite, the outbox tenant limit set through OUTBOX_TENANT_RATE_PER_SECOND. An
 * admin (from the directory's roles) sends ONE announcement to everyone through the API; every employee of the
 * synthetic org has a stored personal conversation pointing at a limit-enforcing loopback connector in this
 * process (429 past the tenant limit per sliding second, or 7/s per conversation). The peak RSS of each
 * server is its own (VmHWM), apart from this process's (connector, Azurite client, tsx).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { VERBS } from "../src/cards/verbs";
import { generateSyntheticOrg } from "../src/directory";
import { freePort, startAzurite } from "../src/storage/azurite";
import { OutboxConnector } from "../test/outbox/support/outbox-connector";
import { maxPerSecond } from "../test/outbox/support/outbox-harness";
import { cpuSeconds, memoryBreakdown, memoryProbeEnv, ownPeakRssMb, seedJpTargetReached, seedPersonalConversations } from "./support/broadcast-fixture";
import { startServerProcess, type ServerProcess } from "./support/server-process";

export interface BroadcastServerBenchOptions {
  recipients?: number;
  ratePerSecond?: number;
}

export interface ServerMemory {
  peakRssMb: number;
  /** CPU seconds (user + system) the process used from its start to the end of the run. */
  cpuSeconds: number;
  /** The probe's sample at the highest RSS (MB): rss, heapTotal, heapUsed, external, arrayBuffers. */
  atPeakRss?: Record<string, number>;
  maxHeapUsedMb: number;
}

export interface BroadcastServerBenchResult {
  recipients: number;
  ratePerSecond: number;
  servers: number;
  /** POST /api/announcements answered (the outbox holds every recipient by then). */
  composeMs: number;
  /** From the POST to the connector's last delivery. */
  seconds: number;
  /** From the POST until GET /api/announcements/:id showed every item final (polled every 2 s, as the tab does). */
  settledSeconds: number;
  sendsPerSecond: number;
  shareOfLimit: number;
  maxInAnySecond: number;
  duplicates: number;
  lost: number;
  throttledShare: number;
  /** Other proactive messages the servers delivered during the run (schedulers' reminders); they share the limit. */
  otherMessages: number;
  /** The author's view at the end: items sent / failed, and why they failed. */
  sent: number;
  failed: number;
  failures: Record<string, number>;
  serverMemory: ServerMemory[];
  benchPeakRssMb: number;
  benchCpuSeconds: number;
}

const POLL_MS = 2000;
const ANNOUNCEMENT = "announcement";
const OTHER = "other";
const TIMEOUT_MS = 20 * 60_000;

interface AuthorView {
  progress: Record<string, number>;
  failures: Record<string, number>;
}

/** Polls the author's view as the tab does until no item is queued, sending or retrying. */
async function settled(get: () => Promise<Response>, started: number): Promise<AuthorView> {
  for (;;) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    const res = await get();
    if (res.ok) {
      const view = (await res.json()) as AuthorView;
      const p = view.progress;
      if (p.total! > 0 && p.queued! + p.sending! + p.retrying! === 0) return view;
    }
    if (performance.now() - started > TIMEOUT_MS) throw new Error(`announcement not settled after ${TIMEOUT_MS / 1000} s`);
  }
}

export async function benchBroadcastServer(options: BroadcastServerBenchOptions = {}): Promise<BroadcastServerBenchResult> {
  const n = options.recipients ?? 1000;
  const rate = options.ratePerSecond ?? 50;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-broadcast-"));
  const org = generateSyntheticOrg({ employees: n, seed: 7 });
  const orgFile = path.join(dir, "org.json");
  fs.writeFileSync(orgFile, JSON.stringify(org));
  const admin = org.users.find((u) => u.roles?.includes("admin"));
  if (!admin) throw new Error("the synthetic org has no admin");
  const tablePrefix = `bcast${rate}`;
  const azurite = await startAzurite();
  const connector = new OutboxConnector({ tenantPerSecond: rate, conversationPerSecond: 7 }, (activity) =>
    JSON.stringify(activity).includes(`"${VERBS.announcementAck}"`) ? ANNOUNCEMENT : OTHER,
  );
  await connector.start();
  const servers: ServerProcess[] = [];
  const probes = [0, 1].map((i) => path.join(dir, `memory-${i}.jsonl`));
  try {
    await seedPersonalConversations(azurite.connectionString, tablePrefix, org.users, connector.url);
    await seedJpTargetReached(azurite.connectionString, tablePrefix, org, new Date());
    for (const probe of probes) {
      const env = {
        STORAGE_CONNECTION_STRING: azurite.connectionString,
        ORG_DIRECTORY_FILE: orgFile,
        TABLE_PREFIX: tablePrefix,
        OUTBOX_TENANT_RATE_PER_SECOND: String(rate),
        // The bench drives the API far more than a person would; the limit is not what is measured here.
        API_RATE_LIMIT_PER_MINUTE: "100000",
        ...memoryProbeEnv(probe),
      };
      servers.push(await startServerProcess(env, await freePort()));
    }
    const [a] = servers as [ServerProcess, ServerProcess];
    const api = (method: string, route: string, body?: unknown) =>
      fetch(a.url + route, {
        method,
        headers: { "Content-Type": "application/json", "X-Dev-User": admin.id },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    const started = performance.now();
    const startedAt = Date.now();
    const created = await api("POST", "/api/announcements", {
      content: { titleId: "Uji kirim massal", titleEn: "Bulk send test", bodyId: "Pengumuman untuk seluruh ASN Kota Pontianak.", bodyEn: "An announcement to every civil servant of Pontianak." },
      audience: { kind: "everyone" },
    });
    const composeMs = performance.now() - started;
    if (created.status !== 201) throw new Error(`POST /api/announcements answered ${created.status}: ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };

    const view = await settled(() => api("GET", `/api/announcements/${encodeURIComponent(id)}`), started);
    const settledSeconds = (performance.now() - started) / 1000;

    const announcements = connector.requests.filter((r) => r.kind === ANNOUNCEMENT && r.status < 300);
    const deliveredAt = connector.requests.filter((r) => r.status < 300).map((r) => r.at);
    const seconds = (Math.max(startedAt, ...announcements.map((r) => r.at)) - startedAt) / 1000;
    const delivered = new Map<string, number>();
    for (const r of announcements) delivered.set(r.recipient, (delivered.get(r.recipient) ?? 0) + 1);
    const serverMemory = servers.map((s, i) => ({ peakRssMb: s.peakRssMb(), cpuSeconds: cpuSeconds(s.child.pid!), ...memoryBreakdown(probes[i]!) }));
    return {
      recipients: n,
      ratePerSecond: rate,
      servers: servers.length,
      composeMs,
      seconds,
      settledSeconds,
      sendsPerSecond: delivered.size / seconds,
      shareOfLimit: delivered.size / seconds / rate,
      maxInAnySecond: maxPerSecond(deliveredAt),
      duplicates: [...delivered.values()].reduce((s, c) => s + c - 1, 0),
      lost: org.users.filter((u) => !delivered.has(u.id)).length,
      throttledShare: connector.throttled / Math.max(1, connector.requests.length),
      otherMessages: connector.requests.filter((r) => r.kind === OTHER && r.status < 300).length,
      sent: view.progress.sent ?? 0,
      failed: view.progress.failed ?? 0,
      failures: view.failures,
      serverMemory,
      benchPeakRssMb: ownPeakRssMb(),
      benchCpuSeconds: cpuSeconds("self"),
    };
  } finally {
    await Promise.allSettled(servers.map((s) => s.stop()));
    await connector.stop();
    await azurite.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
