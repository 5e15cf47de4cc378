/** What the outbox worker needs from storage and from the Bot Connector. Adapters: src/storage/outbox-*.ts. */
import type { JobState, OutboxItem, OutboxJob, OutboxRecipient, SendOutcome, StatusCounts } from "./model";

/** Sends one item's message; never throws for an answer of the connector, only classifies it. */
export type SendPort = (item: OutboxItem, job: OutboxJob) => Promise<SendOutcome>;

/** A change of an item the worker holds (it has the item's ETag from the claim). */
export interface ItemUpdate {
  status: OutboxItem["status"];
  attempts: number;
  dueAt: number;
  lastError?: string;
  sentAt?: string;
  activityId?: string;
}

export interface OutboxStore {
  /** Writes the job and all its items (batches of ≤ 100 per partition); the job is visible once all are written. */
  createJob(job: Omit<OutboxJob, "state" | "total">, recipients: readonly OutboxRecipient[]): Promise<OutboxJob>;
  getJob(jobId: string): Promise<OutboxJob | undefined>;
  /** Items a worker may take now: queued, retrying and due, or sending with an expired lease. Up to `limit`. */
  listDue(jobId: string, now: number, limit: number): Promise<OutboxItem[]>;
  /** Earliest `dueAt` among unfinished items; undefined when every item is final. */
  nextDue(jobId: string): Promise<number | undefined>;
  /** Takes the item if nobody changed it since it was read (ETag); undefined when another worker was faster. */
  claim(item: OutboxItem, owner: string, leaseUntil: number): Promise<OutboxItem | undefined>;
  /** True when a send to this recipient was recorded (the idempotency marker). */
  hasSentMarker(jobId: string, recipientId: string): Promise<boolean>;
  /**
   * Records a successful send: the marker and the item together when the worker still holds the item; when its
   * lease was lost meanwhile, the marker alone, so the new holder sees it and does not send again.
   */
  recordSent(item: OutboxItem, update: ItemUpdate): Promise<void>;
  /** Any other outcome; false when the item changed meanwhile (the lease was lost), nothing written then. */
  update(item: OutboxItem, update: ItemUpdate): Promise<boolean>;
  /** Marks the job cancelled and every item not yet sent nor being sent cancelled; returns how many. */
  cancel(jobId: string): Promise<number>;
  /** Marks a job whose items are all final as done (unless it was cancelled); returns the job's state. */
  markDone(jobId: string): Promise<JobState>;
  counts(jobId: string): Promise<StatusCounts>;
}

/**
 * Send times shared by every worker of the tenant: `reserve(n)` hands out the next n slots (epoch ms), spaced
 * so that the whole tenant stays under its rate, whatever the number of processes.
 */
export interface TenantRateGate {
  reserve(n: number, now: number): Promise<number[]>;
}
