/**
 * The daily check-in in a unit's channel (issue 4 item 7, optional per unit): on WIB working days, from the
 * configured hour, one card "Laporan kemajuan hari ini" per opted-in unit channel. The post carries nothing
 * personal; a click answers each member with their own report form. The outbox job id (one per unit per WIB day)
 * is the claim: a second tick, or another instance, queues nothing more.
 */
import type { OrgDirectory, Person } from "../domain/org";
import { isWorkingDay, toWibDate, WIB_OFFSET_MINUTES } from "../domain/time";
import { channelRecipient } from "./announcement-model";
import type { CardJobPayload } from "./outbox/card-jobs";
import type { OutboxRecipient } from "./outbox/model";
import type { Clock } from "./ports";
import type { UnitChannel, UnitChannelRepository } from "./unit-channel-ports";

/** The outbox card kind of the check-in post (src/bot/outbox-cards.ts renders it at send time). */
export const CHECKIN_CARD_KIND = "unit-checkin";

export interface CheckInPayload extends CardJobPayload {
  kind: typeof CHECKIN_CARD_KIND;
  unitId: string;
  date: string;
}

/** Table keys may not hold / \ # ? (a unit id from Graph could): those become "_". */
export function checkInJobId(date: string, unitId: string): string {
  return `unit-checkin-${date}-${unitId.replace(/[/\\#?\s]/g, "_")}`;
}

export type CheckInTick = { status: "posted"; posted: number } | { status: "skipped"; reason: "not_working_day" | "before_hour" };

export interface UnitCheckInDeps {
  directory: OrgDirectory;
  channels: UnitChannelRepository;
  cardJobs: { queue(jobId: string, payload: CardJobPayload, recipients: readonly OutboxRecipient[]): Promise<unknown> };
  /** To skip a unit already posted today without writing again (the job id alone would also keep it to one). */
  outbox: { getJob(jobId: string): Promise<unknown> };
  clock: Clock;
  holidays: readonly string[];
  hourWib: number;
}

export class UnitCheckIn {
  constructor(private readonly deps: UnitCheckInDeps) {}

  async tick(): Promise<CheckInTick> {
    const now = this.deps.clock.now();
    const today = toWibDate(now);
    if (!isWorkingDay(today, new Set(this.deps.holidays))) return { status: "skipped", reason: "not_working_day" };
    if (new Date(now.getTime() + WIB_OFFSET_MINUTES * 60_000).getUTCHours() < this.deps.hourWib) return { status: "skipped", reason: "before_hour" };
    let posted = 0;
    for (const channel of await this.deps.channels.list()) {
      // A unit gone from the directory posts nothing (its channel stays until someone removes it).
      if (!channel.checkIn || !this.deps.directory.getUnit(channel.unitId)) continue;
      const jobId = checkInJobId(today, channel.unitId);
      if (await this.deps.outbox.getJob(jobId)) continue;
      const payload: CheckInPayload = { kind: CHECKIN_CARD_KIND, unitId: channel.unitId, date: today };
      await this.deps.cardJobs.queue(jobId, payload, [recipientOf(channel)]);
      posted++;
    }
    return { status: "posted", posted };
  }

  /** Whether the person is a member of the unit (the check-in's report form is for its members). */
  isMember(person: Person, unitId: string): boolean {
    return this.deps.directory.getUnitMembers(unitId).some((m) => m.id === person.id);
  }
}

function recipientOf(channel: UnitChannel): OutboxRecipient {
  return { recipientId: channelRecipient(channel.teamId, channel.channelId), conversationId: channel.channelId, address: JSON.stringify(channel.reference) };
}
