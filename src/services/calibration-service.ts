import { checkDistribution, countPredikats, ORG_PREDIKATS, type DistributionCheck, type OrgPredikat } from "../domain/distribution";
import type { EvaluationState } from "../domain/evaluation";
import { readRequiredText } from "../domain/input";
import type { Person } from "../domain/org";
import type { Period } from "../domain/periods";
import type { Predikat } from "../domain/predikat";
import { error, type DomainError } from "../domain/result";
import type { EvaluationSummary, StoredEvaluation, UnitCalibration } from "./evaluation-ports";
import type { EvaluationService } from "./evaluation-service";
import { ConflictError } from "./planning-ports";
import { CalibrationPenetapan } from "./calibration-penetapan";

/** States in which the supervisor's rating (and so a proposed or set predikat) exists. */
export const RATED_STATES: readonly EvaluationState[] = ["rated", "ditetapkan", "keberatan", "diterima"];

export interface CalibrationRow {
  employee: Person;
  state: EvaluationState | "belum_dibuka";
  predikat?: Predikat;
}

/** The calibration view of a unit (DOMAIN.md section 8): proposed predikat against what the org predikat allows. */
export interface CalibrationView {
  period: Period;
  unitId: string;
  head?: Person;
  leaderAbove?: Person;
  calibration?: UnitCalibration;
  rows: CalibrationRow[];
  counts: Record<Predikat, number>;
  /** Undefined until the leader one level up set the Predikat Kinerja Organisasi. */
  check?: DistributionCheck;
  notRated: Person[];
  /** Every evaluation stored for the unit and period (also of people who left its curve), as state and predikat. */
  states: EvaluationSummary[];
  /** The full documents; empty in the overview, which reads only the columns it shows. */
  evaluations: StoredEvaluation[];
}

export type CalibrationOutcome =
  | { kind: "notFound" }
  | { kind: "invalid"; errors: DomainError[] }
  | { kind: "refused"; status: 403 | 409; errors: DomainError[]; view?: CalibrationView }
  | { kind: "done"; view: CalibrationView; repeated: boolean };

export class CalibrationService {
  private readonly penetapan: CalibrationPenetapan;

  constructor(private readonly core: EvaluationService) {
    this.penetapan = new CalibrationPenetapan(core, (p, u) => this.view(p, u));
  }

  /** The view with the full evaluation documents (penetapan and the calibration steps work on them). */
  async view(periodId: string, unitId: string): Promise<CalibrationView | undefined> {
    const period = await this.core.deps.periods.get(periodId);
    if (!period || !this.core.deps.directory.getUnit(unitId)) return undefined;
    const { evaluations, calibration } = await this.core.deps.evaluations.listUnit(period.id, unitId);
    return this.viewFrom(period, unitId, evaluations, calibration);
  }

  /** What the calibration screen shows, from a projected query (state and predikat columns only). */
  async overview(periodId: string, unitId: string): Promise<CalibrationView | undefined> {
    const period = await this.core.deps.periods.get(periodId);
    if (!period || !this.core.deps.directory.getUnit(unitId)) return undefined;
    const { summaries, calibration } = await this.core.deps.evaluations.listUnitSummaries(period.id, unitId);
    return this.build(period, unitId, summaries, calibration, []);
  }

  /** The view of a unit from evaluations already read (e.g. the whole period in one query, period-close.ts). */
  viewFrom(period: Period, unitId: string, evaluations: StoredEvaluation[], calibration: UnitCalibration | undefined): CalibrationView {
    const states = evaluations.map((e) => ({ employeeId: e.employeeId, state: e.state, ...(e.rating ? { predikat: e.rating.predikat } : {}) }));
    return this.build(period, unitId, states, calibration, evaluations);
  }

  private build(period: Period, unitId: string, states: EvaluationSummary[], calibration: UnitCalibration | undefined, evaluations: StoredEvaluation[]): CalibrationView {
    const { units } = this.core.deps;
    const byEmployee = new Map(states.map((e) => [e.employeeId, e]));
    const rows: CalibrationRow[] = units.curveMembers(unitId).map((employee) => {
      const ev = byEmployee.get(employee.id);
      return { employee, state: ev?.state ?? "belum_dibuka", ...(ev?.predikat ? { predikat: ev.predikat } : {}) };
    });
    const proposed = states.filter((e) => RATED_STATES.includes(e.state) && e.predikat).map((e) => e.predikat!);
    const counts = countPredikats(proposed);
    const notRated = rows.filter((r) => !RATED_STATES.includes(r.state as EvaluationState)).map((r) => r.employee);
    const check = calibration?.orgPredikat ? checkDistribution(calibration.orgPredikat, counts) : undefined;
    const head = units.headOf(unitId);
    const leaderAbove = units.leaderAbove(unitId);
    return { period, unitId, head, leaderAbove, calibration, rows, counts, check, notRated, states, evaluations };
  }

  /** Step 1: the leader one level up sets the unit's Predikat Kinerja Organisasi (until the unit is set). */
  async setOrgPredikat(actor: Person, periodId: string, unitId: string, value: unknown): Promise<CalibrationOutcome> {
    if (typeof value !== "string" || !(ORG_PREDIKATS as readonly string[]).includes(value)) {
      return { kind: "invalid", errors: [error("field_not_allowed", "orgPredikat")] };
    }
    return this.updateCalibration(periodId, unitId, actor, "orgPredikat.set", (c, at) => ({
      ...c,
      orgPredikat: value as OrgPredikat,
      orgPredikatById: actor.id,
      orgPredikatAt: at,
      // A new organisation predikat changes the allowed curve: an override of the old one no longer applies.
      override: c.orgPredikat === value ? c.override : undefined,
    }));
  }

  /** An Admin Kinerja allows a curve that breaks the rule, with a reason (recorded on the unit and the audit). */
  async recordOverride(actor: Person, periodId: string, unitId: string, reason: unknown): Promise<CalibrationOutcome> {
    const r = readRequiredText(reason, "reason");
    if (r.error) return { kind: "invalid", errors: [r.error] };
    return this.updateCalibration(periodId, unitId, actor, "calibration.override", (c, at) =>
      c.orgPredikat ? { ...c, override: { byId: actor.id, reason: r.value, at } } : undefined,
    );
  }

  tetapkan(actor: Person, periodId: string, unitId: string): Promise<CalibrationOutcome> {
    return this.penetapan.run(actor, periodId, unitId);
  }

  /** Penetapan of a unit from a view the caller read (the city-wide close); `actorMaySet` checked by the caller. */
  setUnit(actor: Person, view: CalibrationView, actorMaySet: boolean): Promise<CalibrationOutcome> {
    return this.penetapan.setUnit(actor, view, actorMaySet);
  }

  private async updateCalibration(
    periodId: string,
    unitId: string,
    actor: Person,
    action: string,
    change: (c: UnitCalibration, at: string) => UnitCalibration | undefined,
  ): Promise<CalibrationOutcome> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const view = await this.view(periodId, unitId);
      if (!view) return { kind: "notFound" };
      if (view.evaluations.some((e) => e.state !== "rated" && RATED_STATES.includes(e.state))) {
        return { kind: "refused", status: 409, errors: [error("calibration.alreadySet")], view };
      }
      const at = this.core.deps.clock.now().toISOString();
      const next = change(view.calibration ?? { periodId: view.period.id, unitId }, at);
      if (!next) return { kind: "refused", status: 409, errors: [error("calibration.orgPredikatMissing")], view };
      try {
        await this.core.deps.evaluations.saveCalibration(next);
      } catch (err) {
        if (err instanceof ConflictError) continue;
        throw err;
      }
      const owner = view.head?.id ?? `unit:${unitId}`;
      await this.core.deps.audit.append({ actorId: actor.id, action, subjectType: "unit", subjectId: `${view.period.id}|${unitId}`, ownerId: owner, toState: next.orgPredikat, at });
      return { kind: "done", view: (await this.view(periodId, unitId))!, repeated: false };
    }
    throw new Error("calibration changed concurrently too often");
  }
}
