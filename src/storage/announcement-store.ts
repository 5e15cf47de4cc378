/**
 * Announcements table (issue 7; docs/socialization.md):
 *   PK "a"            RK announcement id  the announcement (content and audience as JSON), status, times
 *   PK "ack~<id>"     RK person id        one acknowledgement (created once: a replay is a 409, not a second row)
 *   PK "job"          RK outbox job id    the outbox jobs still to be worked on, for the dispatchers
 * It also lists the Conversations table's partitions ("personal", "team") for audiences and adoption.
 */
import type { TableClient } from "@azure/data-tables";
import type { Announcement, AnnouncementStatus } from "../services/announcement-model";
import type { Acknowledgement, ActiveJob, AnnouncementStore, StoredTeamConversation } from "../services/announcement-ports";
import { isConflict, isNotFound, isPreconditionFailed, odataString } from "./tables";

const ANNOUNCEMENT_PK = "a";
const JOB_PK = "job";
const ackPartition = (id: string) => `ack~${id}`;

interface AnnouncementEntity {
  partitionKey: string;
  rowKey: string;
  authorId: string;
  content: string;
  audience: string;
  status: AnnouncementStatus;
  createdAt: string;
  sendAt: string;
  startedAt?: string;
  lastReminderDate?: string;
}

export class TableAnnouncementStore implements AnnouncementStore {
  constructor(
    private readonly table: TableClient,
    private readonly conversations: TableClient,
  ) {}

  async create(a: Announcement): Promise<void> {
    await this.table.createEntity(toEntity(a));
  }

  async get(id: string): Promise<Announcement | undefined> {
    try {
      return fromEntity(await this.table.getEntity<AnnouncementEntity>(ANNOUNCEMENT_PK, id));
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  /** Every announcement (one partition); optionally only those in one status. */
  async list(status?: AnnouncementStatus): Promise<Announcement[]> {
    const filter = `PartitionKey eq '${ANNOUNCEMENT_PK}'${status ? ` and status eq ${odataString(status)}` : ""}`;
    const out: Announcement[] = [];
    for await (const e of this.table.listEntities<AnnouncementEntity>({ queryOptions: { filter } })) out.push(fromEntity(e));
    return out;
  }

  /** Replaces the announcement if nobody changed it since it was read; false on a lost race. */
  async update(a: Announcement): Promise<boolean> {
    try {
      await this.table.updateEntity(toEntity(a), "Replace", { etag: a.etag ?? "*" });
      return true;
    } catch (err) {
      if (isPreconditionFailed(err)) return false;
      throw err;
    }
  }

  /** True when this acknowledgement is new; a repeated one changes nothing. */
  async acknowledge(announcementId: string, ack: Acknowledgement): Promise<{ created: boolean; at: string }> {
    try {
      await this.table.createEntity({ partitionKey: ackPartition(announcementId), rowKey: ack.personId, opdId: ack.opdId, at: ack.at });
      return { created: true, at: ack.at };
    } catch (err) {
      if (!isConflict(err)) throw err;
      const existing = await this.table.getEntity<{ at: string }>(ackPartition(announcementId), ack.personId);
      return { created: false, at: existing.at };
    }
  }

  async getAck(announcementId: string, personId: string): Promise<Acknowledgement | undefined> {
    try {
      const e = await this.table.getEntity<{ opdId: string; at: string }>(ackPartition(announcementId), personId);
      return { personId, opdId: e.opdId, at: e.at };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async listAcks(announcementId: string): Promise<Acknowledgement[]> {
    const out: Acknowledgement[] = [];
    const filter = `PartitionKey eq ${odataString(ackPartition(announcementId))}`;
    for await (const e of this.table.listEntities<{ rowKey: string; opdId: string; at: string }>({ queryOptions: { filter } })) {
      out.push({ personId: e.rowKey, opdId: e.opdId, at: e.at });
    }
    return out;
  }

  async addActiveJob(job: ActiveJob): Promise<void> {
    await this.table.upsertEntity({ partitionKey: JOB_PK, rowKey: job.jobId, announcementId: job.announcementId ?? "" }, "Replace");
  }

  async listActiveJobs(): Promise<ActiveJob[]> {
    const out: ActiveJob[] = [];
    for await (const e of this.table.listEntities<{ rowKey: string; announcementId: string }>({ queryOptions: { filter: `PartitionKey eq '${JOB_PK}'` } })) {
      out.push({ jobId: e.rowKey, announcementId: e.announcementId || undefined });
    }
    return out;
  }

  async removeActiveJob(jobId: string): Promise<void> {
    try {
      await this.table.deleteEntity(JOB_PK, jobId);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  /** Directory ids of everyone with a stored personal conversation and its reference (one partition). */
  async personalConversations(): Promise<Map<string, unknown>> {
    const out = new Map<string, unknown>();
    for await (const e of this.conversations.listEntities<{ rowKey: string; reference: string }>({ queryOptions: { filter: "PartitionKey eq 'personal'" } })) {
      out.set(e.rowKey, JSON.parse(e.reference));
    }
    return out;
  }

  /** Teams where the app is installed, with the channel conversation recorded at install (one partition). */
  async teamConversations(): Promise<StoredTeamConversation[]> {
    const out: StoredTeamConversation[] = [];
    for await (const e of this.conversations.listEntities<{ rowKey: string; reference: string }>({ queryOptions: { filter: "PartitionKey eq 'team'" } })) {
      out.push({ teamId: e.rowKey, reference: JSON.parse(e.reference) });
    }
    return out;
  }
}

function toEntity(a: Announcement): AnnouncementEntity {
  return {
    partitionKey: ANNOUNCEMENT_PK,
    rowKey: a.id,
    authorId: a.authorId,
    content: JSON.stringify(a.content),
    audience: JSON.stringify(a.audience),
    status: a.status,
    createdAt: a.createdAt,
    sendAt: a.sendAt,
    startedAt: a.startedAt,
    lastReminderDate: a.lastReminderDate,
  };
}

function fromEntity(e: AnnouncementEntity & { etag?: string }): Announcement {
  return {
    id: e.rowKey,
    authorId: e.authorId,
    content: JSON.parse(e.content),
    audience: JSON.parse(e.audience),
    status: e.status,
    createdAt: e.createdAt,
    sendAt: e.sendAt,
    startedAt: e.startedAt ?? undefined,
    lastReminderDate: e.lastReminderDate ?? undefined,
    etag: e.etag,
  };
}
