import { randomUUID } from "node:crypto";
import { noOpenPeriodCard, selfAssessmentCard } from "../../cards/eval-cards";
import { resultCard } from "../../cards/eval-result-card";
import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import type { EvaluationService } from "../../services/evaluation-service";
import { cardResponse, employeeInCard, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";
import { periodIdOf } from "./eval-card-input";

/** Opens one's self-assessment for the given period, or the open one (what `nilai` and reminders show). */
export class EvalSelfOpenHandler implements CardActionHandler {
  readonly verb = VERBS.evalSelfOpen;
  readonly access: CardAccess = { action: "evaluation.selfAssess", subject: employeeInCard() };
  constructor(private readonly core: EvaluationService) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    return cardResponse(await selfAssessmentFor(this.core, actor, periodIdOf(data)));
  }
}

export async function selfAssessmentFor(core: EvaluationService, actor: Person, periodId?: string) {
  const id = periodId ?? (await core.deps.periods.openToday())[0]?.id;
  const subject = id ? await core.subject(id, actor.id) : undefined;
  if (!subject) return noOpenPeriodCard();
  const state = subject.evaluation?.state;
  // Once ditetapkan the employee sees the result; before, the form (rated ratings stay hidden until then).
  if (state === "ditetapkan" || state === "diterima" || state === "keberatan") return resultCard(subject);
  return selfAssessmentCard(subject, { formId: randomUUID() });
}
