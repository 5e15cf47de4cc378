import { REPORT_FIELDS, reportConfirmationCard, reportFormCard } from "../../cards/report-cards";
import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import { toWibDate } from "../../domain/time";
import type { Clock } from "../../services/ports";
import type { ReportService } from "../../services/report-service";
import { cardResponse, errorResponse, type CardActionHandler, type CardActionRequest, type CardAccess } from "../card-action";
import { echoValues, fieldMessages } from "./form-errors";

export class ReportSubmitHandler implements CardActionHandler {
  readonly verb = VERBS.reportSubmit;
  readonly access: CardAccess = { action: "report.submit" };
  constructor(
    private readonly reports: ReportService,
    private readonly clock: Clock,
  ) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    // The form id is the idempotency key; a card without a well-formed one was not rendered by us.
    if (!this.reports.isValidFormId(data.formId)) return errorResponse(400, "BadRequest", "error.badRequest");
    const outcome = await this.reports.submit(actor, data.formId, data);
    if (outcome.kind === "invalid") {
      return cardResponse(
        reportFormCard({
          formId: data.formId,
          today: toWibDate(this.clock.now()),
          values: echoValues(data, REPORT_FIELDS),
          errors: fieldMessages(outcome.errors, REPORT_FIELDS),
        }),
      );
    }
    return cardResponse(reportConfirmationCard(outcome.report, outcome.supervisor, outcome.delivery));
  }
}
