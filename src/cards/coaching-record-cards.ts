import type { Person } from "../domain/org";
import type { DomainError } from "../domain/result";
import { bilingualLine } from "../i18n";
import type { CoachingSession } from "../services/coaching-ports";
import { summaryCard } from "./eval-cards";
import { renderCard, type AdaptiveCard } from "./render";
import { bi, formatDate, line } from "./text";
import { VERBS } from "./verbs";

/** The inputs of the form; the service's error fields map onto them (agreedActions.2 → agreedActions). */
export const COACHING_RECORD_INPUTS = ["employeeId", "date", "topics", "agreedActions", "followUpDate"] as const;

export interface CoachingRecordForm {
  formId: string;
  /** WIB date: the latest allowed conversation date, and the default one. */
  today: string;
  /** The direct reports offered; the server checks the relation again on submit. */
  reports: Person[];
  /** What was submitted, to fill the form again when it comes back with errors. */
  values?: Record<string, unknown>;
  errors?: DomainError[];
}

/** `bimbingan`: the supervisor records a coaching conversation (DOMAIN.md section 5) from a card. */
export function coachingRecordCard(f: CoachingRecordForm): AdaptiveCard {
  const text = (key: string) => (typeof f.values?.[key] === "string" ? (f.values[key] as string) : "");
  const errors = Object.fromEntries(COACHING_RECORD_INPUTS.map((input) => [input, ""])) as Record<string, string>;
  for (const e of f.errors ?? []) {
    const input = (e.field ?? "").split(".")[0]!;
    if (input in errors && errors[input] === "") errors[input] = bilingualLine(e.code, e.params);
  }
  return renderCard("coaching-record-form", {
    title: bi("coaching.record.title"),
    intro: line("coaching.record.intro"),
    formError: (f.errors ?? []).length > 0 ? line("coaching.record.fixErrors") : "",
    labels: {
      employee: line("coaching.record.employee"),
      employeePlaceholder: line("coaching.record.employeePlaceholder"),
      date: line("coaching.record.date"),
      topics: line("coaching.record.topics"),
      actions: line("coaching.record.actions"),
      followUp: line("coaching.record.followUp"),
    },
    reports: f.reports.map((p) => ({ title: `${p.displayName} (${p.jobTitle})`, value: p.id })),
    values: {
      employeeId: text("employeeId"),
      date: f.values ? text("date") : f.today,
      topics: text("topics"),
      agreedActions: text("agreedActions"),
      followUpDate: text("followUpDate"),
    },
    errors,
    today: f.today,
    required: line("coaching.record.required"),
    submitTitle: line("coaching.record.submit"),
    verb: VERBS.coachingRecord,
    formId: f.formId,
  });
}

/** The answer to a recorded conversation (also to the same form sent again). */
export function coachingRecordedCard(s: CoachingSession, employee: Person): AdaptiveCard {
  return summaryCard({
    titleKey: "coaching.record.doneTitle",
    params: { name: employee.displayName },
    facts: [
      { title: line("coaching.card.date"), value: formatDate(s.date) },
      { title: line("coaching.card.topics"), value: s.topics },
      { title: line("coaching.card.actions"), value: s.agreedActions.map((a, i) => `${i + 1}. ${a}`).join("\n") },
      { title: line("coaching.card.followUp"), value: formatDate(s.followUpDate) },
    ],
    noticeKey: "coaching.record.doneNotice",
    noticeParams: { name: employee.displayName },
  });
}

/** `bimbingan` from someone without direct reports: nothing to record, said plainly. */
export function noDirectReportsCard(): AdaptiveCard {
  return summaryCard({ titleKey: "coaching.record.title", facts: [], noticeKey: "coaching.record.noReports" });
}
