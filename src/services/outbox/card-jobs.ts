/**
 * Cards other than announcements sent through the durable outbox (issue 7's sender): workshop announcements,
 * posts in a unit's channel, and whatever else goes to many people at once. A job is written whole before
 * sending starts, its id is the idempotency key of the whole send (queueing the same job twice sends once), and
 * the dispatcher of every instance works on it like on an announcement. What card an item gets is decided at
 * send time by the adapter registered for the payload's `kind` (src/bot/outbox-cards.ts).
 */
import type { ActiveJob } from "../announcement-ports";
import { personalRecipient } from "../announcement-model";
import type { Clock } from "../ports";
import type { OutboxJob, OutboxRecipient } from "./model";
import type { OutboxStore } from "./ports";

/** The job payload: `kind` picks the card renderer; the rest is the renderer's own data (kept small: ids). */
export interface CardJobPayload {
  kind: string;
  [field: string]: unknown;
}

export interface CardJobDeps {
  outbox: OutboxStore;
  activeJobs: { addActiveJob(job: ActiveJob): Promise<void> };
  clock: Clock;
}

export class CardJobs {
  constructor(private readonly deps: CardJobDeps) {}

  /**
   * Queues the card for each person in their personal chat. Queueing reads nothing: the item names the person
   * and the send port finds their conversation when it sends (src/bot/outbox-address.ts), so queueing a whole
   * city is a few batch writes, and someone who installs the app meanwhile still gets the card. A person
   * without a conversation then is recorded as not_installed.
   */
  async toPeople(jobId: string, payload: CardJobPayload, personIds: readonly string[]): Promise<OutboxJob> {
    const recipients = [...new Set(personIds)].map((id) => ({ recipientId: personalRecipient(id), conversationId: personalRecipient(id) }));
    return this.queue(jobId, payload, recipients);
  }

  /** Queues the card for recipients already addressed (e.g. a channel: recipient id, channel id, reference). */
  async queue(jobId: string, payload: CardJobPayload, recipients: readonly OutboxRecipient[]): Promise<OutboxJob> {
    const job = await this.deps.outbox.createJob({ jobId, payload: JSON.stringify(payload), createdAt: this.deps.clock.now().toISOString() }, recipients);
    // After the job: a dispatcher that sees the active job finds every item written.
    await this.deps.activeJobs.addActiveJob({ jobId });
    return job;
  }
}

/** The payload's kind, or undefined for announcements' payloads (which have none) and anything unreadable. */
export function cardJobKind(payload: string): { kind: string; payload: CardJobPayload } | undefined {
  try {
    const parsed = JSON.parse(payload) as Partial<CardJobPayload>;
    return typeof parsed.kind === "string" ? { kind: parsed.kind, payload: parsed as CardJobPayload } : undefined;
  } catch {
    return undefined;
  }
}
