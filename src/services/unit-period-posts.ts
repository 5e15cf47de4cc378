/**
 * The period post in a unit's channel (issue 4 item 7): when an evaluation period is open, one card per unit
 * channel and period. The post itself is public to the channel, so it carries only the period and its deadline;
 * each person's view comes from the directory at the moment they look: their own self-assessment status, the
 * team's counts for the unit head (or their Plt/Plh), the public post for anyone else. Never a rating, predikat
 * or feedback text.
 */
import type { OrgDirectory, Person } from "../domain/org";
import type { Period } from "../domain/periods";
import { toWibDate } from "../domain/time";
import type { Authority } from "./authority";
import { CalibrationUnits } from "./calibration-units";
import { channelPostRecipient, refreshUserIds } from "./channel-audience";
import type { EvaluationRepository, StoredEvaluation } from "./evaluation-ports";
import type { CardJobs } from "./outbox/card-jobs";
import type { OutboxStore } from "./outbox/ports";
import type { AccessPolicy } from "./policy";
import type { Clock } from "./ports";
import type { TeamMembers, UnitChannel, UnitChannelRepository } from "./unit-channel-ports";

/** The outbox kind of the period post (its card is rendered at send time). */
export const UNIT_PERIOD_POST_KIND = "unit-period";
export const unitPeriodJobId = (periodId: string, unitId: string) => `unit-period-${periodId}-${unitId}`;

/** Where one's own self-assessment stands, as the channel may say it (a rating exists or not is not told). */
export type OwnStatus = "not_submitted" | "submitted" | "set";

export interface TeamProgress {
  total: number;
  submitted: number;
  rated: number;
  notSubmitted: Person[];
}

export type UnitPeriodView =
  | { kind: "gone" }
  | { kind: "public"; period: Period; unitName: string; userIds?: string[] }
  | { kind: "own"; period: Period; unitName: string; userIds?: string[]; own?: { status: OwnStatus; canFill: boolean }; team?: TeamProgress };

export interface UnitPeriodPostsDeps {
  directory: OrgDirectory;
  authority: Authority;
  policy: AccessPolicy;
  periods: { openToday(): Promise<Period[]>; get(id: string): Promise<Period | undefined> };
  evaluations: Pick<EvaluationRepository, "get">;
  unitChannels: UnitChannelRepository;
  teamMembers: TeamMembers;
  cardJobs: CardJobs;
  outbox: Pick<OutboxStore, "getJob">;
  clock: Clock;
}

export class UnitPeriodPosts {
  private readonly units: CalibrationUnits;
  constructor(private readonly deps: UnitPeriodPostsDeps) {
    this.units = new CalibrationUnits(deps.directory);
  }

  /** Queues the post of every open period in every unit channel that has none yet; safe to run on every tick. */
  async tick(): Promise<{ queued: string[] }> {
    const periods = await this.deps.periods.openToday();
    if (periods.length === 0) return { queued: [] };
    const queued: string[] = [];
    for (const channel of await this.deps.unitChannels.list()) {
      if (!this.deps.directory.getUnit(channel.unitId)) continue;
      for (const period of periods) {
        const jobId = unitPeriodJobId(period.id, channel.unitId);
        // The job id is the idempotency key; the read only spares a done job from being re-activated each tick.
        if (await this.deps.outbox.getJob(jobId)) continue;
        await this.deps.cardJobs.queue(jobId, { kind: UNIT_PERIOD_POST_KIND, periodId: period.id, unitId: channel.unitId }, [channelPostRecipient(channel)]);
        queued.push(jobId);
      }
    }
    return { queued };
  }

  /** The unit's people for the per-member views: its members, its head and whoever acts for the head today. */
  async audience(unitId: string): Promise<Person[]> {
    const people = new Map(this.deps.directory.getUnitMembers(unitId).map((p) => [p.id, p]));
    const head = this.units.headOf(unitId);
    if (head) {
      people.set(head.id, head);
      for (const acting of await this.deps.authority.actingFor(head.id, toWibDate(this.deps.clock.now()))) people.set(acting.id, acting);
    }
    return [...people.values()];
  }

  async userIds(channel: UnitChannel): Promise<string[] | undefined> {
    return refreshUserIds(this.deps.teamMembers, channel, (await this.audience(channel.unitId)).map((p) => p.id));
  }

  /** What the public post shows (and its refresh audience), or gone when the period or unit no longer exists. */
  async publicView(periodId: string, unitId: string): Promise<UnitPeriodView> {
    const [period, unit, channel] = [await this.deps.periods.get(periodId), this.deps.directory.getUnit(unitId), await this.deps.unitChannels.get(unitId)];
    if (!period || !unit) return { kind: "gone" };
    return { kind: "public", period, unitName: unit.name, userIds: channel ? await this.userIds(channel) : undefined };
  }

  /** The actor's own view, decided by the directory (never by the card's data beyond which post it is). */
  async viewFor(actor: Person, periodId: string, unitId: string): Promise<UnitPeriodView> {
    const base = await this.publicView(periodId, unitId);
    if (base.kind !== "public") return base;
    const isMember = actor.unitId === unitId;
    const isHead = await this.deps.policy.allows(actor, "channel.teamProgress", { kind: "unit", id: unitId });
    if (!isMember && !isHead) return base;
    const open = (await this.deps.periods.openToday()).some((p) => p.id === periodId);
    const own = isMember ? ownStatus(await this.deps.evaluations.get(periodId, actor.id), open) : undefined;
    const team = isHead ? await this.teamProgress(periodId, unitId) : undefined;
    return { ...base, kind: "own", own, team };
  }

  /** The unit's people apart from its head: counts only, and who has not sent a self-assessment. */
  private async teamProgress(periodId: string, unitId: string): Promise<TeamProgress> {
    const head = this.units.headOf(unitId);
    const team = this.deps.directory.getUnitMembers(unitId).filter((p) => p.id !== head?.id);
    const evaluations = await Promise.all(team.map((p) => this.deps.evaluations.get(periodId, p.id)));
    const notSubmitted = team.filter((_, i) => !evaluations[i]?.selfAssessment);
    return { total: team.length, submitted: team.length - notSubmitted.length, rated: evaluations.filter((e) => e?.rating).length, notSubmitted };
  }
}

function ownStatus(evaluation: StoredEvaluation | undefined, periodOpen: boolean): { status: OwnStatus; canFill: boolean } {
  const state = evaluation?.state ?? "draft";
  if (state === "draft") return { status: "not_submitted", canFill: periodOpen };
  // A rating stays out of the employee's sight until the penetapan: submitted and rated read the same.
  if (state === "self_assessed" || state === "rated") return { status: "submitted", canFill: false };
  return { status: "set", canFill: false };
}
