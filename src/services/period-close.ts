import type { OrgPredikat } from "../domain/distribution";
import type { Person } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import { RATED_STATES, type CalibrationService, type CalibrationView } from "./calibration-service";
import { penetapanBlockers } from "./calibration-penetapan";
import type { StoredEvaluation } from "./evaluation-ports";
import type { EvaluationService } from "./evaluation-service";

/** Units set at once; each is its own batch transaction, so a few run side by side without contention. */
const UNIT_CONCURRENCY = 16;

/**
 * ready: would be set (dry run); set: ditetapkan by this close; alreadySet: nothing left to set;
 * blocked: left untouched, with the reasons.
 */
export type UnitCloseStatus = "ready" | "set" | "alreadySet" | "blocked";

export interface UnitCloseReport {
  unitId: string;
  unitName: string;
  opdId: string;
  opdName: string;
  /** People in the unit's curve (rated inside it). */
  members: number;
  /** Evaluations with the supervisor's rating (rated or later). */
  rated: number;
  /** Rated and not yet set: what a close sets when the unit is ready. */
  toSet: number;
  orgPredikat?: OrgPredikat;
  /** Undefined until the organisation predikat is set. */
  distributionOk?: boolean;
  /** The rules the curve breaks (empty when it holds). */
  violations: DomainError[];
  override?: { byId: string; reason: string; at: string };
  status: UnitCloseStatus;
  blockers: DomainError[];
}

export interface PeriodCloseReport {
  periodId: string;
  dryRun: boolean;
  units: UnitCloseReport[];
}

export type PeriodCloseOutcome = { kind: "notFound" } | { kind: "done"; report: PeriodCloseReport };

/**
 * Closing a period city-wide (DOMAIN.md section 8, Admin Kinerja): every calibration unit that is ready is set
 * through the same penetapan as its calibration view (one batch transaction per unit under the ETags read,
 * audited), the others are left untouched and named with their reasons. The whole period is read with one range
 * query (listPeriod). Running it again sets nothing twice: set evaluations are no longer `rated`.
 */
export class PeriodClose {
  constructor(
    private readonly core: EvaluationService,
    private readonly calibration: CalibrationService,
  ) {}

  /** What a close would do now, changing nothing. */
  async dryRun(actor: Person, periodId: string): Promise<PeriodCloseOutcome> {
    const views = await this.views(periodId);
    if (!views) return { kind: "notFound" };
    return { kind: "done", report: { periodId, dryRun: true, units: views.map((v) => this.assess(actor, v)) } };
  }

  async close(actor: Person, periodId: string): Promise<PeriodCloseOutcome> {
    const views = await this.views(periodId);
    if (!views) return { kind: "notFound" };
    const units = views.map((v) => this.assess(actor, v));
    // The policy let only an Admin Kinerja here; the role is read from the directory again for the transition.
    const actorMaySet = actor.roles.includes("admin");
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < units.length; i = next++) {
        const unit = units[i]!;
        if (unit.status !== "ready") continue;
        const outcome = await this.calibration.setUnit(actor, views[i]!, actorMaySet);
        if (outcome.kind === "done" && !outcome.repeated) unit.status = "set";
        else if (outcome.kind === "done") unit.status = "alreadySet";
        else if (outcome.kind === "refused" || outcome.kind === "invalid") Object.assign(unit, { status: "blocked", blockers: outcome.errors });
      }
    };
    await Promise.all(Array.from({ length: UNIT_CONCURRENCY }, worker));
    const set = units.filter((u) => u.status === "set");
    if (set.length > 0) {
      const at = this.core.deps.clock.now().toISOString();
      const toState = `${set.length} units, ${set.reduce((n, u) => n + u.toSet, 0)} evaluations set`;
      await this.core.deps.audit.append({ actorId: actor.id, action: "period.close", subjectType: "period", subjectId: periodId, ownerId: `period:${periodId}`, toState, at });
    }
    return { kind: "done", report: { periodId, dryRun: false, units } };
  }

  /** Every calibration unit's view from one range query over the period, in directory order. */
  private async views(periodId: string): Promise<CalibrationView[] | undefined> {
    const period = await this.core.deps.periods.get(periodId);
    if (!period) return undefined;
    const { directory, units, evaluations: repo } = this.core.deps;
    const { evaluations, calibrations } = await repo.listPeriod(period.id);
    const byUnit = new Map<string, StoredEvaluation[]>();
    for (const e of evaluations) {
      const list = byUnit.get(e.unitId);
      if (list) list.push(e);
      else byUnit.set(e.unitId, [e]);
    }
    const calibrationOf = new Map(calibrations.map((c) => [c.unitId, c]));
    return directory
      .listUnits()
      .filter((u) => byUnit.has(u.id) || units.curveMembers(u.id).length > 0)
      .map((u) => this.calibration.viewFrom(period, u.id, byUnit.get(u.id) ?? [], calibrationOf.get(u.id)));
  }

  private assess(actor: Person, view: CalibrationView): UnitCloseReport {
    const { directory } = this.core.deps;
    const toSet = view.states.filter((e) => e.state === "rated");
    const blockers = penetapanBlockers(view);
    // Nobody sets their own predikat: the head of that unit sets it from the calibration view.
    if (blockers.length === 0 && toSet.some((e) => e.employeeId === actor.id)) blockers.push(error("periodClose.ownEvaluation"));
    const status: UnitCloseStatus = blockers.length > 0 ? "blocked" : toSet.length > 0 ? "ready" : "alreadySet";
    const c = view.calibration;
    const opd = directory.getOpdOf(view.unitId);
    return {
      unitId: view.unitId,
      unitName: directory.getUnit(view.unitId)?.name ?? view.unitId,
      opdId: opd?.id ?? view.unitId,
      opdName: opd?.name ?? view.unitId,
      members: view.rows.length,
      rated: view.states.filter((e) => RATED_STATES.includes(e.state)).length,
      toSet: toSet.length,
      ...(c?.orgPredikat ? { orgPredikat: c.orgPredikat } : {}),
      ...(view.check ? { distributionOk: view.check.ok } : {}),
      violations: (view.check?.violations ?? []).map((v) => error(v.code, undefined, v.params)),
      ...(c?.override ? { override: c.override } : {}),
      status,
      blockers,
    };
  }
}
