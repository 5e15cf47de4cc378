import { headOfUnitRatingFromOrgPredikat } from "../domain/distribution";
import { createEvaluation } from "../domain/evaluation";
import { transitionEvaluation, type EvaluationCommand } from "../domain/evaluation-workflow";
import type { OrgDirectory, Person } from "../domain/org";
import type { Period } from "../domain/periods";
import type { DomainError } from "../domain/result";
import { toWibDate } from "../domain/time";
import type { Authority } from "./authority";
import type { BackgroundTasks } from "./background";
import type { CalibrationUnits } from "./calibration-units";
import type { EvaluationRepository, StoredEvaluation } from "./evaluation-ports";
import type { EvaluationSources } from "./evaluation-sources";
import type { EvaluationNotifications, EvaluationOutcome, EvaluationSubject } from "./evaluation-types";
import type { PeriodService } from "./period-service";
import { ConflictError } from "./planning-ports";
import type { AuditLog, Clock } from "./ports";

const MAX_ETAG_RETRIES = 3;
/** Enough form ids to recognise a double click or a replay; older ones cannot come back in practice. */
const KEPT_FORM_IDS = 20;
const FORBIDDEN_CODES = new Set(["evaluation_not_employee", "evaluation_self_rating", "evaluation_not_rater", "evaluation_not_decider"]);

export interface EvaluationServiceDeps {
  directory: OrgDirectory;
  authority: Authority;
  periods: PeriodService;
  evaluations: EvaluationRepository;
  sources: EvaluationSources;
  units: CalibrationUnits;
  audit: AuditLog;
  clock: Clock;
  notifications: EvaluationNotifications;
  background: BackgroundTasks;
}

/** One step of the flow: builds the domain command from the subject, or refuses before any write. */
export type CommandBuilder = (subject: EvaluationSubject, ev: StoredEvaluation) => EvaluationCommand | { errors: DomainError[] };

/**
 * The evaluation core shared by the use cases (evaluation-actions.ts, calibration-service.ts): loading what an
 * evaluation is about, opening it on first use, and applying one domain transition with its audit record under
 * an ETag, idempotently per form id.
 */
export class EvaluationService {
  constructor(readonly deps: EvaluationServiceDeps) {}

  /** Called (in the background) after a supervisor's rating is stored; e.g. development needs (issue 8). */
  readonly ratingObservers: ((subject: EvaluationSubject) => Promise<void>)[] = [];

  today(): string {
    return toWibDate(this.deps.clock.now());
  }

  async subject(periodId: string, employeeId: string): Promise<EvaluationSubject | undefined> {
    const [period, employee] = [await this.deps.periods.get(periodId), this.deps.directory.getPerson(employeeId)];
    if (!period || !employee) return undefined;
    const [rhks, progress, evaluation, headOfUnitRating] = await Promise.all([
      this.deps.sources.rhksOf(employee, period),
      this.deps.sources.progressOf(employee, period),
      this.deps.evaluations.get(period.id, employee.id),
      this.headOfUnitRating(period, employee),
    ]);
    return { period, employee, evaluation, rhks, progress, ...(headOfUnitRating ? { headOfUnitRating } : {}) };
  }

  private async headOfUnitRating(period: Period, employee: Person) {
    const unitId = this.deps.units.unitHeadedBy(employee.id);
    if (!unitId) return undefined;
    const { calibration } = await this.deps.evaluations.listUnit(period.id, unitId);
    return calibration?.orgPredikat ? headOfUnitRatingFromOrgPredikat(calibration.orgPredikat) : undefined;
  }

  /** The stored evaluation, or a new draft created now (a concurrent creation wins and is read back). */
  async open(period: Period, employee: Person): Promise<StoredEvaluation> {
    const existing = await this.deps.evaluations.get(period.id, employee.id);
    if (existing) return existing;
    const draft = createEvaluation({ id: `${period.id}_${employee.id}`, employeeId: employee.id, periodId: period.id, kind: "PERIODIK" });
    const unitId = this.deps.units.unitOf(employee.id) ?? employee.unitId;
    try {
      return await this.deps.evaluations.create({ ...draft, year: period.year, unitId, appliedForms: [] });
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      const created = await this.deps.evaluations.get(period.id, employee.id);
      if (!created) throw err;
      return created;
    }
  }

  /** Applies one transition; `formId` makes a repeated submit return the first result without a second write. */
  async apply(subject: EvaluationSubject, build: CommandBuilder, formId?: string, onBehalfOfId?: string): Promise<EvaluationOutcome> {
    for (let attempt = 0; attempt < MAX_ETAG_RETRIES; attempt++) {
      const ev = await this.open(subject.period, subject.employee);
      const current = { ...subject, evaluation: ev };
      if (formId && ev.appliedForms.includes(formId)) return { kind: "done", evaluation: ev, subject: current, repeated: true };
      const cmd = build(current, ev);
      if ("errors" in cmd) return { kind: "invalid", errors: cmd.errors, subject: current };
      const t = transitionEvaluation(ev, cmd);
      if (!t.ok) return refusal(t.errors, current);
      const appliedForms = formId ? [...ev.appliedForms, formId].slice(-KEPT_FORM_IDS) : ev.appliedForms;
      let saved: StoredEvaluation;
      try {
        saved = await this.deps.evaluations.replace({ ...(t.value.evaluation as StoredEvaluation), appliedForms });
      } catch (err) {
        if (err instanceof ConflictError) continue;
        throw err;
      }
      await this.deps.audit.append({ ...t.value.audit, ...(onBehalfOfId ? { onBehalfOfId } : {}) });
      return { kind: "done", evaluation: saved, subject: { ...current, evaluation: saved }, repeated: false };
    }
    throw new Error("evaluation changed concurrently too often");
  }
}

/** Input mistakes are 400 with field messages; the workflow's refusals are 403 (not yours) or 409 (not now). */
export function refusal(errors: DomainError[], subject: EvaluationSubject): EvaluationOutcome {
  const workflow = errors.filter((e) => e.code.startsWith("evaluation_") && e.code !== "evaluation_duplicate_rhk" && e.code !== "evaluation_too_many_evidence_urls");
  if (workflow.length === 0) return { kind: "invalid", errors, subject };
  const status = workflow.some((e) => FORBIDDEN_CODES.has(e.code)) ? 403 : 409;
  return { kind: "refused", status, errors: workflow, subject };
}
