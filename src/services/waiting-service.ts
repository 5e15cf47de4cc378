/**
 * "Menunggu saya" (issue 5 item 2): what waits for the signed-in person, gathered from each feature's storage
 * with bounded reads, one kind at a time. Every item says what it is, its WIB due date when there is one, and
 * where to act (the tab acts inline where an API exists, else it links to a screen or points at the card).
 */
import { DEFAULT_OBJECTION_WINDOW_DAYS } from "../domain/evaluation";
import type { OrgDirectory, Person } from "../domain/org";
import type { Period } from "../domain/periods";
import { addDays, toWibDate, type IsoDate } from "../domain/time";
import type { Announcement } from "./announcement-model";
import type { AnnouncementStore } from "./announcement-ports";
import type { CoachingRepository } from "./coaching-ports";
import type { CompetencyRepository } from "./competency-ports";
import type { EvaluationRepository } from "./evaluation-ports";
import type { FeedbackRequestRepository } from "./feedback-request-service";
import type { PeriodRepository } from "./period-ports";
import type { Clock } from "./ports";

/** Bounds that keep the reads of one request small whatever the history holds. */
export const WAITING_LIMITS = {
  /** Announcements started this many days ago or less are checked for an acknowledgement (a point read each). */
  announcementDays: 90,
  announcements: 20,
  /** The most recent started periods whose evaluation is read (two point reads each: index and evaluation). */
  periods: 6,
  /** Feedback requests naming me, created this many days ago or less, at most this many (a point read each). */
  feedbackDays: 365,
  feedbackRequests: 20,
} as const;

export const WAITING_KINDS = ["announcement", "evaluationResult", "feedbackRequest", "coachingRating", "developmentNeeds", "externalTraining"] as const;
export type WaitingKind = (typeof WAITING_KINDS)[number];

/** One thing waiting; `ref` holds what the tab needs to act (ids for the API call, or to build the title). */
export interface WaitingItem {
  kind: WaitingKind;
  /** Unique within the list. */
  id: string;
  /** The item's own words: an announcement's title, a person's name, a training's title, a period id. */
  title: string;
  titleEn?: string;
  /** WIB date by which it is expected, when there is one. */
  due: IsoDate | null;
  /** The tab screen (its ?view= key) where it is done; null: inline in the list or on the card in chat. */
  screen: string | null;
  ref: Record<string, string | number | null>;
}

export interface WaitingDeps {
  directory: OrgDirectory;
  announcements: Pick<AnnouncementStore, "list" | "getAck">;
  periods: Pick<PeriodRepository, "listAll">;
  evaluations: Pick<EvaluationRepository, "get">;
  feedbackRequests: Pick<FeedbackRequestRepository, "listAskedOf" | "get">;
  coaching: Pick<CoachingRepository, "listForEmployee">;
  competency: Pick<CompetencyRepository, "needsOf" | "creditsOf">;
  clock: Clock;
  objectionWindowDays?: number;
}

const DAY_MS = 86_400_000;

export class WaitingService {
  constructor(private readonly deps: WaitingDeps) {}

  async forPerson(me: Person): Promise<WaitingItem[]> {
    const parts = await Promise.all([this.announcements(me), this.evaluationResults(me), this.feedbackRequests(me), this.coachingRatings(me), this.teamDecisions(me)]);
    return parts.flat().sort((a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999") || WAITING_KINDS.indexOf(a.kind) - WAITING_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id));
  }

  /** One partition query (every announcement), then a point read of my acknowledgement for each recent one sent to me. */
  private async announcements(me: Person): Promise<WaitingItem[]> {
    const { directory, clock } = this.deps;
    const since = new Date(clock.now().getTime() - WAITING_LIMITS.announcementDays * DAY_MS).toISOString();
    const myOpd = directory.getOpdOf(me.unitId)?.id;
    const sentToMe = (a: Announcement) =>
      (a.status === "sending" || a.status === "done") &&
      (a.startedAt ?? a.sendAt) >= since &&
      (a.audience.kind === "everyone" || (a.audience.kind === "opds" && myOpd !== undefined && a.audience.opdIds.includes(myOpd)));
    const candidates = (await this.deps.announcements.list())
      .filter(sentToMe)
      .sort((a, b) => (b.startedAt ?? b.sendAt).localeCompare(a.startedAt ?? a.sendAt))
      .slice(0, WAITING_LIMITS.announcements);
    const acks = await Promise.all(candidates.map((a) => this.deps.announcements.getAck(a.id, me.id)));
    return candidates
      .filter((_a, i) => !acks[i])
      .map((a) => ({
        kind: "announcement",
        id: `announcement:${a.id}`,
        title: a.content.titleId,
        ...(a.content.titleEn ? { titleEn: a.content.titleEn } : {}),
        due: a.content.ackDeadline ?? null,
        screen: null,
        ref: { announcementId: a.id, linkUrl: a.content.linkUrl ?? null },
      }));
  }

  /** The periods (one small query), then my evaluation in the most recent started ones (two point reads each). */
  private async evaluationResults(me: Person): Promise<WaitingItem[]> {
    const today = toWibDate(this.deps.clock.now());
    const started = (await this.deps.periods.listAll())
      .flatMap((y) => y.periods)
      .filter((p) => p.start <= today)
      .sort((a, b) => b.end.localeCompare(a.end) || b.id.localeCompare(a.id))
      .slice(0, WAITING_LIMITS.periods);
    const evaluations = await Promise.all(started.map((p) => this.deps.evaluations.get(p.id, me.id)));
    const windowDays = this.deps.objectionWindowDays ?? DEFAULT_OBJECTION_WINDOW_DAYS;
    return evaluations.flatMap((ev, i): WaitingItem[] => {
      if (!ev || ev.state !== "ditetapkan") return [];
      const period: Period = started[i]!;
      // The keberatan window runs from the penetapan; after an objection was decided there is none left.
      const lastObjectionDay = ev.objection || !ev.penetapan ? null : addDays(toWibDate(new Date(ev.penetapan.at)), windowDays);
      const objectionDeadline = lastObjectionDay && lastObjectionDay >= today ? lastObjectionDay : null;
      return [
        {
          kind: "evaluationResult",
          id: `evaluation:${period.id}`,
          title: period.id,
          due: objectionDeadline,
          screen: "my-eval",
          ref: { periodId: period.id, employeeId: me.id, periodType: period.type, periodIndex: period.index, year: period.year, predikat: ev.rating?.predikat ?? null, objectionDeadline },
        },
      ];
    });
  }

  /** One partition query on the index of requests naming me, then a point read of each (is my answer in?). */
  private async feedbackRequests(me: Person): Promise<WaitingItem[]> {
    const since = new Date(this.deps.clock.now().getTime() - WAITING_LIMITS.feedbackDays * DAY_MS).toISOString();
    const entries = (await this.deps.feedbackRequests.listAskedOf(me.id, since))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, WAITING_LIMITS.feedbackRequests);
    const requests = await Promise.all(entries.map((e) => this.deps.feedbackRequests.get(e.employeeId, e.requestId)));
    return requests.flatMap((r): WaitingItem[] => {
      if (!r || !r.colleagueIds.includes(me.id) || r.answers.some((a) => a.answererId === me.id)) return [];
      const employee = this.deps.directory.getPerson(r.employeeId);
      const requester = this.deps.directory.getPerson(r.requesterId);
      return [
        {
          kind: "feedbackRequest",
          id: `feedback:${r.id}`,
          title: employee?.displayName ?? r.employeeId,
          due: null,
          screen: null,
          ref: {
            employeeId: r.employeeId,
            requestId: r.id,
            requesterId: r.requesterId,
            requesterName: requester?.displayName ?? r.requesterId,
            aboutKind: r.about.kind,
            about: r.about.kind === "RHK" ? r.about.rhkId : r.about.valueId,
            message: r.message ?? null,
            createdAt: r.createdAt,
          },
        },
      ];
    });
  }

  /** One partition query: my coaching conversations not yet rated (Format B.1.8, on the card in chat). */
  private async coachingRatings(me: Person): Promise<WaitingItem[]> {
    const sessions = await this.deps.coaching.listForEmployee(me.id);
    return sessions
      .filter((s) => !s.rating)
      .map((s) => ({
        kind: "coachingRating",
        id: `coaching:${s.id}`,
        title: this.deps.directory.getPerson(s.coachId)?.displayName ?? s.coachId,
        due: null,
        screen: null,
        ref: { sessionId: s.id, employeeId: me.id, date: s.date, coachId: s.coachId },
      }));
  }

  /**
   * As a direct supervisor: suggested development needs to confirm and external trainings to verify, this year.
   * Two range queries per direct report (the needs and the JP credits of the year share one partition each).
   */
  private async teamDecisions(me: Person): Promise<WaitingItem[]> {
    const reports = this.deps.directory.getDirectReports(me.id);
    if (reports.length === 0) return [];
    const year = Number(toWibDate(this.deps.clock.now()).slice(0, 4));
    const perReport = await Promise.all(
      reports.map(async (p) => {
        const [needs, credits] = await Promise.all([this.deps.competency.needsOf(year, p.id), this.deps.competency.creditsOf(year, p.id)]);
        const suggested = needs.filter((n) => n.status === "suggested");
        const items: WaitingItem[] = [];
        if (suggested.length > 0) {
          items.push({ kind: "developmentNeeds", id: `needs:${p.id}`, title: p.displayName, due: null, screen: null, ref: { employeeId: p.id, year, count: suggested.length } });
        }
        for (const c of credits.filter((x) => x.kind === "external" && x.status === "pending")) {
          items.push({
            kind: "externalTraining",
            id: `external:${c.id}`,
            title: c.title,
            due: null,
            screen: null,
            ref: { employeeId: p.id, employeeName: p.displayName, recordId: c.id, year: c.year, jp: c.jp, date: c.date, evidenceUrl: c.evidenceUrl ?? null },
          });
        }
        return items;
      }),
    );
    return perReport.flat();
  }
}
