import type { Person } from "../domain/org";
import type { StoredReport } from "../services/ports";
import { renderCard, type AdaptiveCard } from "./render";
import { bi, formatDate, formatDateTime, formatNumber, line, markdownSafeUrl, type Fact } from "./text";
import { VERBS } from "./verbs";

export const REPORT_FIELDS = ["date", "activity", "quantity", "unit", "evidenceUrl", "rhkId"] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];
export type ReportFormValues = Record<ReportField, string>;

export interface ReportFormData {
  formId: string;
  today: string;
  values?: Partial<ReportFormValues>;
  /** Localized message per field, shown under the input. */
  errors?: Partial<Record<ReportField, string>>;
  rhkChoices?: { title: string; value: string }[];
}

export function reportFormCard(data: ReportFormData): AdaptiveCard {
  const values = Object.fromEntries(REPORT_FIELDS.map((f) => [f, data.values?.[f] ?? ""])) as ReportFormValues;
  if (!values.date) values.date = data.today;
  const errors = Object.fromEntries(REPORT_FIELDS.map((f) => [f, data.errors?.[f] ?? ""]));
  const hasErrors = Object.values(errors).some((e) => e !== "");
  return renderCard("report-form", {
    title: bi("report.form.title"),
    formError: hasErrors ? line("report.form.invalid") : "",
    labels: {
      date: line("report.form.date"),
      activity: line("report.form.activity"),
      quantity: line("report.form.quantity"),
      unit: line("report.form.unit"),
      evidenceUrl: line("report.form.evidenceUrl"),
      rhk: line("report.form.rhk"),
    },
    placeholders: { activity: line("report.form.activityPlaceholder"), unit: line("report.form.unitPlaceholder") },
    messages: {
      date: line("field_required"),
      activity: line("field_required"),
      quantity: line("field_negative"),
      evidenceUrl: line("field_invalid_url"),
    },
    values,
    errors,
    maxDate: data.today,
    rhkChoices: data.rhkChoices ?? [],
    noRhkHint: line("report.form.noRhk"),
    submit: line("report.form.submit"),
    verb: VERBS.reportSubmit,
    formId: data.formId,
  });
}

export type SupervisorNotice = "sent" | "notInstalled" | "noSupervisor";

export function reportConfirmationCard(report: StoredReport, supervisor: Person | undefined, notice: SupervisorNotice) {
  const nextKey = { sent: "report.saved.nextSent", notInstalled: "report.saved.nextNotInstalled", noSupervisor: "report.saved.nextNoSupervisor" }[notice];
  return renderCard("report-confirmation", {
    title: bi("report.saved.title"),
    facts: reportFacts(report),
    activity: report.activity,
    next: bi(nextKey, { supervisor: supervisor?.displayName ?? "" }),
    againButton: line("report.saved.again"),
    verbs: VERBS,
  });
}

export interface SupervisorCardData {
  report: StoredReport;
  employee: Person;
  /** Feedback given (answered version, no input) or undefined (form version). */
  answeredBy?: Person;
  feedbackValue?: string;
  feedbackError?: string;
}

export function reportForSupervisorCard(d: SupervisorCardData): AdaptiveCard {
  const answered = Boolean(d.report.feedback && d.answeredBy);
  return renderCard("report-for-supervisor", {
    title: bi("supervisor.title", { name: d.employee.displayName }),
    facts: [{ title: line("report.fact.employee"), value: `${d.employee.displayName} · ${d.employee.jobTitle}` }, ...reportFacts(d.report)],
    activity: d.report.activity,
    evidenceUrl: d.report.evidenceUrl ? markdownSafeUrl(d.report.evidenceUrl) : "",
    evidenceLabel: line("report.evidence"),
    answered,
    answeredTitle: answered
      ? line("supervisor.answered", { name: d.answeredBy!.displayName, at: formatDateTime(d.report.feedback!.at) })
      : "",
    feedbackText: d.report.feedback?.text ?? "",
    formError: d.feedbackError ? line("report.form.invalid") : "",
    feedbackLabel: line("supervisor.feedbackLabel"),
    feedbackRequired: line("supervisor.feedbackRequired"),
    feedbackValue: d.feedbackValue ?? "",
    feedbackError: d.feedbackError ?? "",
    submit: line("supervisor.submit"),
    verb: VERBS.reportFeedback,
    employeeId: d.employee.id,
    reportId: d.report.id,
  });
}

export function feedbackReceivedCard(report: StoredReport, supervisor: Person): AdaptiveCard {
  return renderCard("feedback-received", {
    title: bi("feedback.title", { name: supervisor.displayName }),
    feedbackText: report.feedback?.text ?? "",
    reportHeading: line("feedback.reportHeading"),
    facts: reportFacts(report),
    activity: report.activity,
  });
}

function reportFacts(report: StoredReport): Fact[] {
  const facts: Fact[] = [{ title: line("report.fact.date"), value: formatDate(report.date) }];
  if (report.quantity !== undefined) {
    facts.push({ title: line("report.fact.quantity"), value: `${formatNumber(report.quantity)} ${report.unit ?? ""}`.trim() });
  }
  return facts;
}
