import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import type { SkpDecisionService } from "../../services/skp-decision-service";
import { employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";
import { decisionRefInCard } from "./skp-card-input";
import { decisionAnswer } from "./skp-decision-answer";

/** Setujui on the approval card (only in the approver's refreshed view). */
export class SkpApproveHandler implements CardActionHandler {
  readonly verb = VERBS.skpApprove;
  readonly access: CardAccess = { action: "skp.decide", subject: employeeInCard() };
  constructor(private readonly decisions: SkpDecisionService) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const ref = decisionRefInCard(data);
    if (!ref) return errorResponse(400, "BadRequest", "error.badRequest");
    return decisionAnswer(await this.decisions.decide(actor, ref.employeeId, ref.year, { action: "approve" }, ref));
  }
}
