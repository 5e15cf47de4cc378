import type { EvaluationSubject, Rating, RatingBody } from "../../../api/eval-types";

/** The rating form as typed; the server checks it (and the preview says what it still lacks). */
export interface RatingForm {
  judgements: Record<string, Rating | undefined>;
  feedback: Record<string, string>;
  hasilKerja?: Rating;
  hasilKerjaReason: string;
  perilakuKerja?: Rating;
}

/** A rating already proposed is the starting point of a change; otherwise an empty form. */
export function initialForm(subject: EvaluationSubject): RatingForm {
  const r = subject.evaluation?.rating;
  return {
    judgements: Object.fromEntries((r?.rhkAssessments ?? []).map((a) => [a.rhkId, a.judgement])),
    feedback: Object.fromEntries((r?.rhkAssessments ?? []).map((a) => [a.rhkId, a.feedback ?? ""])),
    hasilKerja: r?.hasilKerja,
    hasilKerjaReason: r?.hasilKerjaReason ?? "",
    perilakuKerja: r?.perilakuKerja,
  };
}

export function ratingBody(subject: EvaluationSubject, form: RatingForm): Omit<RatingBody, "formId"> {
  return {
    rhkAssessments: subject.rhks.map((rhk) => ({ rhkId: rhk.id, judgement: form.judgements[rhk.id], feedback: form.feedback[rhk.id]?.trim() || undefined })),
    hasilKerja: form.hasilKerja,
    hasilKerjaReason: form.hasilKerjaReason.trim() || undefined,
    perilakuKerja: form.perilakuKerja,
    perilakuFeedback: [],
  };
}
