import { BERAKHLAK, getBerakhlakValue } from "../domain/berakhlak";
import type { FeedbackSubject } from "../domain/feedback-request";
import type { Person } from "../domain/org";
import type { Rhk } from "../domain/skp";
import type { FeedbackAnswer, StoredFeedbackRequest } from "../services/feedback-request-service";
import { summaryCard } from "./eval-cards";
import { renderCard, type AdaptiveCard } from "./render";
import { bi, line } from "./text";
import { VERBS } from "./verbs";

/** Colleagues offered on the form; a larger unit is reached through the API. */
const MAX_COLLEAGUE_CHOICES = 100;

export function aboutValue(about: FeedbackSubject): string {
  return about.kind === "RHK" ? `RHK:${about.rhkId}` : `BERAKHLAK:${about.valueId}`;
}

export function aboutText(about: FeedbackSubject, rhks: readonly Rhk[] = []): string {
  if (about.kind === "BERAKHLAK") return `BerAKHLAK: ${getBerakhlakValue(about.valueId).name}`;
  return line("feedback.fact.rhk", { text: rhks.find((r) => r.id === about.rhkId)?.text ?? about.rhkId });
}

/** The request form: one RHK of the employee or one BerAKHLAK value, up to 5 colleagues, a message. */
export function feedbackRequestFormCard(d: { employee: Person; rhks: Rhk[]; colleagues: Person[]; formId: string; error?: string; values?: Record<string, string> }): AdaptiveCard {
  const aboutChoices = [
    ...d.rhks.map((r) => ({ title: aboutText({ kind: "RHK", rhkId: r.id }, d.rhks), value: aboutValue({ kind: "RHK", rhkId: r.id }) })),
    ...BERAKHLAK.map((v) => ({ title: `BerAKHLAK: ${v.name}`, value: aboutValue({ kind: "BERAKHLAK", valueId: v.id }) })),
  ];
  return renderCard("feedback-request-form", {
    title: bi("feedback.request.title", { name: d.employee.displayName }),
    hint: line("feedback.request.hint"),
    labels: { about: line("feedback.request.about"), colleagues: line("feedback.request.colleagues"), message: line("feedback.request.message"), postInChannel: line("feedback.request.postInChannel"), required: line("objection.fact.required") },
    aboutChoices,
    colleagueChoices: d.colleagues.slice(0, MAX_COLLEAGUE_CHOICES).map((p) => ({ title: `${p.displayName} · ${p.jobTitle}`, value: p.id })),
    about: d.values?.about ?? "",
    colleagueIds: d.values?.colleagueIds ?? "",
    message: d.values?.message ?? "",
    postInChannel: d.values?.postInChannel === "true" ? "true" : "false",
    error: d.error ?? "",
    submit: line("feedback.request.submit"),
    verb: VERBS.feedbackRequestSubmit,
    data: { formId: d.formId, employeeId: d.employee.id },
  });
}

export function feedbackRequestSentCard(request: StoredFeedbackRequest, colleagues: Person[], rhks: Rhk[]): AdaptiveCard {
  return summaryCard({
    titleKey: "feedback.request.sent.title",
    facts: [{ title: line("feedback.fact.about"), value: aboutText(request.about, rhks) }],
    noticeKey: "feedback.request.sent.body",
    noticeParams: { names: colleagues.map((p) => p.displayName).join(", ") },
  });
}

/** The named colleague's card: only they can answer it (the server checks the request's list). */
/** `unitId`: the form is a view of the request's post in that unit's channel (the answer keeps the post's view). */
export function feedbackAnswerCard(d: { request: StoredFeedbackRequest; requester: Person; employee: Person; rhks: Rhk[]; error?: string; text?: string; unitId?: string }): AdaptiveCard {
  return renderCard("feedback-request-answer", {
    title: bi("feedback.answer.title", { requester: d.requester.displayName }),
    facts: [
      { title: line("eval.fact.employee"), value: `${d.employee.displayName} · ${d.employee.jobTitle}` },
      { title: line("feedback.fact.about"), value: aboutText(d.request.about, d.rhks) },
    ],
    message: d.request.message ?? "",
    hint: line("feedback.answer.hint"),
    labels: { answer: line("feedback.answer.label"), required: line("objection.fact.required") },
    text: d.text ?? "",
    error: d.error ?? "",
    submit: line("feedback.answer.submit"),
    verb: VERBS.feedbackAnswer,
    data: { employeeId: d.request.employeeId, requestId: d.request.id, ...(d.unitId ? { unitId: d.unitId } : {}) },
  });
}

export function feedbackAnsweredCard(request: StoredFeedbackRequest, rhks: Rhk[]): AdaptiveCard {
  return summaryCard({ titleKey: "feedback.answer.thanks", facts: [{ title: line("feedback.fact.about"), value: aboutText(request.about, rhks) }] });
}

/** An answer, to the requester or the employee's supervisor. */
export function feedbackReceivedCard(d: { request: StoredFeedbackRequest; answer: FeedbackAnswer; answerer: Person; employee: Person; rhks: Rhk[] }): AdaptiveCard {
  return summaryCard({
    titleKey: "feedback.received.title",
    params: { name: d.answerer.displayName },
    facts: [
      { title: line("eval.fact.employee"), value: `${d.employee.displayName} · ${d.employee.jobTitle}` },
      { title: line("feedback.fact.about"), value: aboutText(d.request.about, d.rhks) },
    ],
    sections: [{ heading: d.answerer.displayName, text: d.answer.text }],
    noticeKey: "feedback.advisory",
  });
}
