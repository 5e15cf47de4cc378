import { resultCard } from "../../cards/eval-result-card";
import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import type { EvaluationActions } from "../../services/evaluation-actions";
import { cardResponse, employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";
import { outcomeError, periodIdOf } from "./eval-card-input";

/** Terima on the result card: idempotent; answers with the result card without the button. */
export class EvalAcknowledgeHandler implements CardActionHandler {
  readonly verb = VERBS.evalAcknowledge;
  readonly access: CardAccess = { action: "evaluation.acknowledge", subject: employeeInCard() };
  constructor(private readonly actions: EvaluationActions) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const periodId = periodIdOf(data);
    if (!periodId) return errorResponse(400, "BadRequest", "error.badRequest");
    const outcome = await this.actions.acknowledge(actor, periodId);
    if (outcome.kind === "done") return cardResponse(resultCard(outcome.subject));
    if (outcome.kind === "invalid") return errorResponse(400, "BadRequest", "error.badRequest");
    return outcomeError(outcome);
  }
}
