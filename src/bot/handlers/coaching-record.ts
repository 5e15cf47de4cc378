import { randomUUID } from "node:crypto";
import { coachingRecordCard, coachingRecordedCard, noDirectReportsCard } from "../../cards/coaching-record-cards";
import type { AdaptiveCard } from "../../cards/render";
import { VERBS } from "../../cards/verbs";
import type { OrgDirectory, Person } from "../../domain/org";
import type { CoachingService } from "../../services/coaching-service";
import { cardResponse, employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";

/** The `bimbingan` command: the form for a supervisor, or why there is nothing to record. */
export function bimbinganCard(directory: OrgDirectory, today: () => string) {
  return (person: Person): AdaptiveCard => {
    const reports = directory.getDirectReports(person.id);
    if (reports.length === 0) return noDirectReportsCard();
    return coachingRecordCard({ formId: randomUUID(), today: today(), reports });
  };
}

/**
 * Submit of the `bimbingan` form: records the conversation through the same CoachingService call as
 * POST /api/coaching/:employeeId. The chosen employee comes from the card, so the policy checks the relation
 * (coaching.record: direct supervisor or Plt/Plh today) before this runs; the form id makes a resubmit one session.
 */
export class CoachingRecordHandler implements CardActionHandler {
  readonly verb = VERBS.coachingRecord;
  readonly access: CardAccess = { action: "coaching.record", subject: employeeInCard() };
  constructor(
    private readonly coaching: CoachingService,
    private readonly directory: OrgDirectory,
    private readonly today: () => string,
  ) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const employee = this.directory.getPerson(String(data.employeeId));
    if (!employee) return errorResponse(404, "NotFound", "error.personNotFound");
    const body = { formId: data.formId, date: data.date, topics: data.topics, agreedActions: actionLines(data.agreedActions), followUpDate: data.followUpDate };
    const outcome = await this.coaching.record(actor, employee, body);
    if (outcome.kind === "invalid") {
      // The form id is the card's own; without a valid one the request did not come from our card.
      if (typeof data.formId !== "string" || outcome.errors.some((e) => e.field === "formId")) return errorResponse(400, "BadRequest", "error.badRequest");
      const direct = this.directory.getDirectReports(actor.id);
      // A Plt/Plh records for the reports of the one they act for: keep the chosen employee on the form.
      const reports = direct.some((p) => p.id === employee.id) ? direct : [...direct, employee];
      return cardResponse(coachingRecordCard({ formId: data.formId, today: this.today(), reports, values: data, errors: outcome.errors }));
    }
    if (outcome.kind !== "done") return errorResponse(409, "Conflict", outcome.kind === "refused" ? outcome.errors[0]!.code : "error.notFound");
    return cardResponse(coachingRecordedCard(outcome.session, employee));
  }
}

/** One agreed action per line of the multiline input; blank lines are not actions. */
function actionLines(value: unknown): unknown {
  if (typeof value !== "string") return value;
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}
