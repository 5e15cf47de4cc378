import { skpApprovalCard } from "../../cards/skp-cards";
import type { DecisionOutcome } from "../../services/skp-types";
import { cardResponse, errorResponse, type CardActionResponse } from "../card-action";
import { fieldMessages } from "./form-errors";
import { refusalResponse } from "./skp-refusal";

/**
 * The answer to Setujui / Kembalikan: the decided card (no buttons) once decided, also when it had been decided
 * before; the approver's card again with the message next to the reason when the input is wrong.
 */
export function decisionAnswer(outcome: DecisionOutcome, reasonValue = ""): CardActionResponse {
  switch (outcome.kind) {
    case "decided":
      return cardResponse(skpApprovalCard({ skp: outcome.skp, employee: outcome.employee, decider: outcome.decider }));
    case "notFound":
      return errorResponse(404, "NotFound", "error.skpNotFound");
    case "refused":
      return refusalResponse(outcome.errors);
    case "conflict":
      return errorResponse(409, "Conflict", "error.busy");
    case "invalid": {
      if (!outcome.skp) return errorResponse(400, "BadRequest", "error.badRequest");
      const reasonError = fieldMessages(outcome.errors, ["reason"] as const).reason ?? "";
      const problems = outcome.errors.filter((e) => e.field !== "reason");
      return cardResponse(skpApprovalCard({ skp: outcome.skp, employee: personOf(outcome), decidable: true, reasonValue, reasonError, problems }));
    }
  }
}

function personOf(outcome: Extract<DecisionOutcome, { kind: "invalid" }>) {
  if (!outcome.employee) throw new Error("invalid decision outcome without the employee");
  return outcome.employee;
}
