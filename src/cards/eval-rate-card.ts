import { BERAKHLAK } from "../domain/berakhlak";
import type { EvaluationSubject, RatingPreview } from "../services/evaluation-types";
import { periodFacts, periodLabel, progressLine, ratingChoices, rhkHeading } from "./eval-card-text";
import { renderCard, type AdaptiveCard } from "./render";
import { bi, line } from "./text";
import { VERBS } from "./verbs";

export interface RateFormOptions {
  formId: string;
  values?: Record<string, string>;
  errors?: Record<string, string>;
  formError?: string;
  /** Shown after "Lihat predikat": the matrix result of the current choices; only then can it be submitted. */
  preview?: RatingPreview;
  /** The predikat the supervisor saw, sent back with the submit so a changed choice is shown before storing. */
  notice?: string;
}

/**
 * The supervisor's rating card. The predikat is shown on a confirmation step: "Lihat predikat" recomputes the
 * suggestion and the matrix on the server (both depend on every judgement, which a card cannot compute itself)
 * and answers with the same form, values kept, the predikat shown and the submit button added.
 */
export function ratingCard(s: EvaluationSubject, o: RateFormOptions): AdaptiveCard {
  const v = o.values ?? {};
  const stored = s.evaluation?.rating;
  const self = s.evaluation?.selfAssessment;
  const rhks = s.rhks.map((rhk, i) => {
    const own = self?.realisasi.find((r) => r.rhkId === rhk.id);
    const prior = stored?.rhkAssessments.find((a) => a.rhkId === rhk.id);
    return {
      heading: rhkHeading(rhk, i),
      selfText: own ? line("eval.rate.selfText", { text: own.text }) : "",
      progress: progressLine(s.progress.find((p) => p.rhkId === rhk.id)),
      judgementId: `judgement_${i}`,
      judgement: v[`judgement_${i}`] ?? prior?.judgement ?? "",
      feedbackId: `rhkFeedback_${i}`,
      feedback: v[`rhkFeedback_${i}`] ?? prior?.feedback ?? "",
      error: o.errors?.[`judgement_${i}`] ?? "",
    };
  });
  const values = BERAKHLAK.map((b) => ({
    inputId: `perilaku_${b.id}`,
    label: `${b.name} (${b.gloss})`,
    selfNote: self?.perilakuNotes.find((n) => n.valueId === b.id) ? line("eval.rate.selfText", { text: self.perilakuNotes.find((n) => n.valueId === b.id)!.note }) : "",
    value: v[`perilaku_${b.id}`] ?? stored?.perilakuFeedback.find((f) => f.valueId === b.id)?.text ?? "",
  }));
  const preview = o.preview;
  const suggested = preview?.suggestedHasilKerja;
  const suggestion = suggested
    ? line(s.headOfUnitRating ? "eval.rate.suggestionHead" : "eval.rate.suggestion", { rating: line(`label_rating_${suggested}`) })
    : line("eval.rate.suggestionLater");
  const previewText = preview
    ? preview.predikat
      ? bi("eval.rate.preview", { predikat: line(`label_predikat_${preview.predikat}`) })
      : bi("eval.rate.previewIncomplete")
    : { id: "", en: "" };
  return renderCard("eval-rate-form", {
    title: bi("eval.rate.title", { name: s.employee.displayName, period: periodLabel(s.period) }),
    facts: periodFacts(s.period, s.employee),
    formError: o.notice ?? o.formError ?? "",
    rhks,
    labels: {
      judgement: line("eval.rate.judgement"),
      rhkFeedback: line("eval.rate.rhkFeedback"),
      required: line("field_required"),
      hasilKerja: line("eval.rate.hasilKerja"),
      perilakuKerja: line("eval.rate.perilakuKerja"),
      reason: line("eval.rate.reason"),
    },
    ratingChoices: ratingChoices(),
    perilakuHeading: line("eval.rate.perilakuHeading"),
    values,
    suggestion,
    hasilKerja: v.hasilKerja ?? stored?.hasilKerja ?? "",
    hasilKerjaReason: v.hasilKerjaReason ?? stored?.hasilKerjaReason ?? "",
    perilakuKerja: v.perilakuKerja ?? stored?.perilakuKerja ?? "",
    errors: { hasilKerja: o.errors?.hasilKerja ?? "", hasilKerjaReason: o.errors?.hasilKerjaReason ?? "", perilakuKerja: o.errors?.perilakuKerja ?? "" },
    preview: previewText,
    previewButton: line("eval.rate.previewButton"),
    submitButton: line("eval.rate.submitButton"),
    canSubmit: Boolean(preview?.predikat),
    verbs: { preview: VERBS.evalRatePreview, submit: VERBS.evalRateSubmit },
    feedbackRequest: { title: line("feedback.request.button"), verb: VERBS.feedbackRequestOpen, data: { employeeId: s.employee.id } },
    data: {
      formId: o.formId,
      periodId: s.period.id,
      employeeId: s.employee.id,
      rhkIds: s.rhks.map((r) => r.id),
      ...(preview?.predikat ? { previewedPredikat: preview.predikat } : {}),
    },
  });
}
