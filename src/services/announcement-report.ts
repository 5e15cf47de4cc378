/** The author's view of an announcement: sending progress by status, and delivered / failed / acknowledged per OPD. */
import type { OrgDirectory } from "../domain/org";
import { mainJobId, personOfRecipient, type Announcement } from "./announcement-model";
import type { AnnouncementOutbox, AnnouncementStore } from "./announcement-ports";
import { emptyCounts, type StatusCounts } from "./outbox/model";

export interface OpdAnnouncementRow {
  opdId: string;
  opdName: string;
  recipients: number;
  delivered: number;
  failed: number;
  pending: number;
  acknowledged: number;
}

export interface AnnouncementView {
  announcement: Announcement;
  progress: StatusCounts & { total: number };
  totals: { recipients: number; delivered: number; failed: number; acknowledged: number };
  /** Why items failed (e.g. not_installed, MessageWritesBlocked), with counts. */
  failures: Record<string, number>;
  byOpd: OpdAnnouncementRow[];
}

/** Bucket of channel posts (no OPD) in the per-OPD rows. */
export const CHANNELS_ROW = "channels";

export async function announcementView(a: Announcement, deps: { store: AnnouncementStore; outbox: AnnouncementOutbox; directory: OrgDirectory }): Promise<AnnouncementView> {
  const items = a.startedAt ? await deps.outbox.listItems(mainJobId(a.id)) : [];
  const acks = await deps.store.listAcks(a.id);
  const progress = { ...emptyCounts(), total: items.length };
  const failures: Record<string, number> = {};
  const rows = new Map<string, OpdAnnouncementRow>();
  const row = (opdId: string) => {
    let r = rows.get(opdId);
    if (!r) {
      const opdName = opdId === CHANNELS_ROW ? "Kanal Teams / Teams channels" : (deps.directory.getUnit(opdId)?.name ?? opdId);
      r = { opdId, opdName, recipients: 0, delivered: 0, failed: 0, pending: 0, acknowledged: 0 };
      rows.set(opdId, r);
    }
    return r;
  };
  for (const item of items) {
    progress[item.status]++;
    const personId = personOfRecipient(item.recipientId);
    const person = personId ? deps.directory.getPerson(personId) : undefined;
    const r = row(personId ? (person ? (deps.directory.getOpdOf(person.unitId)?.id ?? "") : "") : CHANNELS_ROW);
    r.recipients++;
    if (item.status === "sent") r.delivered++;
    else if (item.status === "failed") {
      r.failed++;
      const reason = item.lastError ?? "unknown";
      failures[reason] = (failures[reason] ?? 0) + 1;
    } else if (item.status !== "cancelled") r.pending++;
  }
  for (const ack of acks) row(ack.opdId).acknowledged++;
  const byOpd = [...rows.values()].sort((x, y) => x.opdName.localeCompare(y.opdName));
  return {
    announcement: a,
    progress,
    totals: { recipients: items.length, delivered: progress.sent, failed: progress.failed, acknowledged: acks.length },
    failures,
    byOpd,
  };
}
