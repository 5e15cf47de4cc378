import { selfAssessedCard, selfAssessmentCard } from "../../cards/eval-cards";
import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import { bilingualLine } from "../../i18n";
import type { EvaluationActions } from "../../services/evaluation-actions";
import type { Authority } from "../../services/authority";
import { cardResponse, employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";
import { outcomeError, periodIdOf, selfErrorsOnCard, selfInputFromCard, typedValues } from "./eval-card-input";

export class EvalSelfSubmitHandler implements CardActionHandler {
  readonly verb = VERBS.evalSelfSubmit;
  readonly access: CardAccess = { action: "evaluation.selfAssess", subject: employeeInCard() };
  constructor(
    private readonly actions: EvaluationActions,
    private readonly authority: Authority,
    private readonly today: () => string,
  ) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const periodId = periodIdOf(data);
    if (!periodId) return errorResponse(400, "BadRequest", "error.badRequest");
    const outcome = await this.actions.selfAssess(actor, periodId, selfInputFromCard(data));
    if (outcome.kind === "invalid") {
      const formId = typeof data.formId === "string" ? data.formId : "";
      if (!formId) return errorResponse(400, "BadRequest", "error.badRequest");
      const errors = selfErrorsOnCard(data, outcome.errors);
      return cardResponse(selfAssessmentCard(outcome.subject, { formId, values: typedValues(data), errors, formError: bilingualLine("report.form.invalid") }));
    }
    if (outcome.kind !== "done") return outcomeError(outcome);
    const supervisor = await this.authority.supervisorRecipient(actor.id, this.today());
    return cardResponse(selfAssessedCard(outcome.subject, supervisor));
  }
}
