import type { ObjectionOutcome } from "../domain/evaluation";
import { OBJECTION_OUTCOMES } from "../domain/evaluation";
import type { Person } from "../domain/org";
import { PREDIKAT_MATRIX, PREDIKATS, type Predikat } from "../domain/predikat";
import { isRating, RATINGS, type Rating } from "../domain/rating";
import { error, type DomainError } from "../domain/result";
import { isFormId } from "./evaluation-forms";
import type { EvaluationService } from "./evaluation-service";
import type { EvaluationOutcome, EvaluationSubject } from "./evaluation-types";

/** Proactive cards of the keberatan flow; implemented at the edge (the bot). */
export interface ObjectionNotifications {
  /** A keberatan was filed: the decision card goes to the atasan pejabat penilai (and their Plt/Plh). */
  askDecider(subject: EvaluationSubject, decider: Person): Promise<void>;
  /** The keberatan was decided: the employee is told the outcome (and the new predikat when upheld). */
  tellEmployee(subject: EvaluationSubject): Promise<void>;
}

export interface ObjectionDecisionInput {
  outcome: ObjectionOutcome;
  reason: unknown;
  hasilKerja?: Rating;
  perilakuKerja?: Rating;
}

/**
 * Keberatan (DOMAIN.md section 7): the employee objects to a set evaluation within the window, with a reason;
 * the atasan pejabat penilai (the rater's supervisor, or their Plt/Plh today) upholds it with a changed predikat
 * or rejects it, with a reason. The domain checks the transitions; authority comes from the directory now.
 */
export class ObjectionService {
  constructor(
    private readonly core: EvaluationService,
    private readonly deps: { windowDays: number; notifications: ObjectionNotifications },
  ) {}

  async file(actor: Person, periodId: string, body: Record<string, unknown>): Promise<EvaluationOutcome> {
    const subject = await this.core.subject(periodId, actor.id);
    if (!subject) return { kind: "notFound" };
    const formId = isFormId(body.formId) ? body.formId : undefined;
    const now = this.core.deps.clock.now();
    const outcome = await this.core.apply(subject, () => ({ action: "file_objection", actorId: actor.id, now, reason: body.reason, windowDays: this.deps.windowDays }), formId);
    if (outcome.kind === "done" && !outcome.repeated) {
      const done = outcome.subject;
      for (const decider of await this.deciders(actor.id)) {
        this.core.deps.background.run("objection-ask-decider", () => this.deps.notifications.askDecider(done, decider));
      }
    }
    return outcome;
  }

  /** The atasan pejabat penilai of `employeeId` and whoever acts for them today (Plt/Plh). */
  async deciders(employeeId: string): Promise<Person[]> {
    const { directory, authority } = this.core.deps;
    const rater = directory.getManager(employeeId);
    const atasan = rater ? directory.getManager(rater.id) : undefined;
    if (!atasan) return [];
    const acting = await authority.actingFor(atasan.id, this.core.today());
    return [atasan, ...acting.filter((p) => p.id !== employeeId && p.id !== rater?.id)];
  }

  async decide(actor: Person, periodId: string, employeeId: string, body: Record<string, unknown>): Promise<EvaluationOutcome> {
    const subject = await this.core.subject(periodId, employeeId);
    if (!subject) return { kind: "notFound" };
    const ev = subject.evaluation;
    // A second decision (a double click, the Plt and the official both answering) is the first one, unchanged.
    if (ev?.objection?.decision) return { kind: "done", evaluation: ev, subject, repeated: true };
    if (ev?.state !== "keberatan") {
      return { kind: "refused", status: 409, errors: [error("evaluation_invalid_transition", undefined, { action: "decide_objection", state: ev?.state ?? "draft" })], subject };
    }
    const input = readDecision(body, ev.rating);
    if ("errors" in input) return { kind: "invalid", errors: input.errors, subject };
    const actorIsAtasanPenilai = (await this.deciders(employeeId)).some((p) => p.id === actor.id);
    const now = this.core.deps.clock.now();
    const outcome = await this.core.apply(subject, () => ({ action: "decide_objection", actorId: actor.id, now, actorIsAtasanPenilai, ...input }));
    if (outcome.kind === "done" && !outcome.repeated) {
      const done = outcome.subject;
      this.core.deps.background.run("objection-tell-employee", () => this.deps.notifications.tellEmployee(done));
    }
    return outcome;
  }
}

/**
 * An upheld keberatan names the new predikat (or the two ratings); the server turns a predikat into the matrix
 * cell closest to the current ratings, so the predikat always follows the matrix.
 */
function readDecision(body: Record<string, unknown>, current: { hasilKerja: Rating; perilakuKerja: Rating; predikat: Predikat } | undefined): ObjectionDecisionInput | { errors: DomainError[] } {
  const outcome = body.outcome;
  if (typeof outcome !== "string" || !(OBJECTION_OUTCOMES as readonly string[]).includes(outcome)) return { errors: [error("field_not_allowed", "outcome")] };
  if (outcome === "REJECTED") return { outcome, reason: body.reason };
  if (isRating(body.hasilKerja) || isRating(body.perilakuKerja)) {
    return { outcome: "UPHELD", reason: body.reason, ...(isRating(body.hasilKerja) ? { hasilKerja: body.hasilKerja } : {}), ...(isRating(body.perilakuKerja) ? { perilakuKerja: body.perilakuKerja } : {}) };
  }
  const predikat = body.predikat;
  if (typeof predikat !== "string" || !(PREDIKATS as readonly string[]).includes(predikat)) return { errors: [error("field_required", "predikat")] };
  if (!current) return { outcome: "UPHELD", reason: body.reason };
  if (predikat === current.predikat) return { errors: [error("evaluation_objection_no_change", "predikat")] };
  return { outcome: "UPHELD", reason: body.reason, ...closestCell(predikat as Predikat, current) };
}

function closestCell(predikat: Predikat, current: { hasilKerja: Rating; perilakuKerja: Rating }) {
  const cells = RATINGS.flatMap((h) => RATINGS.filter((p) => PREDIKAT_MATRIX[h][p] === predikat).map((p) => ({ hasilKerja: h, perilakuKerja: p })));
  const distance = (c: { hasilKerja: Rating; perilakuKerja: Rating }) =>
    Math.abs(RATINGS.indexOf(c.hasilKerja) - RATINGS.indexOf(current.hasilKerja)) + Math.abs(RATINGS.indexOf(c.perilakuKerja) - RATINGS.indexOf(current.perilakuKerja));
  return cells.sort((a, b) => distance(a) - distance(b))[0]!;
}
