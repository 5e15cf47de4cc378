import { DEFAULT_OBJECTION_WINDOW_DAYS, OBJECTION_OUTCOMES } from "../domain/evaluation";
import { PREDIKATS } from "../domain/predikat";
import { addDays, toWibDate } from "../domain/time";
import type { EvaluationSubject } from "../services/evaluation-types";
import { periodFacts, periodLabel } from "./eval-card-text";
import { summaryCard } from "./eval-cards";
import { renderCard, type AdaptiveCard } from "./render";
import { bi, formatDate, line } from "./text";
import { VERBS } from "./verbs";

export interface ObjectionFormOptions {
  formId: string;
  windowDays?: number;
  reason?: string;
  error?: string;
}

const ratingOf = (s: EvaluationSubject) => {
  const rating = s.evaluation?.rating;
  if (!rating) throw new Error("an objection card needs a rated evaluation");
  return rating;
};

function resultFacts(s: EvaluationSubject) {
  const rating = ratingOf(s);
  return [
    ...periodFacts(s.period, s.employee),
    { title: line("eval.result.predikat"), value: line(`label_predikat_${rating.predikat}`) },
    { title: line("eval.rate.hasilKerja"), value: line(`label_rating_${rating.hasilKerja}`) },
    { title: line("eval.rate.perilakuKerja"), value: line(`label_rating_${rating.perilakuKerja}`) },
  ];
}

/** The employee's keberatan form (from Ajukan keberatan on the result card). */
export function objectionFormCard(s: EvaluationSubject, o: ObjectionFormOptions): AdaptiveCard {
  const setAt = s.evaluation?.penetapan?.at;
  const lastDay = setAt ? addDays(toWibDate(new Date(setAt)), o.windowDays ?? DEFAULT_OBJECTION_WINDOW_DAYS) : undefined;
  return renderCard("objection-form", {
    title: bi("objection.form.title", { period: periodLabel(s.period) }),
    facts: resultFacts(s),
    hint: line("objection.form.hint", { lastDay: lastDay ? formatDate(lastDay) : "-" }),
    labels: { reason: line("objection.form.reason"), required: line("objection.fact.required") },
    reason: o.reason ?? "",
    error: o.error ?? "",
    submit: line("objection.form.submit"),
    verb: VERBS.objectionSubmit,
    data: { formId: o.formId, periodId: s.period.id, employeeId: s.employee.id },
  });
}

export function objectionFiledCard(s: EvaluationSubject): AdaptiveCard {
  return summaryCard({ titleKey: "objection.filed.title", facts: resultFacts(s), sections: [{ heading: line("objection.form.reason"), text: s.evaluation?.objection?.reason ?? "" }], noticeKey: "objection.filed.next" });
}

/** The atasan pejabat penilai's card: the employee's reason, the decision, the new predikat when upheld. */
export function objectionDecisionCard(s: EvaluationSubject, o: { error?: string; values?: Record<string, string> } = {}): AdaptiveCard {
  const rating = ratingOf(s);
  return renderCard("objection-decision", {
    title: bi("objection.decision.title", { name: s.employee.displayName, period: periodLabel(s.period) }),
    facts: resultFacts(s),
    employeeReason: s.evaluation?.objection?.reason ?? "",
    labels: {
      employeeReason: line("objection.decision.employeeReason"),
      outcome: line("objection.decision.outcome"),
      predikat: line("objection.decision.predikat"),
      reason: line("objection.decision.reason"),
      required: line("objection.fact.required"),
    },
    outcomeChoices: OBJECTION_OUTCOMES.map((value) => ({ title: line(`label_objection_outcome_${value}`), value })),
    predikatChoices: PREDIKATS.filter((p) => p !== rating.predikat).map((value) => ({ title: line(`label_predikat_${value}`), value })),
    outcome: o.values?.outcome ?? "",
    predikat: o.values?.predikat ?? "",
    reason: o.values?.reason ?? "",
    error: o.error ?? "",
    submit: line("objection.decision.submit"),
    verb: VERBS.objectionDecide,
    data: { periodId: s.period.id, employeeId: s.employee.id },
  });
}

/** What the decision says, for the decider's confirmation and the employee's notice. */
function decisionSections(s: EvaluationSubject) {
  const decision = s.evaluation?.objection?.decision;
  if (!decision) return [];
  return [
    { heading: line("objection.fact.outcome"), text: line(`label_objection_outcome_${decision.outcome}`) },
    { heading: line("objection.fact.reason"), text: decision.reason },
  ];
}

export function objectionDecidedCard(s: EvaluationSubject): AdaptiveCard {
  return summaryCard({ titleKey: "objection.decided.title", params: { name: s.employee.displayName }, facts: resultFacts(s), sections: decisionSections(s) });
}

/** To the employee: the outcome; after it, Terima on the (possibly changed) result. */
export function objectionResultCard(s: EvaluationSubject): AdaptiveCard {
  const decision = s.evaluation?.objection?.decision;
  const predikat = line(`label_predikat_${ratingOf(s).predikat}`);
  return summaryCard({
    titleKey: "objection.result.title",
    params: { period: periodLabel(s.period) },
    facts: resultFacts(s),
    sections: decisionSections(s),
    noticeKey: decision?.outcome === "UPHELD" ? "objection.result.upheld" : "objection.result.rejected",
    noticeParams: { predikat },
    actions:
      s.evaluation?.state === "ditetapkan"
        ? [{ title: line("eval.result.accept"), verb: VERBS.evalAcknowledge, style: "positive", data: { periodId: s.period.id, employeeId: s.employee.id } }]
        : [],
  });
}
