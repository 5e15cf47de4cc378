import { externalTrainingCard } from "../../cards/training-cards";
import { VERBS } from "../../cards/verbs";
import type { OrgDirectory, Person } from "../../domain/org";
import type { JpService } from "../../services/jp-service";
import { cardResponse, employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";

const RECORD_ID = /^ext-[0-9a-f-]{36}$/;

/** Verifikasi / Tolak on an external training record: only the direct supervisor (the policy and the service). */
export class JpExternalDecideHandler implements CardActionHandler {
  readonly verb = VERBS.jpExternalDecide;
  readonly access: CardAccess = { action: "jp.verifyExternal", subject: employeeInCard() };
  constructor(
    private readonly jp: JpService,
    private readonly directory: OrgDirectory,
  ) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const employee = this.directory.getPerson(String(data.employeeId));
    const { year, recordId } = data;
    if (!employee || typeof year !== "number" || typeof recordId !== "string" || !RECORD_ID.test(recordId)) return errorResponse(400, "BadRequest", "error.badRequest");
    const outcome = await this.jp.decideExternal(actor, employee.id, year, recordId, data.decision);
    if (outcome.kind === "done") return cardResponse(externalTrainingCard(employee, outcome.credit));
    if (outcome.kind === "notFound") return errorResponse(404, "NotFound", "error.notFound");
    if (outcome.kind === "refused") return errorResponse(outcome.status, "Refused", outcome.errors[0]?.code ?? "error.forbidden");
    return errorResponse(400, "BadRequest", outcome.errors[0]?.code ?? "error.badRequest");
  }
}
