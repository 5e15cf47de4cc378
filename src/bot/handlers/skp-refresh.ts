import { skpApprovalCard } from "../../cards/skp-cards";
import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import type { SkpDecisionService } from "../../services/skp-decision-service";
import { cardResponse, employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";
import { decisionRefInCard } from "./skp-card-input";

/**
 * The approval card's refresh (trigger "automatic", sent by the clients of the users in refresh.userIds): the
 * approver gets Setujui / Kembalikan, anyone else who may read the SKP the card without them, and everybody the
 * decision once it is taken. Always a card, never an error, for a readable SKP: a failed refresh can make Teams
 * stop refreshing the card.
 */
export class SkpRefreshHandler implements CardActionHandler {
  readonly verb = VERBS.skpRefresh;
  readonly access: CardAccess = { action: "skp.read", subject: employeeInCard() };
  constructor(private readonly decisions: SkpDecisionService) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const ref = decisionRefInCard(data);
    if (!ref) return errorResponse(400, "BadRequest", "error.badRequest");
    const view = await this.decisions.cardView(actor, ref.employeeId, ref.year, ref);
    if (!view) return errorResponse(404, "NotFound", "error.skpNotFound");
    return cardResponse(skpApprovalCard(view));
  }
}
