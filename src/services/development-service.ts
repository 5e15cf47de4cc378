import { createHash } from "node:crypto";
import { deriveDevelopmentNeeds, type DevelopmentNeedSource } from "../domain/development-needs";
import { readRequiredText } from "../domain/input";
import type { OrgDirectory, Person } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import type { CompetencyNotifications, CompetencyRepository, StoredNeed } from "./competency-ports";
import type { EvaluationSubject } from "./evaluation-types";
import type { AuditLog, Clock } from "./ports";

export const MAX_NEED_TOPIC_LENGTH = 200;
const MAX_CHANGES = 50;

/** A need's stable id: the same (source, topic) of an employee in a year is one need. */
export function needId(source: DevelopmentNeedSource, topic: string): string {
  return createHash("sha256").update(`${source}\u0000${topic.trim().toLowerCase()}`).digest("hex").slice(0, 16);
}

export interface NeedDecision {
  confirm: string[];
  remove: string[];
  add: string[];
}

export type DecideOutcome = { kind: "invalid"; errors: DomainError[] } | { kind: "done"; needs: StoredNeed[]; changed: number };

/**
 * Kebutuhan pengembangan (DOMAIN.md section 9): suggested after a rating, confirmed, removed or added by the
 * supervisor, read by the employee as their development plan.
 */
export class DevelopmentService {
  constructor(
    private readonly deps: {
      directory: OrgDirectory;
      repo: CompetencyRepository;
      audit: AuditLog;
      clock: Clock;
      notifications: CompetencyNotifications;
      /** Format B.1.9 competency scores given to the employee in coaching during the year (scores 1-2 become needs). */
      competencyScores?: (employeeId: string, year: number) => Promise<{ competency: string; score: number }[]>;
    },
  ) {}

  /** Called after a supervisor's rating is stored: new suggestions are kept, earlier decisions are not undone. */
  async suggestFromRating(subject: EvaluationSubject): Promise<void> {
    const rating = subject.evaluation?.rating;
    if (!rating) return;
    const behaviourBelow = rating.perilakuKerja === "DI_BAWAH";
    const derived = deriveDevelopmentNeeds({
      employeeId: subject.employee.id,
      // Values the supervisor named in a Di Bawah Ekspektasi behaviour rating are the values below expectation.
      perilaku: behaviourBelow ? rating.perilakuFeedback.map((f) => ({ valueId: f.valueId, judgement: "DI_BAWAH" as const })) : [],
      rhkAssessments: rating.rhkAssessments,
      competencyScores: (await this.deps.competencyScores?.(subject.employee.id, subject.period.year)) ?? [],
    });
    const year = subject.period.year;
    const existing = new Set((await this.deps.repo.needsOf(year, subject.employee.id)).map((n) => n.id));
    const rhkText = (id: string) => subject.rhks.find((r) => r.id === id)?.text;
    const fresh = derived
      .map((d) => this.need(subject.employee, year, d.source, d.topic, "suggested", subject.period.id, rating.ratedById, d.source === "RHK" ? rhkText(d.topic) : undefined))
      .filter((n) => !existing.has(n.id));
    if (fresh.length > 0) {
      await this.deps.repo.saveNeeds(fresh);
      for (const n of fresh) await this.audit(rating.ratedById, n, undefined);
    }
    const open = (await this.deps.repo.needsOf(year, subject.employee.id)).filter((n) => n.status === "suggested");
    const rater = this.deps.directory.getPerson(rating.ratedById);
    if (rater && open.length > 0) await this.deps.notifications.needsToSupervisor(rater, subject.employee, year, open);
  }

  async needsOf(year: number, employeeId: string): Promise<StoredNeed[]> {
    return (await this.deps.repo.needsOf(year, employeeId)).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.topic.localeCompare(b.topic));
  }

  /** The supervisor's decision; applying the same decision again changes nothing (and audits nothing). */
  async decide(actor: Person, employee: Person, year: number, decision: NeedDecision): Promise<DecideOutcome> {
    const errors: DomainError[] = [];
    const added = decision.add.map((t, i) => readRequiredText(t, `add.${i}`, MAX_NEED_TOPIC_LENGTH));
    added.forEach((r) => r.error && errors.push(r.error));
    if (decision.confirm.length + decision.remove.length + decision.add.length > MAX_CHANGES) errors.push(error("field_too_long", "add", { max: MAX_CHANGES }));
    const current = new Map((await this.deps.repo.needsOf(year, employee.id)).map((n) => [n.id, n]));
    for (const [field, ids] of [["confirm", decision.confirm], ["remove", decision.remove]] as const) {
      ids.forEach((id, i) => current.has(id) || errors.push(error("development_need_unknown", `${field}.${i}`)));
    }
    if (errors.length > 0) return { kind: "invalid", errors };
    const changes: StoredNeed[] = [];
    const set = (n: StoredNeed, status: StoredNeed["status"]) => {
      if (n.status !== status) changes.push({ ...n, status, updatedAt: this.now(), updatedById: actor.id });
    };
    for (const id of decision.confirm) set(current.get(id)!, "confirmed");
    for (const id of decision.remove) set(current.get(id)!, "removed");
    for (const r of added) {
      const n = this.need(employee, year, "REKOMENDASI", r.value!, "confirmed", "supervisor", actor.id);
      const before = current.get(n.id);
      if (before) set(before, "confirmed");
      else changes.push(n);
    }
    if (changes.length > 0) await this.deps.repo.saveNeeds(changes);
    for (const n of changes) await this.audit(actor.id, n, current.get(n.id)?.status);
    return { kind: "done", needs: await this.needsOf(year, employee.id), changed: changes.length };
  }

  private need(p: Person, year: number, source: DevelopmentNeedSource, topic: string, status: StoredNeed["status"], origin: string, byId: string, label?: string): StoredNeed {
    const opdId = this.deps.directory.getOpdOf(p.unitId)?.id ?? p.unitId;
    const base = { id: needId(source, topic), employeeId: p.id, year, source, topic: topic.trim(), status, origin, unitId: p.unitId, opdId, jabatanType: p.jabatanType };
    return { ...base, ...(label ? { label } : {}), updatedAt: this.now(), updatedById: byId };
  }

  private now() {
    return this.deps.clock.now().toISOString();
  }

  private audit(actorId: string, n: StoredNeed, fromState: string | undefined) {
    const entry = { actorId, action: `development.${n.status}`, subjectType: "development-need", subjectId: `${n.year}:${n.id}`, ownerId: n.employeeId, toState: n.status, at: this.now() };
    return this.deps.audit.append(fromState ? { ...entry, fromState } : entry);
  }
}
