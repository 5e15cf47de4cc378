/**
 * Runs the outbox worker on every active announcement job, in this process. Every instance runs one: the
 * outbox's leases and shared rate gate make several instances on one job safe and within the tenant limit.
 * The scheduler tick (scheduled sends, reminders) runs here too, on its own period.
 */
import type { AnnouncementStore } from "./announcement-ports";
import { mainJobId } from "./announcement-model";
import type { OutboxWorker } from "./outbox/worker";

export interface DispatcherOptions {
  store: AnnouncementStore;
  worker: OutboxWorker;
  /** How often active jobs are looked for. */
  pollMs: number;
  /** How often `tick` runs (scheduled sends and reminders). */
  tickMs: number;
  tick: () => Promise<void>;
  /**
   * Jobs worked on at once in this process (default 4). Every run keeps up to its worker's concurrency of items
   * claimed under a lease while they wait for a slot of the shared rate: hundreds of small jobs at once (a
   * city-wide penetapan queues one per unit) would hold thousands of leases and let them run out. The rest wait
   * for a free place; a job of 10,000 recipients takes one place, so small ones still go out beside it.
   */
  maxRunningJobs?: number;
}

const DEFAULT_MAX_RUNNING_JOBS = 4;

export class AnnouncementDispatcher {
  private readonly running = new Map<string, Promise<void>>();
  private timers: NodeJS.Timeout[] = [];
  private stopped = false;
  private polling?: Promise<void>;
  private ticking?: Promise<void>;

  constructor(private readonly opts: DispatcherOptions) {}

  start(): void {
    this.stopped = false;
    this.timers.push(setInterval(() => void this.poll(), this.opts.pollMs));
    this.timers.push(setInterval(() => void this.runTick(), this.opts.tickMs));
    void this.poll();
  }

  /** Stops the timers and the worker; resolves when items in progress are recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.opts.worker.stop();
    await Promise.allSettled([this.polling, this.ticking, ...this.running.values()]);
  }

  private runTick(): void {
    if (this.ticking || this.stopped) return;
    this.ticking = this.opts
      .tick()
      .catch((err) => console.error("announcements: scheduler tick failed; it runs again", err))
      .finally(() => (this.ticking = undefined));
  }

  private poll(): Promise<void> {
    if (this.polling || this.stopped) return this.polling ?? Promise.resolve();
    this.polling = this.startJobs()
      .catch((err) => console.error("announcements: listing active jobs failed; retried on the next poll", err))
      .finally(() => (this.polling = undefined));
    return this.polling;
  }

  private async startJobs(): Promise<void> {
    const limit = this.opts.maxRunningJobs ?? DEFAULT_MAX_RUNNING_JOBS;
    for (const job of await this.opts.store.listActiveJobs()) {
      if (this.stopped || this.running.size >= limit) break;
      if (this.running.has(job.jobId)) continue;
      const run = this.opts.worker
        .run(job.jobId)
        .then(async (summary) => {
          if (summary.finished === "stopped") return;
          await this.opts.store.removeActiveJob(job.jobId);
          if (job.announcementId && job.jobId === mainJobId(job.announcementId) && summary.finished === "done") await this.markDone(job.announcementId);
        })
        .catch((err) => console.error(`announcements: job ${job.jobId} interrupted; it is taken up again`, err))
        .finally(() => {
          this.running.delete(job.jobId);
          // A place is free: take the next waiting job now rather than at the next poll.
          if (!this.stopped) void this.poll();
        });
      this.running.set(job.jobId, run);
    }
  }

  private async markDone(announcementId: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const a = await this.opts.store.get(announcementId);
      // "scheduled": the job ran before the announcement was marked sending (a start that raced its own dispatch).
      if (!a || (a.status !== "sending" && a.status !== "scheduled")) return;
      if (await this.opts.store.update({ ...a, status: "done" })) return;
    }
  }
}
