import { randomUUID } from "node:crypto";
import { ratingCard } from "../../cards/eval-rate-card";
import { resultCard } from "../../cards/eval-result-card";
import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import type { EvaluationService } from "../../services/evaluation-service";
import { cardResponse, employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";
import { periodIdOf } from "./eval-card-input";

/** The rating card of one employee for the pejabat penilai (from `nilai` or the self-assessment notice). */
export class EvalRateOpenHandler implements CardActionHandler {
  readonly verb = VERBS.evalRateOpen;
  readonly access: CardAccess = { action: "evaluation.rate", subject: employeeInCard() };
  constructor(private readonly core: EvaluationService) {}

  async handle(_actor: Person, { data }: CardActionRequest) {
    const periodId = periodIdOf(data);
    const subject = periodId ? await this.core.subject(periodId, String(data.employeeId)) : undefined;
    if (!subject) return errorResponse(404, "NotFound", "error.notFound");
    const state = subject.evaluation?.state;
    if (state && state !== "draft" && state !== "self_assessed" && state !== "rated") return cardResponse(resultCard(subject));
    return cardResponse(ratingCard(subject, { formId: randomUUID() }));
  }
}
