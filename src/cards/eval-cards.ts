import { BERAKHLAK } from "../domain/berakhlak";
import type { Person } from "../domain/org";
import type { EvaluationSubject } from "../services/evaluation-types";
import { periodFacts, periodLabel, progressLine, rhkHeading } from "./eval-card-text";
import { renderCard, type AdaptiveCard } from "./render";
import { bi, line, type Fact } from "./text";
import { VERBS } from "./verbs";

export interface SelfFormOptions {
  formId: string;
  /** What the user typed (after a refused submit), by input id. */
  values?: Record<string, string>;
  errors?: Record<string, string>;
  formError?: string;
}

/** The self-assessment: realisasi per RHK prefilled from the period's reports, a note per BerAKHLAK value. */
export function selfAssessmentCard(s: EvaluationSubject, o: SelfFormOptions): AdaptiveCard {
  const own = s.evaluation?.selfAssessment;
  const rhks = s.rhks.map((rhk, i) => {
    const progress = s.progress.find((p) => p.rhkId === rhk.id);
    const stored = own?.realisasi.find((r) => r.rhkId === rhk.id);
    const prefill = stored?.text ?? (progress?.quantity !== undefined ? `${progress.quantity} ${progress.unit ?? ""}`.trim() : "");
    const evidence = (stored?.evidenceUrls ?? progress?.evidenceUrls ?? []).join("\n");
    return {
      heading: rhkHeading(rhk, i),
      progress: progressLine(progress),
      realisasiId: `realisasi_${i}`,
      evidenceId: `evidence_${i}`,
      realisasi: o.values?.[`realisasi_${i}`] ?? prefill,
      evidence: o.values?.[`evidence_${i}`] ?? evidence,
      error: o.errors?.[`realisasi_${i}`] ?? "",
    };
  });
  const values = BERAKHLAK.map((v) => ({
    inputId: `note_${v.id}`,
    label: `${v.name} (${v.gloss})`,
    hint: v.panduanPerilaku.join("; "),
    value: o.values?.[`note_${v.id}`] ?? own?.perilakuNotes.find((n) => n.valueId === v.id)?.note ?? "",
  }));
  return renderCard("eval-self-form", {
    title: bi("eval.self.title", { period: periodLabel(s.period) }),
    facts: periodFacts(s.period),
    formError: o.formError ?? "",
    noRhk: line("eval.self.noRhk"),
    rhks,
    labels: { realisasi: line("eval.self.realisasi"), evidence: line("eval.self.evidence"), evidenceError: line("eval.self.evidenceError") },
    perilakuHeading: line("eval.self.perilakuHeading"),
    values,
    submit: line("eval.self.submit"),
    verb: VERBS.evalSelfSubmit,
    // Peer feedback before submitting (advisory; DOMAIN section 5).
    feedbackRequest: { title: line("feedback.request.button"), verb: VERBS.feedbackRequestOpen, data: { employeeId: s.employee.id } },
    data: { formId: o.formId, periodId: s.period.id, employeeId: s.employee.id, rhkIds: s.rhks.map((r) => r.id) },
  });
}

interface SummaryAction {
  title: string;
  verb: string;
  style?: "positive" | "default";
  data: Record<string, unknown>;
}

export function summaryCard(d: { titleKey: string; params?: Record<string, unknown>; facts: Fact[]; sections?: { heading: string; text: string }[]; noticeKey?: string; noticeParams?: Record<string, unknown>; actions?: SummaryAction[] }): AdaptiveCard {
  return renderCard("eval-summary", {
    title: bi(d.titleKey, d.params),
    facts: d.facts,
    sections: d.sections ?? [],
    notice: d.noticeKey ? bi(d.noticeKey, d.noticeParams) : { id: "", en: "" },
    actions: (d.actions ?? []).map((a) => ({ style: "default", ...a })),
  });
}

export function selfAssessedCard(s: EvaluationSubject, supervisor: Person | undefined): AdaptiveCard {
  return summaryCard({
    titleKey: "eval.self.saved.title",
    facts: periodFacts(s.period),
    noticeKey: supervisor ? "eval.self.saved.next" : "eval.self.saved.noSupervisor",
    noticeParams: { supervisor: supervisor?.displayName ?? "" },
  });
}

export function noOpenPeriodCard(): AdaptiveCard {
  return summaryCard({ titleKey: "eval.noOpenPeriod.title", facts: [], noticeKey: "eval.noOpenPeriod.body" });
}

/** `nilai` for a supervisor: one button per direct report to open their rating card. */
export function teamToRateCard(s: Pick<EvaluationSubject, "period">, team: Person[]): AdaptiveCard {
  return summaryCard({
    titleKey: "eval.team.title",
    params: { period: periodLabel(s.period) },
    facts: team.map((p) => ({ title: p.displayName, value: p.jobTitle })),
    actions: team.slice(0, 20).map((p) => ({ title: line("eval.team.rateButton", { name: p.displayName }), verb: VERBS.evalRateOpen, data: { periodId: s.period.id, employeeId: p.id } })),
  });
}
