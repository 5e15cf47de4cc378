import type { ReminderDue } from "../services/evaluation-reminders";
import { periodLabel } from "./eval-card-text";
import { summaryCard } from "./eval-cards";
import type { AdaptiveCard } from "./render";
import { formatDate, line } from "./text";
import { VERBS } from "./verbs";

/** Buttons on one card; Teams shows a handful well, the rest are in the tab and `nilai`. */
const MAX_BUTTONS = 6;

/** One daily card per person: their own self-assessments due, and the ratings they owe. */
export function reminderCard(due: ReminderDue): AdaptiveCard {
  const sections = [
    ...due.selfAssessments.map((p) => ({ heading: `${line("reminder.self.heading")}: ${periodLabel(p)}`, text: line("reminder.self.text", { deadline: formatDate(p.fillingDeadline) }) })),
    ...[...new Set(due.ratings.map((r) => r.period))].map((p) => ({
      heading: `${line("reminder.rate.heading")}: ${periodLabel(p)}`,
      text: due.ratings.filter((r) => r.period === p).map((r) => r.employee.displayName).join(", "),
    })),
  ];
  const actions = [
    ...due.selfAssessments.map((p) => ({ title: line("reminder.self.button"), verb: VERBS.evalSelfOpen, style: "positive" as const, data: { periodId: p.id, employeeId: due.person.id } })),
    ...due.ratings.map((r) => ({ title: line("reminder.rate.button", { name: r.employee.displayName }), verb: VERBS.evalRateOpen, data: { periodId: r.period.id, employeeId: r.employee.id } })),
  ];
  return summaryCard({ titleKey: "reminder.title", facts: [], sections, actions: actions.slice(0, MAX_BUTTONS) });
}
