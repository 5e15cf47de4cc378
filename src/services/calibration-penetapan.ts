import { createHash } from "node:crypto";
import { transitionEvaluation, type EvaluationTransition } from "../domain/evaluation-workflow";
import type { Person } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import type { CalibrationOutcome, CalibrationView } from "./calibration-service";
import type { StoredEvaluation } from "./evaluation-ports";
import type { EvaluationService } from "./evaluation-service";
import { ConflictError } from "./planning-ports";

/** Audit records written side by side; bounded so a unit of 1,500 does not open 1,500 connections at once. */
const AUDIT_SLICE = 25;

/**
 * Why a unit cannot be set yet, in the order the user fixes them: no organisation predikat, someone not rated,
 * a curve that breaks the rule without an admin's override. Empty when the unit is ready (or already set).
 */
export function penetapanBlockers(view: CalibrationView): DomainError[] {
  if (!view.calibration?.orgPredikat || !view.check) return [error("calibration.orgPredikatMissing")];
  if (view.notRated.length > 0) return [error("calibration.notAllRated", undefined, { names: view.notRated.map((p) => p.displayName).join(", ") })];
  if (!view.check.ok && !view.calibration.override && view.states.some((e) => e.state === "rated")) {
    return [error("evaluation_distribution_violated"), ...view.check.violations.map((v) => error(v.code, undefined, v.params))];
  }
  return [];
}

/**
 * Step 3 of SE MenPANRB 3/2023 for one unit: the predikat of everyone in the unit's curve are set (ditetapkan)
 * together, in one batch transaction, and only when every member is rated and the curve holds what the
 * organisation predikat allows, or an Admin Kinerja recorded an override with a reason.
 */
export class CalibrationPenetapan {
  constructor(
    private readonly core: EvaluationService,
    private readonly viewOf: (periodId: string, unitId: string) => Promise<CalibrationView | undefined>,
  ) {}

  async run(actor: Person, periodId: string, unitId: string): Promise<CalibrationOutcome> {
    const view = await this.viewOf(periodId, unitId);
    if (!view) return { kind: "notFound" };
    // The policy let only the head of the unit (or their Plt/Plh) here; re-checked from the directory now.
    const outcome = await this.setUnit(actor, view, await this.isHeadOrActing(actor, view));
    if (outcome.kind !== "done" || outcome.repeated) return outcome;
    return { kind: "done", view: (await this.viewOf(periodId, unitId))!, repeated: false };
  }

  /**
   * Sets the rated evaluations of a unit from a view read with their ETags: from the unit's calibration view
   * (its head) or from the city-wide close of a period (an Admin Kinerja, period-close.ts). `actorMaySet` is the
   * caller's authority check from the directory. Answers with the view it was given; nothing is re-read.
   */
  async setUnit(actor: Person, view: CalibrationView, actorMaySet: boolean): Promise<CalibrationOutcome> {
    const refused = (errors: DomainError[], status: 403 | 409 = 409): CalibrationOutcome => ({ kind: "refused", status, errors, view });
    const blockers = penetapanBlockers(view);
    if (blockers.length > 0) return refused(blockers);
    const toSet = view.evaluations.filter((e) => e.state === "rated");
    if (toSet.length === 0) return { kind: "done", view, repeated: true };
    const override = view.calibration?.override;
    const now = this.core.deps.clock.now();
    const transitions: EvaluationTransition[] = [];
    for (const ev of toSet) {
      const t = transitionEvaluation(ev, {
        action: "tetapkan",
        actorId: actor.id,
        now,
        actorIsRater: actorMaySet,
        distributionOk: !!view.check?.ok,
        ...(override ? { override: { byId: override.byId, reason: override.reason } } : {}),
      });
      if (!t.ok) return refused(t.errors, t.errors.some((e) => e.code === "evaluation_not_rater" || e.code === "evaluation_self_rating") ? 403 : 409);
      transitions.push(t.value);
    }
    try {
      await this.core.deps.evaluations.replaceAll(transitions.map((t) => t.evaluation as StoredEvaluation));
    } catch (err) {
      if (err instanceof ConflictError) return refused([error("error.busy")]);
      throw err;
    }
    // Audit partitions are per employee: the records go out a slice at a time, not one after another.
    for (let i = 0; i < transitions.length; i += AUDIT_SLICE) {
      await Promise.all(transitions.slice(i, i + AUDIT_SLICE).map((t) => this.core.deps.audit.append(t.audit)));
    }
    // Written before answering: a crash after penetapan still leaves every result card queued (the outbox sends it).
    const employeeIds = transitions.map((t) => t.evaluation.employeeId);
    await this.core.deps.notifications.sendResults(view.period.id, employeeIds, resultJobKey(view.period.id, view.unitId, employeeIds));
    return { kind: "done", view, repeated: false };
  }

  private async isHeadOrActing(actor: Person, view: CalibrationView): Promise<boolean> {
    if (!view.head) return false;
    if (view.head.id === actor.id) return true;
    return (await this.core.deps.authority.actingFor(view.head.id, this.core.today())).some((p) => p.id === actor.id);
  }
}

/** One job per unit and set of people: a unit set again later for people rated late gets a job of its own. */
export function resultJobKey(periodId: string, unitId: string, employeeIds: readonly string[]): string {
  const digest = createHash("sha256").update([...employeeIds].sort().join(",")).digest("hex").slice(0, 12);
  return `eval-result-${periodId}-${unitId}-${digest}`;
}
