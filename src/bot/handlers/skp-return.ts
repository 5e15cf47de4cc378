import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import { MAX_TEXT_LENGTH } from "../../domain/input";
import type { SkpDecisionService } from "../../services/skp-decision-service";
import { employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";
import { decisionRefInCard } from "./skp-card-input";
import { decisionAnswer } from "./skp-decision-answer";

/** Kembalikan on the approval card: the reason is required (the card says so; the server checks again). */
export class SkpReturnHandler implements CardActionHandler {
  readonly verb = VERBS.skpReturn;
  readonly access: CardAccess = { action: "skp.decide", subject: employeeInCard() };
  constructor(private readonly decisions: SkpDecisionService) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const ref = decisionRefInCard(data);
    if (!ref) return errorResponse(400, "BadRequest", "error.badRequest");
    const outcome = await this.decisions.decide(actor, ref.employeeId, ref.year, { action: "return", reason: data.reason }, ref);
    const typed = typeof data.reason === "string" ? data.reason.slice(0, MAX_TEXT_LENGTH) : "";
    return decisionAnswer(outcome, typed);
  }
}
