import { ADD_INPUT, KEEP_INPUT_PREFIX, needsDecidedCard } from "../../cards/development-cards";
import { VERBS } from "../../cards/verbs";
import type { OrgDirectory, Person } from "../../domain/org";
import type { DevelopmentService } from "../../services/development-service";
import { cardResponse, employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";

const NEED_ID = /^[0-9a-f]{16}$/;
const MAX_NEEDS_ON_CARD = 50;

/**
 * Simpan on the needs card: ticked needs are confirmed, unticked removed, the text field adds a recommendation.
 * Only the supervisor (or Plt/Plh) passes the policy; the same card submitted twice changes nothing the second time.
 */
export class DevelopmentDecideHandler implements CardActionHandler {
  readonly verb = VERBS.developmentDecide;
  readonly access: CardAccess = { action: "development.decide", subject: employeeInCard() };
  constructor(
    private readonly development: DevelopmentService,
    private readonly directory: OrgDirectory,
  ) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const employee = this.directory.getPerson(String(data.employeeId));
    const year = data.year;
    const ids = data.needIds;
    if (!employee || typeof year !== "number" || !Number.isInteger(year) || !Array.isArray(ids) || ids.length > MAX_NEEDS_ON_CARD || !ids.every((i) => typeof i === "string" && NEED_ID.test(i))) {
      return errorResponse(400, "BadRequest", "error.badRequest");
    }
    const keep = (id: string) => data[`${KEEP_INPUT_PREFIX}${id}`] !== "false" && data[`${KEEP_INPUT_PREFIX}${id}`] !== false;
    const add = typeof data[ADD_INPUT] === "string" && data[ADD_INPUT].trim() !== "" ? [data[ADD_INPUT]] : [];
    const outcome = await this.development.decide(actor, employee, year, {
      confirm: (ids as string[]).filter(keep),
      remove: (ids as string[]).filter((id) => !keep(id)),
      add,
    });
    if (outcome.kind === "invalid") return errorResponse(400, "BadRequest", outcome.errors[0]?.code ?? "error.badRequest", outcome.errors[0]?.params);
    return cardResponse(needsDecidedCard(employee, year, outcome.needs));
  }
}
