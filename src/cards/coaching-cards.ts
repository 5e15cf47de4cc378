import { B18_SCALE, B18_STATEMENTS } from "../domain/coaching";
import type { DomainError } from "../domain/result";
import { bilingualLine } from "../i18n";
import type { CoachingSession } from "../services/coaching-ports";
import { summaryCard } from "./eval-cards";
import { renderCard, type AdaptiveCard } from "./render";
import { bi, formatDate, line, type Fact } from "./text";
import { VERBS } from "./verbs";

/** Input id of one Format B.1.8 statement on the card. */
export const b18InputId = (statement: string) => `b18_${statement}`;

function sessionFacts(s: CoachingSession, coachName: string): Fact[] {
  return [
    { title: line("coaching.card.date"), value: formatDate(s.date) },
    { title: line("coaching.card.coach"), value: coachName },
    { title: line("coaching.card.topics"), value: s.topics },
    { title: line("coaching.card.actions"), value: s.agreedActions.map((a, i) => `${i + 1}. ${a}`).join("\n") },
    { title: line("coaching.card.followUp"), value: formatDate(s.followUpDate) },
  ];
}

/** The employee's Format B.1.8 form: the 9 statements, each 1 (sangat tidak setuju) to 5 (sangat setuju). */
export function coachingRatingCard(s: CoachingSession, coachName: string, values: Record<string, unknown> = {}, errors: DomainError[] = []): AdaptiveCard {
  const scale = [];
  for (let v = B18_SCALE.min; v <= B18_SCALE.max; v++) scale.push({ title: line(`coaching.scale.${v}`), value: String(v) });
  const errorOf = (st: string) => {
    const e = errors.find((x) => x.field === st);
    return e ? bilingualLine(e.code, e.params) : "";
  };
  return renderCard("coaching-rating-form", {
    title: bi("coaching.card.rateTitle"),
    facts: sessionFacts(s, coachName),
    intro: line("coaching.card.rateIntro"),
    formError: errors.length > 0 ? line("coaching.card.fixErrors") : "",
    statements: B18_STATEMENTS.map((st) => ({
      inputId: b18InputId(st),
      label: line(`label_b18_${st}`),
      value: typeof values[b18InputId(st)] === "string" ? values[b18InputId(st)] : "",
      error: errorOf(st),
    })),
    scale,
    required: line("coaching.card.required"),
    submitTitle: line("coaching.card.submit"),
    verb: VERBS.coachingRate,
    data: { employeeId: s.employeeId, sessionId: s.id },
  });
}

export function coachingRatedCard(s: CoachingSession, coachName: string): AdaptiveCard {
  return summaryCard({ titleKey: "coaching.card.ratedTitle", facts: sessionFacts(s, coachName), noticeKey: "coaching.card.ratedNotice" });
}

/** On the follow-up date: what was agreed, to the employee and to the coach. */
export function coachingFollowUpCard(s: CoachingSession, coachName: string, employeeName: string): AdaptiveCard {
  return summaryCard({
    titleKey: "coaching.card.followUpTitle",
    params: { name: employeeName },
    facts: sessionFacts(s, coachName),
    noticeKey: "coaching.card.followUpNotice",
  });
}
