/**
 * The outbox worker: takes due items of a job, claims each under a lease (so no two processes send the same
 * item), checks the idempotency marker, waits for the conversation's and the tenant's rate, sends through the
 * port and records the outcome. Any number of workers, in any number of processes, may run on one job; a
 * worker that dies leaves leased items that another takes over when the lease ends.
 */
import { ConversationLimiter, TEAMS_CONVERSATION_WINDOWS, type RateWindow } from "./conversation-limiter";
import type { OutboxItem, OutboxJob, SendOutcome } from "./model";
import type { OutboxStore, SendPort, TenantRateGate } from "./ports";
import { decideRetry, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry-policy";
import { paceFor, sleep, SlotPacer } from "./slot-pacer";

export interface OutboxWorkerOptions {
  /** Unique per worker (e.g. instance id + pid); written on claimed items. */
  owner: string;
  tenantRatePerSecond?: number;
  conversationWindows?: readonly RateWindow[];
  /** Items in progress at once in this worker. */
  concurrency?: number;
  /** How long a claim holds an item; longer than a send can take (rate waits + the HTTP call). */
  leaseMs?: number;
  /** Idle poll when nothing is due (items retrying later, or leased by other workers). */
  pollMs?: number;
  retry?: RetryPolicy;
}

export interface WorkerSummary {
  sent: number;
  retried: number;
  failed: number;
  /** Items found already sent by the marker (a previous holder sent them but did not finish recording). */
  alreadySent: number;
  /** Claims lost to another worker. */
  lostClaims: number;
  finished: "done" | "cancelled" | "stopped";
}

export const DEFAULT_TENANT_RATE = 50;
const JOB_REFRESH_MS = 1000;

export class OutboxWorker {
  private readonly limiter: ConversationLimiter;
  private readonly pacer: SlotPacer;
  private readonly opts: Required<Omit<OutboxWorkerOptions, "conversationWindows">>;
  private stopping = false;

  constructor(
    private readonly store: OutboxStore,
    gate: TenantRateGate,
    private readonly send: SendPort,
    options: OutboxWorkerOptions,
    private readonly now: () => number = Date.now,
  ) {
    const rate = options.tenantRatePerSecond ?? DEFAULT_TENANT_RATE;
    this.opts = { tenantRatePerSecond: rate, concurrency: 16, leaseMs: 60_000, pollMs: 1000, retry: DEFAULT_RETRY_POLICY, ...options };
    this.limiter = new ConversationLimiter(options.conversationWindows ?? TEAMS_CONVERSATION_WINDOWS);
    this.pacer = new SlotPacer(gate, paceFor(rate), rate, now);
  }

  /** Asks `run` to return after the items in progress are finished. */
  stop(): void {
    this.stopping = true;
  }

  /** Works on the job until every item is final, the job is cancelled, or stop() is called. */
  async run(jobId: string): Promise<WorkerSummary> {
    const summary: WorkerSummary = { sent: 0, retried: 0, failed: 0, alreadySent: 0, lostClaims: 0, finished: "stopped" };
    let job = await this.store.getJob(jobId);
    if (!job) throw new Error(`outbox job not found: ${jobId}`);
    let jobReadAt = this.now();
    const inFlight = new Set<Promise<void>>();
    const mine = new Set<string>();
    let buffer: OutboxItem[] = [];
    while (!this.stopping) {
      if (this.now() - jobReadAt > JOB_REFRESH_MS) {
        job = (await this.store.getJob(jobId)) ?? job;
        jobReadAt = this.now();
      }
      if (job.state !== "sending") {
        summary.finished = job.state;
        break;
      }
      if (inFlight.size >= this.opts.concurrency) {
        await Promise.race(inFlight);
        continue;
      }
      if (buffer.length === 0) {
        buffer = shuffle((await this.store.listDue(jobId, this.now(), 2 * this.opts.concurrency)).filter((i) => !mine.has(i.recipientId)));
      }
      const item = buffer.shift();
      if (!item) {
        if (inFlight.size > 0) {
          await Promise.race(inFlight);
          continue;
        }
        const next = await this.store.nextDue(jobId);
        if (next === undefined) {
          const state = await this.store.markDone(jobId);
          summary.finished = state === "sending" ? "done" : state;
          break;
        }
        await sleep(Math.min(this.opts.pollMs, Math.max(10, next - this.now())));
        continue;
      }
      mine.add(item.recipientId);
      const task = this.process(item, job, () => job!.state !== "sending", summary)
        .catch((err) => console.error("outbox: item not processed, it will be taken again after its lease", err))
        .finally(() => {
          inFlight.delete(task);
          mine.delete(item.recipientId);
        });
      inFlight.add(task);
    }
    await Promise.all(inFlight);
    return summary;
  }

  private async process(found: OutboxItem, job: OutboxJob, cancelled: () => boolean, summary: WorkerSummary): Promise<void> {
    const leaseUntil = this.now() + this.opts.leaseMs;
    const item = await this.store.claim(found, this.opts.owner, leaseUntil);
    if (!item) {
      summary.lostClaims++;
      return;
    }
    if (await this.store.hasSentMarker(item.jobId, item.recipientId)) {
      await this.store.update(item, { status: "sent", attempts: item.attempts, dueAt: 0 });
      summary.alreadySent++;
      return;
    }
    // The conversation's limit is checked again at the tenant slot, against the time the send really goes.
    do {
      await sleep(this.limiter.waitMs(item.conversationId, this.now()));
      await this.pacer.next();
    } while (!this.limiter.tryTake(item.conversationId, this.now()));
    // Never send on a lease about to end: another worker may take the item then. Give it back instead.
    if (cancelled() || this.now() > leaseUntil - Math.min(5000, this.opts.leaseMs / 4)) {
      await this.store.update(item, { status: cancelled() ? "cancelled" : "queued", attempts: item.attempts, dueAt: this.now() });
      return;
    }
    const attempt = item.attempts + 1;
    const outcome = await this.send(item, job).catch((err: unknown): SendOutcome => ({ kind: "transient", reason: `error:${String(err)}`.slice(0, 200) }));
    if (outcome.kind === "sent") {
      await this.store.recordSent(item, { status: "sent", attempts: attempt, dueAt: 0, sentAt: new Date(this.now()).toISOString(), activityId: outcome.activityId });
      summary.sent++;
      return;
    }
    const decision = decideRetry(outcome, attempt, this.opts.retry);
    if (decision.retry) {
      await this.store.update(item, { status: "retrying", attempts: attempt, dueAt: this.now() + decision.delayMs, lastError: outcome.reason });
      summary.retried++;
    } else {
      await this.store.update(item, { status: "failed", attempts: attempt, dueAt: 0, lastError: decision.reason });
      summary.failed++;
    }
  }
}

/** Workers read the same due items; each takes them in its own random order, so claims rarely collide. */
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
