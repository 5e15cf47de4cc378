/**
 * The broadcast bench's world outside the servers: every employee of the synthetic org has the app installed,
 * i.e. a stored personal conversation reference (as the bot's installationUpdate stores it) whose serviceUrl is
 * the loopback connector, so every recipient of an announcement to everyone is reachable.
 */
import fs from "node:fs";
import path from "node:path";
import { toWibDate } from "../../src/domain/time";
import { JP_TARGET_PER_YEAR } from "../../src/domain/jp";
import type { JpCredit } from "../../src/services/competency-ports";
import { createTableClients } from "../../src/storage/tables";

export const BENCH_TENANT_ID = "8f1c2b6a-0d3e-4c55-9a77-1b2c3d4e5f60";
const BOT = { id: "28:kinerja-asn-bot", name: "Kinerja ASN" };
/** A Tables batch transaction holds at most 100 operations, all in one partition. */
const BATCH = 100;

/** The reference TurnContext.getConversationReference makes from a Teams personal-chat activity. */
export function personalReference(user: { id: string; displayName: string }, serviceUrl: string) {
  return {
    activityId: `f:install-${user.id}`,
    user: { id: `29:${user.id}`, name: user.displayName, aadObjectId: user.id },
    bot: BOT,
    conversation: { id: `a:personal-${user.id}`, conversationType: "personal", tenantId: BENCH_TENANT_ID },
    channelId: "msteams",
    locale: "id-ID",
    serviceUrl,
  };
}

/** Writes the Conversations table rows (PK "personal", RK person id) the app reads for an audience of people. */
export async function seedPersonalConversations(
  connectionString: string,
  tablePrefix: string,
  users: readonly { id: string; displayName: string }[],
  serviceUrl: string,
): Promise<void> {
  const table = createTableClients(connectionString, tablePrefix).conversations;
  await table.createTable();
  const updatedAt = new Date().toISOString();
  const rows = users.map((u) => ({ partitionKey: "personal", rowKey: u.id, reference: JSON.stringify(personalReference(u, serviceUrl)), updatedAt }));
  await inBatches(rows, (batch) => table.submitTransaction(batch.map((entity) => ["upsert", entity, "Replace"] as const)));
}

/**
 * Every employee has this year's 20 JP (one credited training), so the servers' start-up tick queues no JP
 * reminders (from July, to everyone behind: ~10,000 cards through the same outbox and tenant limit, which would
 * be measured instead of the announcement). Rows as TableCompetencyRepository.saveCredit writes them
 * (PK `jp|{year}`, RK `{employeeId}|{creditId}`), in batches: 10,000 single writes take minutes on a busy box.
 */
export async function seedJpTargetReached(
  connectionString: string,
  tablePrefix: string,
  org: { units: readonly { id: string; parentId: string | null }[]; users: readonly { id: string; unitId: string }[] },
  now: Date,
): Promise<void> {
  const table = createTableClients(connectionString, tablePrefix).competency;
  await table.createTable();
  const year = Number(toWibDate(now).slice(0, 4));
  const parents = new Map(org.units.map((u) => [u.id, u.parentId]));
  const opdOf = (unitId: string) => {
    let id = unitId;
    for (let parent = parents.get(id); parent; parent = parents.get(id)) id = parent;
    return id;
  };
  const rows = org.users.map((u) => {
    const credit: JpCredit = { id: "bench-jp", employeeId: u.id, year, kind: "training", title: "Pelatihan (bench)", jp: JP_TARGET_PER_YEAR, date: `${year}-01-15`, status: "credited", unitId: u.unitId, opdId: opdOf(u.unitId) };
    return { partitionKey: `jp|${year}`, rowKey: `${u.id}|${credit.id}`, status: credit.status, data: JSON.stringify(credit) };
  });
  await inBatches(rows, (batch) => table.submitTransaction(batch.map((entity) => ["upsert", entity, "Replace"] as const)));
}

/** Runs `submit` over batches of 100 rows (a Tables transaction's maximum), a few at a time: Azurite shares two cores. */
async function inBatches<T>(rows: T[], submit: (batch: T[]) => Promise<unknown>): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    pending.push(submit(rows.slice(i, i + BATCH)));
    if (pending.length === 4) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
}

/** CPU time (user + system) a process has used so far, in seconds; "self" for this one. */
export function cpuSeconds(pid: number | "self"): number {
  // /proc/<pid>/stat: the command may hold spaces, so count fields after its closing parenthesis.
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const CLOCK_TICKS = 100;
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Peak RSS (VmHWM) of this process, in MB. */
export function ownPeakRssMb(): number {
  const status = fs.readFileSync("/proc/self/status", "utf8");
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

export interface MemorySample {
  at: number;
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/** NODE_OPTIONS preloading the memory probe (bench/support/memory-probe.cjs) that writes to `file`. */
export function memoryProbeEnv(file: string): Record<string, string> {
  const probe = path.join(__dirname, "memory-probe.cjs");
  return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${probe}`.trim(), BENCH_MEMORY_PROBE_FILE: file };
}

/** The probe's sample with the highest RSS, and the highest heapUsed seen, in MB. */
export function memoryBreakdown(file: string): { atPeakRss?: Record<string, number>; maxHeapUsedMb: number } {
  if (!fs.existsSync(file)) return { maxHeapUsedMb: NaN };
  const samples = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as MemorySample);
  if (samples.length === 0) return { maxHeapUsedMb: NaN };
  const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;
  const peak = samples.reduce((a, b) => (b.rss > a.rss ? b : a));
  return {
    atPeakRss: { rss: mb(peak.rss), heapTotal: mb(peak.heapTotal), heapUsed: mb(peak.heapUsed), external: mb(peak.external), arrayBuffers: mb(peak.arrayBuffers) },
    maxHeapUsedMb: mb(Math.max(...samples.map((s) => s.heapUsed))),
  };
}
