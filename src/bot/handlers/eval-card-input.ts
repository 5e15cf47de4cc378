import { BERAKHLAK_IDS } from "../../domain/berakhlak";
import { isBlank } from "../../domain/input";
import type { DomainError } from "../../domain/result";
import { splitUrls } from "../../cards/eval-card-text";
import { bilingualLine } from "../../i18n";
import type { EvaluationOutcome } from "../../services/evaluation-types";
import { errorResponse, type CardActionResponse } from "../card-action";

/**
 * Maps a card's inputs (flat, indexed by the RHK's position on the card) to the service's input, and the
 * service's field errors back to the card's inputs. The RHK ids travel in the card data; the service checks
 * each against the approved SKP, so a forged id is refused, not trusted.
 */
const MAX_RHKS = 50;
const ID = /^[A-Za-z0-9_:|.-]{1,200}$/;

export function rhkIdsOf(data: Record<string, unknown>): string[] {
  const ids = Array.isArray(data.rhkIds) ? data.rhkIds.slice(0, MAX_RHKS) : [];
  return ids.filter((id): id is string => typeof id === "string");
}

export function periodIdOf(data: Record<string, unknown>): string | undefined {
  return typeof data.periodId === "string" && ID.test(data.periodId) ? data.periodId : undefined;
}

export function selfInputFromCard(data: Record<string, unknown>) {
  return {
    formId: data.formId,
    realisasi: rhkIdsOf(data).map((rhkId, i) => ({ rhkId, text: data[`realisasi_${i}`], evidenceUrls: splitUrls(data[`evidence_${i}`]) })),
    perilakuNotes: BERAKHLAK_IDS.map((valueId) => ({ valueId, text: data[`note_${valueId}`] })),
  };
}

export function rateInputFromCard(data: Record<string, unknown>) {
  return {
    formId: data.formId,
    rhkAssessments: rhkIdsOf(data).map((rhkId, i) => ({ rhkId, judgement: data[`judgement_${i}`], feedback: data[`rhkFeedback_${i}`] })),
    hasilKerja: data.hasilKerja,
    hasilKerjaReason: data.hasilKerjaReason,
    perilakuKerja: data.perilakuKerja,
    perilakuFeedback: BERAKHLAK_IDS.map((valueId) => ({ valueId, text: data[`perilaku_${valueId}`] })),
  };
}

/** Every input of the card as typed, to show the form again with nothing lost. */
export function typedValues(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) if (typeof v === "string" && /^(realisasi|evidence|note|judgement|rhkFeedback|perilaku|hasilKerja)/.test(k)) out[k] = v.slice(0, 4000);
  return out;
}

/** Field errors of a self-assessment, on the card's rows (blank rows were skipped by the service). */
export function selfErrorsOnCard(data: Record<string, unknown>, errors: DomainError[]): Record<string, string> {
  const rows = selfInputFromCard(data).realisasi.map((r, i) => ({ i, blank: isBlank(r.text) && r.evidenceUrls.length === 0 }));
  const kept = rows.filter((r) => !r.blank).map((r) => r.i);
  const out: Record<string, string> = {};
  for (const e of errors) {
    const m = /^realisasi\.(\d+)\./.exec(e.field ?? "");
    const row = m ? kept[Number(m[1])] : undefined;
    if (row !== undefined) out[`realisasi_${row}`] ??= bilingualLine(e.code, e.params);
  }
  return out;
}

/** Field errors of a rating, on the card's inputs. */
export function rateErrorsOnCard(errors: DomainError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const m = /^rhkAssessments\.(\d+)\./.exec(e.field ?? "");
    const key = m ? `judgement_${m[1]}` : (e.field ?? "");
    if (key) out[key] ??= bilingualLine(e.code, e.params);
  }
  return out;
}

/** Answers for outcomes that are not a form to show again. */
export function outcomeError(outcome: Exclude<EvaluationOutcome, { kind: "done" } | { kind: "invalid" }>): CardActionResponse {
  switch (outcome.kind) {
    case "notFound":
      return errorResponse(404, "NotFound", "error.notFound");
    case "periodClosed":
      return errorResponse(409, "PeriodClosed", "evaluation.periodClosed", { period: outcome.period.id });
    case "refused": {
      const first = outcome.errors[0];
      return errorResponse(outcome.status, outcome.status === 403 ? "Forbidden" : "Conflict", first?.code ?? "error.forbidden", first?.params);
    }
  }
}
