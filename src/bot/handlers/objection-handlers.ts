import { randomUUID } from "node:crypto";
import { resultCard } from "../../cards/eval-result-card";
import { objectionDecidedCard, objectionDecisionCard, objectionFiledCard, objectionFormCard } from "../../cards/objection-cards";
import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import type { DomainError } from "../../domain/result";
import { bilingualLine } from "../../i18n";
import type { EvaluationService } from "../../services/evaluation-service";
import type { ObjectionService } from "../../services/objection-service";
import { cardResponse, employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";
import { outcomeError, periodIdOf } from "./eval-card-input";

const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 4000) : "");
const firstError = (errors: DomainError[]) => (errors[0] ? bilingualLine(errors[0].code, errors[0].params) : "");

/** Ajukan keberatan on the result card: the form, while a keberatan is still possible; else the result. */
export class ObjectionOpenHandler implements CardActionHandler {
  readonly verb = VERBS.objectionOpen;
  readonly access: CardAccess = { action: "evaluation.object", subject: employeeInCard() };
  constructor(
    private readonly core: EvaluationService,
    private readonly windowDays: number,
  ) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const periodId = periodIdOf(data);
    const subject = periodId ? await this.core.subject(periodId, actor.id) : undefined;
    if (!subject?.evaluation?.rating) return errorResponse(404, "NotFound", "error.notFound");
    if (subject.evaluation.state !== "ditetapkan" || subject.evaluation.objection) return cardResponse(resultCard(subject));
    return cardResponse(objectionFormCard(subject, { formId: randomUUID(), windowDays: this.windowDays }));
  }
}

/** The employee's keberatan; a refused one (late, already filed) is answered with the reason. */
export class ObjectionSubmitHandler implements CardActionHandler {
  readonly verb = VERBS.objectionSubmit;
  readonly access: CardAccess = { action: "evaluation.object", subject: employeeInCard() };
  constructor(
    private readonly objections: ObjectionService,
    private readonly windowDays: number,
  ) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const periodId = periodIdOf(data);
    if (!periodId) return errorResponse(400, "BadRequest", "error.badRequest");
    const outcome = await this.objections.file(actor, periodId, { formId: data.formId, reason: data.reason });
    if (outcome.kind === "done") return cardResponse(objectionFiledCard(outcome.subject));
    if (outcome.kind === "invalid" && outcome.subject.evaluation?.rating) {
      const formId = typeof data.formId === "string" ? data.formId : randomUUID();
      return cardResponse(objectionFormCard(outcome.subject, { formId, windowDays: this.windowDays, reason: text(data.reason), error: firstError(outcome.errors) }));
    }
    // Input errors on an evaluation with nothing to object to (not rated yet) have no form to show again.
    if (outcome.kind === "invalid") return errorResponse(400, "BadRequest", "error.badRequest");
    return outcomeError(outcome);
  }
}

/** The atasan pejabat penilai's decision; deciding twice answers with the first decision. */
export class ObjectionDecideHandler implements CardActionHandler {
  readonly verb = VERBS.objectionDecide;
  readonly access: CardAccess = { action: "evaluation.decideObjection", subject: employeeInCard() };
  constructor(private readonly objections: ObjectionService) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const periodId = periodIdOf(data);
    const employeeId = employeeInCard()(data);
    if (!periodId || employeeId?.kind !== "employee") return errorResponse(400, "BadRequest", "error.badRequest");
    const input = { outcome: data.outcome, predikat: data.predikat || undefined, reason: data.reason };
    const outcome = await this.objections.decide(actor, periodId, employeeId.id, input);
    if (outcome.kind === "done") return cardResponse(objectionDecidedCard(outcome.subject));
    if (outcome.kind === "invalid" && outcome.subject.evaluation?.rating) {
      const values = { outcome: text(data.outcome), predikat: text(data.predikat), reason: text(data.reason) };
      return cardResponse(objectionDecisionCard(outcome.subject, { error: firstError(outcome.errors), values }));
    }
    // Input errors on an evaluation with nothing to object to (not rated yet) have no form to show again.
    if (outcome.kind === "invalid") return errorResponse(400, "BadRequest", "error.badRequest");
    return outcomeError(outcome);
  }
}
