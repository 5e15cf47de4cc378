import type { OrgDirectory, Person } from "../domain/org";
import type { Period } from "../domain/periods";
import { error, type DomainError } from "../domain/result";
import { toWibDate } from "../domain/time";
import { annualPeriodId, buildAnnual, cumulativeRealisasi, sameAnnual, type AnnualEvaluation } from "./annual-evaluation";
import type { CalibrationUnits } from "./calibration-units";
import type { EvaluationRepository, StoredEvaluation } from "./evaluation-ports";
import type { EvaluationSources } from "./evaluation-sources";
import type { PeriodService } from "./period-service";
import { ConflictError } from "./planning-ports";
import type { AuditLog, Clock } from "./ports";

export interface AnnualSummary {
  year: number;
  annualPeriodId: string;
  sourcePeriodId: string;
  employees: number;
  /** Employees whose last period is set (ditetapkan): their annual result is set too. */
  set: number;
  /** Employees still waiting for their last period's result. */
  waiting: number;
  /** Records written by this call (0 when re-opened with nothing changed). */
  written: number;
}

export type AnnualOutcome = { kind: "done"; summary: AnnualSummary } | { kind: "refused"; status: 404 | 409; errors: DomainError[] };

/** Periodic results of one employee in a year and their annual record (DOMAIN.md section 4: every periodic result is kept). */
export interface AnnualView {
  year: number;
  annual?: AnnualEvaluation;
  periodic: { period: Period; evaluation?: StoredEvaluation }[];
}

/**
 * Opens (and, when re-run, refreshes) the annual evaluation of a year for everyone in the directory: each gets a
 * TAHUNAN record from their last period's evaluation and their progress over the whole year. Idempotent: a
 * record that would not change is not written again.
 */
export class AnnualService {
  constructor(
    private readonly deps: {
      directory: OrgDirectory;
      periods: PeriodService;
      evaluations: EvaluationRepository;
      sources: EvaluationSources;
      units: CalibrationUnits;
      audit: AuditLog;
      clock: Clock;
    },
  ) {}

  async open(actor: Person, year: number): Promise<AnnualOutcome> {
    const { directory, periods, evaluations, sources, units, clock } = this.deps;
    const defined = (await periods.years()).find((y) => y.config.year === year);
    const last = defined?.periods.at(-1);
    if (!defined || !last) return { kind: "refused", status: 404, errors: [error("annual.yearNotDefined", undefined, { year })] };
    const today = toWibDate(clock.now());
    if (today < last.start) return { kind: "refused", status: 409, errors: [error("annual.tooEarly", undefined, { date: last.start })] };
    const at = clock.now().toISOString();
    const wholeYear: Period = { ...last, start: defined.periods[0]!.start, end: last.end };
    const summary: AnnualSummary = { year, annualPeriodId: annualPeriodId(year), sourcePeriodId: last.id, employees: 0, set: 0, waiting: 0, written: 0 };
    // Two range queries (the last period and the annual records, city-wide), not two reads per person.
    const [source, existing] = await Promise.all([evaluations.listPeriod(last.id), evaluations.listPeriod(annualPeriodId(year))]);
    const sourceOf = new Map(source.evaluations.map((e) => [e.employeeId, e]));
    const annualOf = new Map(existing.evaluations.map((e) => [e.employeeId, e as AnnualEvaluation]));
    for (const unit of directory.listUnits()) {
      for (const employee of units.curveMembers(unit.id)) {
        const [rhks, progress] = await Promise.all([sources.rhksOf(employee, last), sources.progressOf(employee, wholeYear)]);
        const stored = annualOf.get(employee.id);
        // The record stays in the partition it was created in, even if the employee moved since.
        const next = buildAnnual({ year, last, employee, unitId: stored?.unitId ?? unit.id, source: sourceOf.get(employee.id), realisasi: cumulativeRealisasi(rhks, progress), actorId: actor.id, at });
        summary.employees++;
        if (next.state === "ditetapkan") summary.set++;
        else summary.waiting++;
        if (stored && sameAnnual(stored, next)) continue;
        await this.save(next, stored);
        summary.written++;
        await this.deps.audit.append({ actorId: actor.id, action: "annual.open", subjectType: "evaluation", subjectId: next.id, ownerId: employee.id, ...(stored ? { fromState: stored.state } : {}), toState: next.state, at });
      }
    }
    return { kind: "done", summary };
  }

  async view(year: number, employeeId: string): Promise<AnnualView | undefined> {
    const defined = (await this.deps.periods.years()).find((y) => y.config.year === year);
    if (!defined || !this.deps.directory.getPerson(employeeId)) return undefined;
    const [annual, ...periodic] = await Promise.all([
      this.deps.evaluations.get(annualPeriodId(year), employeeId),
      ...defined.periods.map((p) => this.deps.evaluations.get(p.id, employeeId)),
    ]);
    return {
      year,
      ...(annual ? { annual: annual as AnnualEvaluation } : {}),
      periodic: defined.periods.map((period, i) => ({ period, ...(periodic[i] ? { evaluation: periodic[i] } : {}) })),
    };
  }

  private async save(next: AnnualEvaluation, stored?: AnnualEvaluation): Promise<void> {
    if (stored) {
      await this.deps.evaluations.replace({ ...next, etag: stored.etag });
      return;
    }
    try {
      await this.deps.evaluations.create(next);
    } catch (err) {
      // Opened twice at the same moment: the other call wrote the same record.
      if (!(err instanceof ConflictError)) throw err;
    }
  }
}
