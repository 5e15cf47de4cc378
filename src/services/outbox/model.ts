/**
 * The durable outbox of proactive sends (issue 7, "The sender"; CONVENTIONS §3). A job (one announcement) has
 * one item per recipient conversation, all written before sending starts. Workers in any number of processes
 * claim items with a lease, send each at most at the allowed rates and record every recipient's status.
 */

/**
 * queued → sending (claimed under a lease) → sent | retrying → sending … | failed (permanent, or retries used up);
 * queued / retrying → cancelled when the job is cancelled. A `sending` item whose lease ran out is claimable again.
 */
export const OUTBOX_STATUSES = ["queued", "sending", "sent", "retrying", "failed", "cancelled"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export const FINAL_STATUSES: ReadonlySet<OutboxStatus> = new Set(["sent", "failed", "cancelled"]);

export const JOB_STATES = ["sending", "cancelled", "done"] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface OutboxRecipient {
  /** Unique in the job and stable (e.g. `personal:<userId>` or `channel:<channelId>`): the idempotency key. */
  recipientId: string;
  /** Bot Framework conversation id the message goes to (the per-conversation rate limit applies to it). */
  conversationId: string;
  /** Anything the send port needs to address the conversation (serialised conversation reference, service URL). */
  address?: string;
}

export interface OutboxJob {
  jobId: string;
  /** What to send, opaque to the outbox (e.g. the announcement id and version); given to the send port. */
  payload: string;
  state: JobState;
  total: number;
  createdAt: string;
}

export interface OutboxItem extends OutboxRecipient {
  jobId: string;
  status: OutboxStatus;
  attempts: number;
  /** Epoch ms from which a worker may take the item: now for queued, the retry time, or the lease end. */
  dueAt: number;
  leaseOwner?: string;
  lastError?: string;
  /** ISO instant of the successful send and the id the connector gave the activity (to update the card later). */
  sentAt?: string;
  activityId?: string;
  /** Storage version, for conditional updates. */
  etag: string;
}

/** What one send attempt came to, as the send port classifies the connector's answer. */
export type SendOutcome =
  | { kind: "sent"; activityId?: string }
  /** 429: wait `retryAfterMs` when the connector said so. */
  | { kind: "throttled"; retryAfterMs?: number; reason: string }
  /** 5xx, 412, timeouts, network errors: retry with backoff. */
  | { kind: "transient"; reason: string }
  /** 403 MessageWritesBlocked, 404 conversation not found, other 4xx: never retried. */
  | { kind: "permanent"; reason: string };

export type StatusCounts = Record<OutboxStatus, number>;

export function emptyCounts(): StatusCounts {
  return { queued: 0, sending: 0, sent: 0, retrying: 0, failed: 0, cancelled: 0 };
}
