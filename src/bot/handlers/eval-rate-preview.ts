import { ratingCard } from "../../cards/eval-rate-card";
import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import type { EvaluationActions } from "../../services/evaluation-actions";
import { cardResponse, employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";
import { periodIdOf, rateErrorsOnCard, rateInputFromCard, typedValues } from "./eval-card-input";

/** "Lihat predikat": the same form with the server's suggestion and the matrix's predikat; nothing stored. */
export class EvalRatePreviewHandler implements CardActionHandler {
  readonly verb = VERBS.evalRatePreview;
  readonly access: CardAccess = { action: "evaluation.rate", subject: employeeInCard() };
  constructor(private readonly actions: EvaluationActions) {}

  async handle(_actor: Person, { data }: CardActionRequest) {
    const periodId = periodIdOf(data);
    const formId = typeof data.formId === "string" ? data.formId : "";
    if (!periodId || !formId) return errorResponse(400, "BadRequest", "error.badRequest");
    const outcome = await this.actions.preview(periodId, String(data.employeeId), rateInputFromCard(data));
    if (outcome.kind === "notFound") return errorResponse(404, "NotFound", "error.notFound");
    if (outcome.kind === "periodClosed") return errorResponse(409, "PeriodClosed", "evaluation.periodClosed", { period: periodId });
    const errors = rateErrorsOnCard(outcome.errors);
    return cardResponse(ratingCard(outcome.subject, { formId, values: typedValues(data), errors, preview: outcome.preview }));
  }
}
