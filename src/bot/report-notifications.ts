import { feedbackReceivedCard, reportForSupervisorCard } from "../cards/report-cards";
import type { Person } from "../domain/org";
import type { ReportRepository, StoredReport } from "../services/ports";
import type { ReportNotifications } from "../services/report-service";
import type { ProactiveNotifier } from "./proactive-notifier";

/** The report flow's proactive messages, as cards in personal chat. */
export class CardReportNotifications implements ReportNotifications {
  constructor(
    private readonly notifier: ProactiveNotifier,
    private readonly reports: ReportRepository,
  ) {}

  async canReach(person: Person): Promise<boolean> {
    return this.notifier.canReach(person.id);
  }

  async reportToSupervisor(report: StoredReport, employee: Person, recipient: Person): Promise<"sent" | "notInstalled"> {
    const card = reportForSupervisorCard({ report, employee });
    const result = await this.notifier.sendToPerson(recipient.id, `report:${report.id}`, card);
    if (result.status !== "sent") return "notInstalled";
    await this.reports.setSupervisorCard(report, result.card);
    return "sent";
  }

  async feedbackToEmployee(report: StoredReport, employee: Person, supervisor: Person): Promise<void> {
    await this.notifier.sendToPerson(employee.id, `report-feedback:${report.id}`, feedbackReceivedCard(report, supervisor));
  }

  async markSupervisorCardAnswered(report: StoredReport, employee: Person, supervisor: Person): Promise<void> {
    if (!report.supervisorCard) return;
    await this.notifier.updateCard(report.supervisorCard, reportForSupervisorCard({ report, employee, answeredBy: supervisor }));
  }
}
