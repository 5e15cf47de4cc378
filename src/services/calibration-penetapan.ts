import { transitionEvaluation, type EvaluationTransition } from "../domain/evaluation-workflow";
import type { Person } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import type { CalibrationOutcome, CalibrationView } from "./calibration-service";
import type { StoredEvaluation } from "./evaluation-ports";
import type { EvaluationService } from "./evaluation-service";
import { ConflictError } from "./planning-ports";

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
    const refused = (errors: DomainError[], status: 403 | 409 = 409): CalibrationOutcome => ({ kind: "refused", status, errors, view });
    if (!view.calibration?.orgPredikat || !view.check) return refused([error("calibration.orgPredikatMissing")]);
    if (view.notRated.length > 0) {
      return refused([error("calibration.notAllRated", undefined, { names: view.notRated.map((p) => p.displayName).join(", ") })]);
    }
    const toSet = view.evaluations.filter((e) => e.state === "rated");
    if (toSet.length === 0) return { kind: "done", view, repeated: true };
    const override = view.calibration.override;
    if (!view.check.ok && !override) {
      return refused([error("evaluation_distribution_violated"), ...view.check.violations.map((v) => error(v.code, undefined, v.params))]);
    }
    // The policy let only the head of the unit (or their Plt/Plh) here; re-checked from the directory now.
    const actorIsRater = await this.isHeadOrActing(actor, view);
    const now = this.core.deps.clock.now();
    const transitions: EvaluationTransition[] = [];
    for (const ev of toSet) {
      const t = transitionEvaluation(ev, {
        action: "tetapkan",
        actorId: actor.id,
        now,
        actorIsRater,
        distributionOk: view.check.ok,
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
    for (const t of transitions) await this.core.deps.audit.append(t.audit);
    for (const t of transitions) this.core.deps.background.run("evaluation-result", () => this.sendResult(periodId, t.evaluation.employeeId));
    return { kind: "done", view: (await this.viewOf(periodId, unitId))!, repeated: false };
  }

  private async isHeadOrActing(actor: Person, view: CalibrationView): Promise<boolean> {
    if (!view.head) return false;
    if (view.head.id === actor.id) return true;
    return (await this.core.deps.authority.actingFor(view.head.id, this.core.today())).some((p) => p.id === actor.id);
  }

  /** The result card with Terima; where it landed is kept so Terima can replace it on every device. */
  private async sendResult(periodId: string, employeeId: string): Promise<void> {
    const subject = await this.core.subject(periodId, employeeId);
    if (!subject?.evaluation) return;
    const card = await this.core.deps.notifications.sendResult(subject);
    if (!card) return;
    for (let attempt = 0; attempt < 3; attempt++) {
      const ev = await this.core.deps.evaluations.get(periodId, employeeId);
      if (!ev) return;
      try {
        await this.core.deps.evaluations.replace({ ...ev, resultCard: card });
        return;
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
    }
  }
}
