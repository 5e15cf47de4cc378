import { ratingCard } from "../../cards/eval-rate-card";
import { ratedCard } from "../../cards/eval-result-card";
import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import { bilingualLine } from "../../i18n";
import type { EvaluationActions } from "../../services/evaluation-actions";
import { cardResponse, employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";
import { outcomeError, periodIdOf, rateErrorsOnCard, rateInputFromCard, typedValues } from "./eval-card-input";

/**
 * Stores the rating. The predikat stored is the server's matrix result; the one the card shows travels back only
 * to compare: if the choices changed after "Lihat predikat", the form comes back with the new predikat to
 * confirm, so nobody submits a predikat they did not see.
 */
export class EvalRateSubmitHandler implements CardActionHandler {
  readonly verb = VERBS.evalRateSubmit;
  readonly access: CardAccess = { action: "evaluation.rate", subject: employeeInCard() };
  constructor(private readonly actions: EvaluationActions) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const periodId = periodIdOf(data);
    const formId = typeof data.formId === "string" ? data.formId : "";
    const employeeId = String(data.employeeId);
    if (!periodId || !formId) return errorResponse(400, "BadRequest", "error.badRequest");
    const input = rateInputFromCard(data);
    const check = await this.actions.preview(periodId, employeeId, input);
    if (check.kind === "notFound") return errorResponse(404, "NotFound", "error.notFound");
    if (check.kind === "preview" && check.errors.length === 0 && check.preview.predikat !== data.previewedPredikat) {
      const notice = bilingualLine("eval.rate.changed");
      return cardResponse(ratingCard(check.subject, { formId, values: typedValues(data), preview: check.preview, notice }));
    }
    const outcome = await this.actions.rate(actor, periodId, employeeId, input);
    if (outcome.kind === "invalid") {
      const preview = check.kind === "preview" ? check.preview : undefined;
      const errors = rateErrorsOnCard(outcome.errors);
      return cardResponse(ratingCard(outcome.subject, { formId, values: typedValues(data), errors, preview, formError: bilingualLine("report.form.invalid") }));
    }
    if (outcome.kind !== "done") return outcomeError(outcome);
    return cardResponse(ratedCard(outcome.subject));
  }
}
