import type { Person } from "../domain/org";
import type { DomainError } from "../domain/result";
import type { Skp } from "../domain/skp";
import type { Target } from "../domain/target";
import { bilingualLine } from "../i18n";
import { renderCard, type AdaptiveCard } from "./render";
import { bi, formatDateTime, formatNumber, line, type Fact } from "./text";
import { VERBS } from "./verbs";

/** Cards of the SKP workflow: the employee's summary (bot `skp`), the approver's card, the outcome. */

const MAX_RHKS_SHOWN = 20;

/** One line per RHK and, under it, one per IKI with its target: what the approver decides on. */
function rhkLines(skp: Skp) {
  const rows: { line: string; sub: boolean }[] = [];
  for (const r of skp.rhks.slice(0, MAX_RHKS_SHOWN)) {
    // Utama / Tambahan are the official group names: shown as they are, in every language.
    rows.push({ line: `• ${bi(`label_rhk_group_${r.group}`).id}: ${r.text}`, sub: false });
    for (const iki of r.indicators) rows.push({ line: `    ◦ ${iki.text}: ${targetText(iki.target)}`, sub: true });
  }
  if (skp.rhks.length > MAX_RHKS_SHOWN) rows.push({ line: line("skp.moreRhks", { count: skp.rhks.length - MAX_RHKS_SHOWN }), sub: true });
  return rows;
}

function targetText(t: Target): string {
  return t.approach === "KUANTITATIF" ? `${formatNumber(t.value)} ${t.unit}`.trim() : t.narrative;
}

function skpFacts(skp: Skp): Fact[] {
  const facts: Fact[] = [
    { title: line("skp.fact.state"), value: line(`label_skp_state_${skp.state}`) },
    { title: line("skp.fact.form"), value: line(`skp.form.${skp.form}`) },
    { title: line("skp.fact.revision"), value: String(skp.revision) },
  ];
  if (skp.submittedAt) facts.push({ title: line("skp.fact.submittedAt"), value: `${formatDateTime(skp.submittedAt)} WIB` });
  return facts;
}

/** Problems as lines, each with the row it concerns (e.g. "RHK 2: ..."). */
export function problemLines(errors: readonly DomainError[]): string[] {
  return errors.map((e) => {
    const row = /^rhks\.(\d+)/.exec(e.field ?? "");
    const text = bilingualLine(e.code, e.params);
    return row ? `RHK ${Number(row[1]) + 1}: ${text}` : text;
  });
}

export interface SkpSummaryData {
  skp: Skp;
  /** Who decided last (shown with the return reason). */
  decider?: Person;
  /** A line on top, e.g. "submitted to X". */
  notice?: string;
  problems?: readonly DomainError[];
}

export function skpSummaryCard(d: SkpSummaryData): AdaptiveCard {
  const { skp } = d;
  const returned = skp.state === "dikembalikan" || (skp.state === "draft" && skp.returnReason !== undefined);
  const canSubmit = skp.state === "draft";
  return renderCard("skp-summary", {
    title: bi("skp.summary.title", { year: skp.year }),
    notice: d.notice ?? "",
    facts: skpFacts(skp),
    returnTitle: line("skp.returned.title", { name: d.decider?.displayName ?? "-" }),
    returnReason: returned ? (skp.returnReason ?? "") : "",
    rhkHeading: line("skp.rhkHeading"),
    noRhk: line("skp.noRhk"),
    rhks: rhkLines(skp),
    problemsTitle: line("skp.submit.problems"),
    problems: problemLines(d.problems ?? []),
    hint: line(canSubmit ? "skp.hint.draft" : skp.state === "dikembalikan" ? "skp.hint.returned" : skp.state === "diajukan" ? "skp.hint.submitted" : "skp.hint.approved"),
    canSubmit,
    submitLabel: line("skp.submit"),
    verb: VERBS.skpSubmit,
    employeeId: skp.employeeId,
    year: skp.year,
  });
}

export function skpEmptyCard(year: number): AdaptiveCard {
  return renderCard("skp-empty", { title: bi("skp.empty.title", { year }), body: bi("skp.empty.body") });
}

export interface ApprovalCardData {
  skp: Skp;
  employee: Person;
  /** The approver's view: reason input and the Setujui / Kembalikan buttons. */
  decidable?: boolean;
  /** The decision taken (the decided card has no buttons and no refresh). */
  decider?: Person;
  /** Set when the recipient acts as Plt/Plh for the employee's supervisor. */
  actingFor?: Person;
  reasonValue?: string;
  reasonError?: string;
  problems?: readonly DomainError[];
  /** Teams user ids of whoever may decide: their refresh shows the buttons (CONVENTIONS §2). */
  refreshUserIds?: readonly string[];
}

/** What every approval card carries back: which revision and which submission it showed. */
export function approvalCardData(skp: Skp) {
  return { employeeId: skp.employeeId, skpId: skp.id, year: skp.year, submittedAt: skp.submittedAt ?? "" };
}

export function skpApprovalCard(d: ApprovalCardData): AdaptiveCard {
  const { skp, employee, decider } = d;
  const approved = skp.state === "disetujui";
  const decided = decider !== undefined && skp.decidedAt !== undefined;
  const decidable = !decided && d.decidable === true;
  const card = renderCard("skp-approval", {
    title: bi("skp.approval.title", { name: employee.displayName, year: skp.year }),
    actingNote: d.actingFor ? line("skp.approval.actingNote", { name: d.actingFor.displayName }) : "",
    facts: [{ title: line("skp.fact.employee"), value: `${employee.displayName} · ${employee.jobTitle}` }, ...skpFacts(skp)],
    rhkHeading: line("skp.rhkHeading"),
    rhks: rhkLines(skp),
    decided,
    decisionStyle: approved ? "good" : "attention",
    decisionTitle: decided ? line(approved ? "skp.decided.approved" : "skp.decided.returned", { name: decider.displayName, at: formatDateTime(skp.decidedAt!) }) : "",
    decisionReason: decided && !approved ? (skp.returnReason ?? "") : "",
    waiting: line("skp.approval.waiting"),
    decidable,
    formError: d.reasonError || (d.problems?.length ?? 0) > 0 ? line("report.form.invalid") : "",
    problems: problemLines(d.problems ?? []),
    reasonLabel: line("skp.approval.reasonLabel"),
    reasonRequired: line("skp.approval.reasonRequired"),
    reasonValue: d.reasonValue ?? "",
    reasonError: d.reasonError ?? "",
    approveLabel: line("skp.approval.approve"),
    returnLabel: line("skp.approval.return"),
    verbs: { approve: VERBS.skpApprove, return: VERBS.skpReturn },
    cardData: approvalCardData(skp),
  });
  if (!decided && d.refreshUserIds && d.refreshUserIds.length > 0) {
    card.refresh = { action: { type: "Action.Execute", verb: VERBS.skpRefresh, data: approvalCardData(skp) }, userIds: [...d.refreshUserIds] };
  }
  return card;
}

export function skpOutcomeCard(skp: Skp, decider: Person): AdaptiveCard {
  const approved = skp.state === "disetujui";
  const key = approved ? "approved" : "returned";
  return renderCard("skp-outcome", {
    icon: approved ? "✅" : "↩️",
    color: approved ? "Good" : "Attention",
    title: bi(`skp.outcome.${key}.title`, { name: decider.displayName, year: skp.year }),
    reasonLabel: line("skp.returned.reason"),
    reason: approved ? "" : (skp.returnReason ?? ""),
    facts: skpFacts(skp),
    next: bi(`skp.outcome.${key}.next`),
  });
}
