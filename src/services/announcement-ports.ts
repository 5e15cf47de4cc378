/** What the announcement use cases need from storage (adapter: src/storage/announcement-store.ts). */
import type { Announcement, AnnouncementStatus } from "./announcement-model";
import type { OutboxItem } from "./outbox/model";
import type { OutboxStore } from "./outbox/ports";

export interface Acknowledgement {
  personId: string;
  /** The person's OPD when they acknowledged (per-OPD counts). */
  opdId: string;
  at: string;
}

/** An outbox job still to be worked on; dispatchers in every instance pick these up. */
export interface ActiveJob {
  jobId: string;
  /** The announcement the job sends; none for other cards sent through the outbox (services/outbox/card-jobs). */
  announcementId?: string;
}

export interface StoredTeamConversation {
  teamId: string;
  reference: unknown;
}

export interface AnnouncementStore {
  create(a: Announcement): Promise<void>;
  get(id: string): Promise<Announcement | undefined>;
  list(status?: AnnouncementStatus): Promise<Announcement[]>;
  update(a: Announcement): Promise<boolean>;
  acknowledge(announcementId: string, ack: Acknowledgement): Promise<{ created: boolean; at: string }>;
  getAck(announcementId: string, personId: string): Promise<Acknowledgement | undefined>;
  listAcks(announcementId: string): Promise<Acknowledgement[]>;
  addActiveJob(job: ActiveJob): Promise<void>;
  listActiveJobs(): Promise<ActiveJob[]>;
  removeActiveJob(jobId: string): Promise<void>;
  personalConversations(): Promise<Map<string, unknown>>;
  teamConversations(): Promise<StoredTeamConversation[]>;
}

/** The outbox store plus the full item list of a job (the author's view reads it, partition by partition). */
export type AnnouncementOutbox = OutboxStore & { listItems(jobId: string): Promise<OutboxItem[]> };
