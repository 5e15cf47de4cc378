import type { DomainError } from "../../domain/result";
import { bilingualLine } from "../../i18n";
import type { CardActionResponse } from "../card-action";

const FORBIDDEN = new Set(["skp_self_approval", "skp_not_approver", "skp_not_owner"]);

/** A workflow refusal as an error answer: not yours (403) or not in this state (409), with the domain's message. */
export function refusalResponse(errors: readonly DomainError[]): CardActionResponse {
  const first = errors[0] ?? { code: "skp_invalid_transition" };
  const forbidden = FORBIDDEN.has(first.code);
  return { kind: "error", statusCode: forbidden ? 403 : 409, code: forbidden ? "Forbidden" : "Conflict", message: bilingualLine(first.code, first.params) };
}
