import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { OutboxRecipient } from "../../../src/services/outbox/model";
import { openOutboxStorage, type OutboxStorage } from "../../../src/storage/outbox-tables";
import { uniquePrefix } from "../../support/app-harness";

export const connectionString = () => process.env.TEST_STORAGE_CONNECTION_STRING!;

export async function openTestOutbox(): Promise<OutboxStorage & { prefix: string }> {
  const prefix = uniquePrefix("outbox");
  return { prefix, ...(await openOutboxStorage(connectionString(), prefix)) };
}

export function recipients(n: number, prefix = "user"): OutboxRecipient[] {
  return Array.from({ length: n }, (_, i) => ({ recipientId: `personal:${prefix}-${i}`, conversationId: `a:conv-${prefix}-${i}` }));
}

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves with the worker's summary line when it exits by itself. */
  finished: Promise<{ code: number | null; summary?: Record<string, unknown> }>;
}

/** Starts worker-main.ts in its own Node process. */
export function startWorkerProcess(env: { prefix: string; jobId: string; connector: string; rate: number; owner: string; leaseMs?: number; concurrency?: number }): WorkerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "worker-main.ts")], {
    env: {
      ...process.env,
      OUTBOX_CONNECTION: connectionString(),
      OUTBOX_PREFIX: env.prefix,
      OUTBOX_JOB: env.jobId,
      OUTBOX_CONNECTOR: env.connector,
      OUTBOX_RATE: String(env.rate),
      OUTBOX_OWNER: env.owner,
      OUTBOX_LEASE_MS: String(env.leaseMs ?? 5000),
      OUTBOX_CONCURRENCY: String(env.concurrency ?? 8),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  const finished = new Promise<{ code: number | null; summary?: Record<string, unknown> }>((resolve) => {
    child.on("exit", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      resolve({ code, summary: last.startsWith("{") ? (JSON.parse(last) as Record<string, unknown>) : undefined });
    });
  });
  return { child, finished };
}

export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The most requests that arrived in any window [t, t + 1 s). */
export function maxPerSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let j = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (sorted[j]! <= sorted[i]! - 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}
