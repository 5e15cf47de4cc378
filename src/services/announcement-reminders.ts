/**
 * Reminders (issue 7): those who got an announcement in personal chat and have not acknowledged it after N
 * working days get it again, at the configured WIB hour on a working day, at most once a day per announcement.
 * "Once a day" is the outbox job id itself (one per announcement and WIB date; writing it twice is a no-op),
 * and the announcement's lastReminderDate (ETag-conditional) spares the work on later ticks.
 */
import { isWorkingDay, toWibDate, workingDaysBetween } from "../domain/time";
import { personOfRecipient, reminderJobId, type Announcement, type AnnouncementPayload } from "./announcement-model";
import type { AnnouncementOutbox, AnnouncementStore } from "./announcement-ports";
import { mainJobId } from "./announcement-model";
import type { Clock } from "./ports";

export interface ReminderDeps {
  store: AnnouncementStore;
  outbox: AnnouncementOutbox;
  clock: Clock;
  holidays: ReadonlySet<string>;
  /** Working days after the send before the first reminder. */
  afterWorkingDays: number;
  /** WIB hour (0-23) from which the day's reminders go. */
  hourWib: number;
}

const WIB_OFFSET_MS = 7 * 3600_000;

export class AnnouncementReminders {
  constructor(private readonly deps: ReminderDeps) {}

  /** The tick: writes today's reminder jobs; returns the announcements reminded. */
  async run(): Promise<string[]> {
    const now = this.deps.clock.now();
    const today = toWibDate(now);
    const hour = new Date(now.getTime() + WIB_OFFSET_MS).getUTCHours();
    if (hour < this.deps.hourWib || !isWorkingDay(today, this.deps.holidays)) return [];
    const reminded: string[] = [];
    for (const status of ["sending", "done"] as const) {
      for (const a of await this.deps.store.list(status)) {
        if (await this.remind(a, today)) reminded.push(a.id);
      }
    }
    return reminded;
  }

  private async remind(a: Announcement, today: string): Promise<boolean> {
    if (a.audience.kind === "channels" || !a.startedAt || a.lastReminderDate === today) return false;
    if (a.content.ackDeadline && today > a.content.ackDeadline) return false;
    if (workingDaysBetween(toWibDate(new Date(a.startedAt)), today, this.deps.holidays) < this.deps.afterWorkingDays) return false;
    const acked = new Set((await this.deps.store.listAcks(a.id)).map((x) => x.personId));
    const items = await this.deps.outbox.listItems(mainJobId(a.id));
    const pending = items.filter((i) => i.status === "sent" && !acked.has(personOfRecipient(i.recipientId) ?? ""));
    // Claim the day first: of two instances ticking together only one writes the job.
    if (!(await this.deps.store.update({ ...a, lastReminderDate: today }))) return false;
    if (pending.length === 0) return false;
    const jobId = reminderJobId(a.id, today);
    const payload: AnnouncementPayload = { announcementId: a.id, reminder: true };
    const recipients = pending.map(({ recipientId, conversationId, address }) => ({ recipientId, conversationId, address }));
    await this.deps.outbox.createJob({ jobId, payload: JSON.stringify(payload), createdAt: this.deps.clock.now().toISOString() }, recipients);
    await this.deps.store.addActiveJob({ jobId, announcementId: a.id });
    return true;
  }
}
