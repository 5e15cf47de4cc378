/**
 * The adoption view per OPD (issue 7): share of staff who installed the app, acknowledgement rate of recent
 * announcements, active reporters in the last 7 days, share with an approved SKP. Storage reads stay bounded
 * by partitions: one Conversations partition, one SKP outline partition per OPD, one report partition per
 * person (a 7-day range), and the items of at most RECENT_ANNOUNCEMENTS announcements.
 */
import { effectiveSkp } from "../domain/skp";
import { peopleByOpd, type OrgDirectory, type Person } from "../domain/org";
import { addDays, toWibDate } from "../domain/time";
import { opdIds } from "./announcement-audience";
import { mainJobId, personOfRecipient } from "./announcement-model";
import type { AnnouncementOutbox, AnnouncementStore } from "./announcement-ports";
import type { SkpRepository } from "./planning-ports";
import type { Clock, ReportRepository } from "./ports";

export const RECENT_ANNOUNCEMENTS = 10;
const ACTIVE_DAYS = 7;
const READ_CONCURRENCY = 8;

export interface OpdAdoption {
  opdId: string;
  opdName: string;
  staff: number;
  installed: number;
  /** Announcements delivered to this OPD's staff (recent ones) and how many of those were acknowledged. */
  delivered: number;
  acknowledged: number;
  activeReporters: number;
  approvedSkp: number;
  /** Shares in percent, one decimal; null when there is nothing to divide by. */
  installedPct: number | null;
  acknowledgedPct: number | null;
  activeReportersPct: number | null;
  approvedSkpPct: number | null;
}

export interface AdoptionDeps {
  directory: OrgDirectory;
  store: AnnouncementStore;
  outbox: AnnouncementOutbox;
  reports: ReportRepository;
  skps: SkpRepository;
  clock: Clock;
}

export class AdoptionService {
  constructor(private readonly deps: AdoptionDeps) {}

  async byOpd(): Promise<{ generatedAt: string; from: string; to: string; opds: OpdAdoption[] }> {
    const { directory, clock } = this.deps;
    const now = clock.now();
    const to = toWibDate(now);
    const from = addDays(to, -(ACTIVE_DAYS - 1));
    const installed = await this.deps.store.personalConversations();
    const { delivered, acknowledged } = await this.announcementReach();
    const opds: OpdAdoption[] = [];
    const byOpd = peopleByOpd(directory);
    for (const opdId of [...opdIds(directory)].sort()) {
      const staff = byOpd.get(opdId) ?? [];
      const active = await countWhere(staff, async (p) => (await this.deps.reports.listForEmployee(p.id, { from, to })).length > 0);
      const outlines = await this.deps.skps.listOutlinesByOpd(Number(to.slice(0, 4)), opdId);
      const approved = staff.filter((p) => effectiveSkp(outlines.filter((o) => o.employeeId === p.id))).length;
      const row = {
        opdId,
        opdName: directory.getUnit(opdId)?.name ?? opdId,
        staff: staff.length,
        installed: staff.filter((p) => installed.has(p.id)).length,
        delivered: staff.reduce((n, p) => n + (delivered.get(p.id) ?? 0), 0),
        acknowledged: staff.reduce((n, p) => n + (acknowledged.get(p.id) ?? 0), 0),
        activeReporters: active,
        approvedSkp: approved,
      };
      opds.push({
        ...row,
        installedPct: pct(row.installed, row.staff),
        acknowledgedPct: pct(row.acknowledged, row.delivered),
        activeReportersPct: pct(row.activeReporters, row.staff),
        approvedSkpPct: pct(row.approvedSkp, row.staff),
      });
    }
    return { generatedAt: now.toISOString(), from, to, opds };
  }

  /** Per person: recent announcements delivered in personal chat, and acknowledged among them. */
  private async announcementReach() {
    const delivered = new Map<string, number>();
    const acknowledged = new Map<string, number>();
    const recent = (await this.deps.store.list())
      .filter((a) => a.startedAt && a.audience.kind !== "channels")
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, RECENT_ANNOUNCEMENTS);
    for (const a of recent) {
      const acks = new Set((await this.deps.store.listAcks(a.id)).map((x) => x.personId));
      for (const item of await this.deps.outbox.listItems(mainJobId(a.id))) {
        const personId = personOfRecipient(item.recipientId);
        if (!personId || item.status !== "sent") continue;
        delivered.set(personId, (delivered.get(personId) ?? 0) + 1);
        if (acks.has(personId)) acknowledged.set(personId, (acknowledged.get(personId) ?? 0) + 1);
      }
    }
    return { delivered, acknowledged };
  }
}

function pct(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

async function countWhere(people: Person[], test: (p: Person) => Promise<boolean>): Promise<number> {
  let count = 0;
  for (let i = 0; i < people.length; i += READ_CONCURRENCY) {
    const results = await Promise.all(people.slice(i, i + READ_CONCURRENCY).map(test));
    count += results.filter(Boolean).length;
  }
  return count;
}
