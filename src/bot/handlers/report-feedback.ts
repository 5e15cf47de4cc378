import { reportForSupervisorCard } from "../../cards/report-cards";
import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import type { ReportService } from "../../services/report-service";
import { cardResponse, errorResponse, type CardActionHandler, type CardActionRequest, employeeInCard, type CardAccess } from "../card-action";
import { fieldMessages } from "./form-errors";

const ID = /^[A-Za-z0-9_:-]{1,200}$/;

export class ReportFeedbackHandler implements CardActionHandler {
  readonly verb = VERBS.reportFeedback;
  readonly access: CardAccess = { action: "report.feedback", subject: employeeInCard() };
  constructor(private readonly reports: ReportService) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const { employeeId, reportId } = data;
    if (typeof employeeId !== "string" || typeof reportId !== "string" || !ID.test(employeeId) || !ID.test(reportId)) {
      return errorResponse(400, "BadRequest", "error.badRequest");
    }
    const outcome = await this.reports.giveFeedback(actor, employeeId, reportId, data.feedback);
    switch (outcome.kind) {
      case "notFound":
        return errorResponse(404, "NotFound", "error.reportNotFound");
      case "forbidden":
        return errorResponse(403, "Forbidden", "error.notSupervisor");
      case "invalid": {
        const feedbackError = fieldMessages(outcome.errors, ["feedback"] as const).feedback ?? "";
        const feedbackValue = typeof data.feedback === "string" ? data.feedback.slice(0, 2000) : "";
        return cardResponse(reportForSupervisorCard({ report: outcome.report, employee: outcome.employee, feedbackValue, feedbackError }));
      }
      case "answered":
        return cardResponse(reportForSupervisorCard({ report: outcome.report, employee: outcome.employee, answeredBy: outcome.by }));
      case "alreadyAnswered":
        // Shown as the answered card: the supervisor sees what was decided instead of a form that cannot succeed.
        return outcome.by
          ? cardResponse(reportForSupervisorCard({ report: outcome.report, employee: outcome.employee, answeredBy: outcome.by }))
          : errorResponse(409, "AlreadyAnswered", "error.alreadyAnswered", { name: "-" });
    }
  }
}
