import { skpEmptyCard, skpSummaryCard } from "../../cards/skp-cards";
import { line } from "../../cards/text";
import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import type { SkpService } from "../../services/skp-service";
import { cardResponse, employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";
import { refusalResponse } from "./skp-refusal";
import { yearInCard } from "./skp-card-input";

/** Ajukan on the SKP summary card: submits the employee's own SKP and answers with the updated summary. */
export class SkpSubmitHandler implements CardActionHandler {
  readonly verb = VERBS.skpSubmit;
  readonly access: CardAccess = { action: "skp.edit", subject: employeeInCard() };
  constructor(private readonly skps: SkpService) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const year = yearInCard(data);
    if (year === undefined) return errorResponse(400, "BadRequest", "error.badRequest");
    const outcome = await this.skps.submit(actor, year);
    switch (outcome.kind) {
      case "notFound":
        return cardResponse(skpEmptyCard(year));
      case "invalid":
        return outcome.skp ? cardResponse(skpSummaryCard({ skp: outcome.skp, problems: outcome.errors })) : errorResponse(400, "BadRequest", "error.badRequest");
      case "refused":
        return refusalResponse(outcome.errors);
      case "conflict":
        return errorResponse(409, "Conflict", "error.busy");
      case "ok": {
        const notice = outcome.recipient ? line("skp.submitted.notice", { name: outcome.recipient.displayName }) : line("skp.submitted.noSupervisor");
        return cardResponse(skpSummaryCard({ skp: outcome.skp, notice }));
      }
    }
  }
}
