import { getBerakhlakValue } from "../domain/berakhlak";
import type { EvaluationSubject } from "../services/evaluation-types";
import { periodFacts, periodLabel } from "./eval-card-text";
import { summaryCard } from "./eval-cards";
import type { AdaptiveCard } from "./render";
import { formatDateTime, line } from "./text";
import { VERBS } from "./verbs";

/** The result after ditetapkan (predikat, both ratings, feedback) with Terima; after Terima, without it. */
export function resultCard(s: EvaluationSubject): AdaptiveCard {
  const ev = s.evaluation;
  const rating = ev?.rating;
  if (!ev || !rating) throw new Error("a result card needs a rated evaluation");
  const facts = [
    ...periodFacts(s.period),
    { title: line("eval.result.predikat"), value: line(`label_predikat_${rating.predikat}`) },
    { title: line("eval.rate.hasilKerja"), value: line(`label_rating_${rating.hasilKerja}`) },
    { title: line("eval.rate.perilakuKerja"), value: line(`label_rating_${rating.perilakuKerja}`) },
  ];
  const rhkText = (id: string) => s.rhks.find((r) => r.id === id)?.text ?? id;
  const sections = [
    ...rating.rhkAssessments.map((a) => ({
      heading: `${rhkText(a.rhkId)}: ${line(`label_rating_${a.judgement}`)}`,
      text: a.feedback ?? "-",
    })),
    ...(rating.hasilKerjaReason ? [{ heading: line("eval.result.reason"), text: rating.hasilKerjaReason }] : []),
    ...rating.perilakuFeedback.map((f) => ({ heading: getBerakhlakValue(f.valueId).name, text: f.text })),
  ];
  const acknowledged = ev.state === "diterima";
  return summaryCard({
    titleKey: "eval.result.title",
    params: { period: periodLabel(s.period) },
    facts,
    sections,
    ...(acknowledged ? { noticeKey: "eval.result.accepted", noticeParams: { at: formatDateTime(ev.acknowledgedAt ?? "") } } : {}),
    actions:
      ev.state === "ditetapkan"
        ? [
            { title: line("eval.result.accept"), verb: VERBS.evalAcknowledge, style: "positive", data: { periodId: s.period.id, employeeId: s.employee.id } },
            // One keberatan per evaluation (DOMAIN section 7); the server checks the window.
            ...(ev.objection ? [] : [{ title: line("objection.open"), verb: VERBS.objectionOpen, data: { periodId: s.period.id, employeeId: s.employee.id } }]),
          ]
        : [],
  });
}

export function ratedCard(s: EvaluationSubject): AdaptiveCard {
  const rating = s.evaluation?.rating;
  if (!rating) throw new Error("a rated card needs a rating");
  return summaryCard({
    titleKey: "eval.rate.saved.title",
    params: { name: s.employee.displayName },
    facts: [
      ...periodFacts(s.period, s.employee),
      { title: line("eval.result.predikat"), value: line(`label_predikat_${rating.predikat}`) },
      { title: line("eval.rate.hasilKerja"), value: line(`label_rating_${rating.hasilKerja}`) },
      { title: line("eval.rate.perilakuKerja"), value: line(`label_rating_${rating.perilakuKerja}`) },
    ],
    noticeKey: "eval.rate.saved.next",
  });
}
