import type { OrgDirectory, Person } from "../domain/org";
import { validateFeedbackText, validateProgressReportInput } from "../domain/progress-report";
import type { Period } from "../domain/periods";
import type { DomainError } from "../domain/result";
import { toWibDate } from "../domain/time";
import type { Authority } from "./authority";
import type { BackgroundTasks } from "./background";
import type { AuditLog, Clock, ReportRepository, StoredReport } from "./ports";

export type SupervisorDelivery = "sent" | "notInstalled" | "noSupervisor";

/** Proactive messages the report flow sends; implemented at the edge (the bot). */
export interface ReportNotifications {
  /** True when the person installed the bot, so a proactive card can reach them. */
  canReach(person: Person): Promise<boolean>;
  reportToSupervisor(report: StoredReport, employee: Person, recipient: Person): Promise<"sent" | "notInstalled">;
  feedbackToEmployee(report: StoredReport, employee: Person, supervisor: Person): Promise<void>;
  /** Replaces the supervisor's posted card with the answered version, for every device that shows it. */
  markSupervisorCardAnswered(report: StoredReport, employee: Person, supervisor: Person): Promise<void>;
}

export type SubmitReportOutcome =
  | { kind: "invalid"; errors: DomainError[] }
  | { kind: "stored"; report: StoredReport; created: boolean; supervisor?: Person; delivery: SupervisorDelivery };

export type FeedbackOutcome =
  | { kind: "notFound" }
  | { kind: "forbidden" }
  | { kind: "invalid"; errors: DomainError[]; report: StoredReport; employee: Person }
  | { kind: "answered"; report: StoredReport; employee: Person; by: Person; first: boolean }
  | { kind: "alreadyAnswered"; report: StoredReport; employee: Person; by: Person | undefined };

const FORM_ID = /^[A-Za-z0-9-]{8,64}$/;
const MAX_ETAG_RETRIES = 3;

export interface ReportServiceDeps {
  directory: OrgDirectory;
  authority: Authority;
  reports: ReportRepository;
  audit: AuditLog;
  notifications: ReportNotifications;
  clock: Clock;
  /** Evaluation periods; empty means the current WIB month is open (DOMAIN section 4). */
  periods: () => Promise<Period[]>;
  background: BackgroundTasks;
}

export class ReportService {
  constructor(private readonly deps: ReportServiceDeps) {}

  isValidFormId(formId: unknown): formId is string {
    return typeof formId === "string" && FORM_ID.test(formId);
  }

  async submit(actor: Person, formId: string, input: Record<string, unknown>): Promise<SubmitReportOutcome> {
    const now = this.deps.clock.now();
    const today = toWibDate(now);
    const checked = validateProgressReportInput(input, { today, periods: await this.deps.periods() });
    if (!checked.ok) return { kind: "invalid", errors: checked.errors };
    const { report, created } = await this.deps.reports.createOnce({
      ...checked.value,
      employeeId: actor.id,
      formId,
      createdAt: now.toISOString(),
    });
    const supervisor = await this.deps.authority.supervisorRecipient(actor.id, today);
    if (!created) {
      return { kind: "stored", report, created, supervisor, delivery: deliveryOf(report, supervisor) };
    }
    // No audit row for a new report: the report itself records who (partition), when (createdAt) and what;
    // the audit log is for changes of state (feedback, approvals, evaluations).
    const reachable = supervisor ? await this.deps.notifications.canReach(supervisor) : false;
    // The card to the supervisor is sent after the employee has their answer: it never slows the form down.
    if (supervisor) {
      this.deps.background.run("report-to-supervisor", () => this.deps.notifications.reportToSupervisor(report, actor, supervisor));
    }
    const delivery: SupervisorDelivery = !supervisor ? "noSupervisor" : reachable ? "sent" : "notInstalled";
    return { kind: "stored", report, created, supervisor, delivery };
  }

  async giveFeedback(actor: Person, employeeId: string, reportId: string, text: unknown): Promise<FeedbackOutcome> {
    const employee = this.deps.directory.getPerson(employeeId);
    const now = this.deps.clock.now();
    if (!employee) return { kind: "notFound" };
    if (!(await this.deps.authority.actsAsSupervisorOf(actor.id, employeeId, toWibDate(now)))) return { kind: "forbidden" };
    const checked = validateFeedbackText(text);
    for (let attempt = 0; attempt < MAX_ETAG_RETRIES; attempt++) {
      const report = await this.deps.reports.get(employeeId, reportId);
      if (!report) return { kind: "notFound" };
      if (report.feedback) {
        const by = this.deps.directory.getPerson(report.feedback.byId);
        const sameAgain = report.feedback.byId === actor.id && checked.ok && checked.value === report.feedback.text;
        return sameAgain && by
          ? { kind: "answered", report, employee, by, first: false }
          : { kind: "alreadyAnswered", report, employee, by };
      }
      if (!checked.ok) return { kind: "invalid", errors: checked.errors, report, employee };
      const feedback = { text: checked.value, byId: actor.id, at: now.toISOString() };
      if ((await this.deps.reports.setFeedback(report, feedback)) === "conflict") continue;
      const answered = { ...report, feedback };
      await this.deps.audit.append({
        actorId: actor.id,
        action: "report.feedback",
        subjectType: "report",
        subjectId: report.id,
        ownerId: employeeId,
        fromState: "submitted",
        toState: "answered",
        at: feedback.at,
      });
      await this.deps.notifications.feedbackToEmployee(answered, employee, actor);
      await this.deps.notifications.markSupervisorCardAnswered(answered, employee, actor);
      return { kind: "answered", report: answered, employee, by: actor, first: true };
    }
    throw new Error("report changed concurrently too often");
  }

  async listMine(actor: Person, range?: { from?: string; to?: string }): Promise<StoredReport[]> {
    return this.deps.reports.listForEmployee(actor.id, range);
  }
}

function deliveryOf(report: StoredReport, supervisor: Person | undefined): SupervisorDelivery {
  if (!supervisor) return "noSupervisor";
  return report.supervisorCard ? "sent" : "notInstalled";
}
