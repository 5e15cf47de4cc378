import { randomUUID } from "node:crypto";
import { readHttpUrl, readNumber, readRequiredText } from "../domain/input";
import { JP_TARGET_PER_YEAR, MAX_JP_DECIMALS, jpStatus, yearlyJpByEmployee, type JpRecord } from "../domain/jp";
import type { OrgDirectory, Person } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import { isIsoDate, toWibDate } from "../domain/time";
import type { CompetencyNotifications, CompetencyRepository, JpCredit } from "./competency-ports";
import { ConflictError } from "./planning-ports";
import type { AuditLog, Clock } from "./ports";
import { MAX_TRAINING_JP } from "./training-validation";
import { queueNewRound } from "./card-rounds";

/** Reminders to those behind start in the second half of the year (July, WIB). */
export const JP_REMINDER_FROM_MONTH = 7;

export interface ComplianceRow {
  id: string;
  name: string;
  employees: number;
  reached: number;
  /** Percentage with one decimal. */
  share: number;
}

const counts = (row: ComplianceRow | undefined, id: string, name: string, reached: boolean): ComplianceRow => {
  const r = row ?? { id, name, employees: 0, reached: 0, share: 0 };
  r.employees++;
  if (reached) r.reached++;
  r.share = Math.round((r.reached * 1000) / r.employees) / 10;
  return r;
};

export type CreditOutcome = { kind: "invalid"; errors: DomainError[] } | { kind: "notFound" } | { kind: "refused"; status: 403 | 409; errors: DomainError[] } | { kind: "done"; credit: JpCredit; repeated: boolean };

/** JP towards the yearly 20 (DOMAIN.md section 9): credits, external training, compliance and reminders. */
export class JpService {
  constructor(
    private readonly deps: { directory: OrgDirectory; repo: CompetencyRepository; audit: AuditLog; clock: Clock; notifications: CompetencyNotifications },
  ) {}

  year(): number {
    return Number(toWibDate(this.deps.clock.now()).slice(0, 4));
  }

  /** Credited training JP and verified external JP count; pending and rejected records do not. */
  static totals(credits: readonly JpCredit[], year: number): Map<string, number> {
    const records: JpRecord[] = credits.map((c) => ({ employeeId: c.employeeId, trainingId: c.id, date: c.date, jp: c.jp, status: c.status === "verified" || c.status === "credited" ? "credited" : "registered" }));
    return yearlyJpByEmployee(records, year);
  }

  async summary(employeeId: string, year: number) {
    const credits = await this.deps.repo.creditsOf(year, employeeId);
    const total = JpService.totals(credits, year).get(employeeId) ?? 0;
    return { year, ...jpStatus(total), credits: credits.map(({ etag: _e, ...c }) => c) };
  }

  /** Per unit and OPD (current directory placement) the share of people who reached the target. */
  async compliance(year: number, opdId?: string) {
    const totals = JpService.totals(await this.deps.repo.listCredits(year), year);
    const units = new Map<string, ComplianceRow>();
    const opds = new Map<string, ComplianceRow>();
    let all: ComplianceRow | undefined;
    for (const p of this.deps.directory.listPeople()) {
      const opd = this.deps.directory.getOpdOf(p.unitId);
      if (opdId && opd?.id !== opdId) continue;
      const reached = jpStatus(totals.get(p.id) ?? 0).reached;
      units.set(p.unitId, counts(units.get(p.unitId), p.unitId, this.deps.directory.getUnit(p.unitId)?.name ?? p.unitId, reached));
      if (opd) opds.set(opd.id, counts(opds.get(opd.id), opd.id, opd.name, reached));
      all = counts(all, opdId ?? "kota", opdId ? (opd?.name ?? opdId) : this.deps.directory.organization.name, reached);
    }
    const byId = (a: ComplianceRow, b: ComplianceRow) => a.id.localeCompare(b.id);
    return { year, target: JP_TARGET_PER_YEAR, total: all ?? { id: opdId ?? "kota", name: "", employees: 0, reached: 0, share: 0 }, opds: [...opds.values()].sort(byId), units: [...units.values()].sort(byId) };
  }

  /** An employee records training done elsewhere with evidence; it counts once the direct supervisor verifies. */
  async recordExternal(actor: Person, body: Record<string, unknown>): Promise<CreditOutcome> {
    const errors: DomainError[] = [];
    const title = readRequiredText(body.title, "title", 200);
    if (title.error) errors.push(title.error);
    const jp = readNumber(body.jp, "jp", { required: true, min: "positive", maxDecimals: MAX_JP_DECIMALS });
    if (jp.error) errors.push(jp.error);
    else if ((jp.value ?? 0) > MAX_TRAINING_JP) errors.push(error("training_jp_too_high", "jp", { max: MAX_TRAINING_JP }));
    const evidence = readHttpUrl(body.evidenceUrl, "evidenceUrl", { required: true });
    if (evidence.error) errors.push(evidence.error);
    const date = body.date;
    if (!isIsoDate(date)) errors.push(error("field_invalid_date", "date"));
    else if (date > toWibDate(this.deps.clock.now())) errors.push(error("jp_date_in_future", "date"));
    if (errors.length > 0) return { kind: "invalid", errors };
    const supervisor = this.deps.directory.getManager(actor.id);
    if (!supervisor) return { kind: "refused", status: 409, errors: [error("jp_no_supervisor")] };
    const d = date as string;
    const opdId = this.deps.directory.getOpdOf(actor.unitId)?.id ?? actor.unitId;
    const credit = await this.deps.repo.saveCredit({
      id: `ext-${randomUUID()}`, employeeId: actor.id, year: Number(d.slice(0, 4)), kind: "external", title: title.value!, jp: jp.value!, date: d,
      status: "pending", evidenceUrl: evidence.value!, unitId: actor.unitId, opdId,
    });
    await this.audit(actor.id, credit, undefined);
    await this.deps.notifications.externalToSupervisor(supervisor, actor, credit);
    return { kind: "done", credit, repeated: false };
  }

  /** Only the direct supervisor (from the directory, now) verifies or rejects; the same decision twice is one. */
  async decideExternal(actor: Person, employeeId: string, year: number, creditId: string, decision: unknown): Promise<CreditOutcome> {
    if (decision !== "verify" && decision !== "reject") return { kind: "invalid", errors: [error("field_not_allowed", "decision")] };
    const credit = await this.deps.repo.getCredit(year, employeeId, creditId);
    if (!credit || credit.kind !== "external") return { kind: "notFound" };
    if (this.deps.directory.getManager(employeeId)?.id !== actor.id) return { kind: "refused", status: 403, errors: [error("jp_not_direct_supervisor")] };
    const status = decision === "verify" ? "verified" : "rejected";
    if (credit.status === status) return { kind: "done", credit, repeated: true };
    if (credit.status !== "pending") return { kind: "refused", status: 409, errors: [error("jp_already_decided")] };
    try {
      const saved = await this.deps.repo.saveCredit({ ...credit, status, decidedById: actor.id });
      await this.audit(actor.id, saved, credit.status);
      return { kind: "done", credit: saved, repeated: false };
    } catch (err) {
      if (err instanceof ConflictError) return { kind: "refused", status: 409, errors: [error("jp_already_decided")] };
      throw err;
    }
  }

  /**
   * Tick (daily): from July, everyone below the target gets at most one reminder per calendar month, and each
   * supervisor at most one per month listing their direct reports who are behind. Both go through the outbox,
   * one job per month (and a further round for people newly behind when the tick runs again); the cards show
   * the totals as of sending, and someone who reached the target meanwhile gets none.
   */
  async remindBehind(): Promise<{ employees: number; supervisors: number }> {
    const today = toWibDate(this.deps.clock.now());
    if (Number(today.slice(5, 7)) < JP_REMINDER_FROM_MONTH) return { employees: 0, supervisors: 0 };
    const month = today.slice(0, 7);
    const year = Number(today.slice(0, 4));
    const totals = JpService.totals(await this.deps.repo.listCredits(year), year);
    const behind: Person[] = [];
    const managerIds = new Set<string>();
    for (const p of this.deps.directory.listPeople()) {
      if (jpStatus(totals.get(p.id) ?? 0).reached) continue;
      behind.push(p);
      if (p.managerId) managerIds.add(p.managerId);
    }
    const managers = [...managerIds].map((id) => this.deps.directory.getPerson(id)).filter((p): p is Person => !!p);
    const n = this.deps.notifications;
    const employees = await queueNewRound(n, `jp-behind-${month}`, behind, (jobId, fresh) => n.jpBehind(jobId, year, fresh));
    const supervisors = await queueNewRound(n, `jp-behind-team-${month}`, managers, (jobId, fresh) => n.jpBehindTeam(jobId, year, fresh));
    return { employees: employees.queued, supervisors: supervisors.queued };
  }

  private audit(actorId: string, c: JpCredit, fromState: string | undefined) {
    const entry = { actorId, action: `jp.external.${c.status}`, subjectType: "jp-credit", subjectId: `${c.year}:${c.id}`, ownerId: c.employeeId, toState: c.status, at: this.deps.clock.now().toISOString() };
    return this.deps.audit.append(fromState ? { ...entry, fromState } : entry);
  }
}
