import { coachingRatedCard, coachingRatingCard, b18InputId } from "../../cards/coaching-cards";
import { VERBS } from "../../cards/verbs";
import { B18_STATEMENTS } from "../../domain/coaching";
import type { OrgDirectory, Person } from "../../domain/org";
import type { CoachingService } from "../../services/coaching-service";
import { cardResponse, employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";

const SESSION_ID = /^[A-Za-z0-9_-]{8,100}$/;

/** Submit of the Format B.1.8 card: the employee rates a coaching conversation once (the same submit twice is one). */
export class CoachingRateHandler implements CardActionHandler {
  readonly verb = VERBS.coachingRate;
  readonly access: CardAccess = { action: "coaching.rate", subject: employeeInCard() };
  constructor(
    private readonly coaching: CoachingService,
    private readonly directory: OrgDirectory,
  ) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const sessionId = typeof data.sessionId === "string" && SESSION_ID.test(data.sessionId) ? data.sessionId : undefined;
    if (!sessionId) return errorResponse(400, "BadRequest", "error.badRequest");
    // Cards send every input as a string: "4" becomes 4; anything else stays as sent and fails validation.
    const answers = Object.fromEntries(B18_STATEMENTS.map((s) => [s, toScore(data[b18InputId(s)])]));
    const outcome = await this.coaching.rate(actor, actor.id, sessionId, answers);
    if (outcome.kind === "notFound") return errorResponse(404, "NotFound", "error.notFound");
    if (outcome.kind === "refused") return errorResponse(409, "Conflict", outcome.errors[0]!.code);
    const coachName = (id: string) => this.directory.getPerson(id)?.displayName ?? "-";
    if (outcome.kind === "invalid") {
      const session = await this.coaching.get(actor.id, sessionId);
      if (!session) return errorResponse(404, "NotFound", "error.notFound");
      return cardResponse(coachingRatingCard(session, coachName(session.coachId), data, outcome.errors));
    }
    return cardResponse(coachingRatedCard(outcome.session, coachName(outcome.session.coachId)));
  }
}

function toScore(value: unknown): unknown {
  if (typeof value === "string" && value.trim() === "") return undefined;
  return typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
}
