import type { RhkAssessment } from "../domain/evaluation";
import type { RealisasiInput, ValueNoteInput } from "../domain/evaluation-input";
import { isBlank } from "../domain/input";
import { predikatKinerja } from "../domain/predikat";
import { isRating, ratingRequiresReason, suggestRatingHasilKerja, type Rating } from "../domain/rating";
import { error, type DomainError } from "../domain/result";
import type { Rhk } from "../domain/skp";
import type { RatingPreview } from "./evaluation-types";

/**
 * Turns a submitted self-assessment or rating (tab JSON, or a card's inputs mapped by its handler) into the
 * domain's commands. The RHKs and their groups come from the approved SKP on the server, never from the form;
 * the predikat is never read from the form at all.
 */
const FORM_ID = /^[A-Za-z0-9-]{8,64}$/;

export function isFormId(value: unknown): value is string {
  return typeof value === "string" && FORM_ID.test(value);
}

const asArray = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === "object" && x !== null) : [];

export function readValueNotesInput(value: unknown): ValueNoteInput[] {
  return asArray(value).map((n) => ({ valueId: n.valueId as ValueNoteInput["valueId"], text: n.text }));
}

/** Realisasi per RHK of the SKP; an RHK left wholly blank is not part of the self-assessment. */
export function readRealisasiInput(rhks: readonly Rhk[], value: unknown, errors: DomainError[]): RealisasiInput[] {
  const known = new Set(rhks.map((r) => r.id));
  const out: RealisasiInput[] = [];
  asArray(value).forEach((item, i) => {
    const urls = Array.isArray(item.evidenceUrls) ? (item.evidenceUrls as unknown[]) : [];
    if (typeof item.rhkId !== "string" || !known.has(item.rhkId)) return void errors.push(error("field_not_allowed", `realisasi.${i}.rhkId`));
    if (isBlank(item.text) && urls.every(isBlank)) return;
    out.push({ rhkId: item.rhkId, text: item.text, evidenceUrls: urls.filter((u) => !isBlank(u)) });
  });
  return out;
}

export interface RatingInput {
  rhkAssessments: RhkAssessment[];
  hasilKerja: Rating;
  hasilKerjaReason?: unknown;
  perilakuKerja: Rating;
  perilakuFeedback: ValueNoteInput[];
}

/** One judgement per RHK of the SKP, in the SKP's order (so error fields `rhkAssessments.i` map to rhks[i]). */
export function readRatingInput(rhks: readonly Rhk[], body: Record<string, unknown>, errors: DomainError[]): RatingInput {
  const given = new Map<string, Record<string, unknown>>();
  asArray(body.rhkAssessments).forEach((a, i) => {
    if (typeof a.rhkId !== "string" || !rhks.some((r) => r.id === a.rhkId)) errors.push(error("field_not_allowed", `rhkAssessments.${i}.rhkId`));
    else given.set(a.rhkId, a);
  });
  const rhkAssessments = rhks.map((rhk, i): RhkAssessment => {
    const a = given.get(rhk.id);
    if (!a || isBlank(a.judgement)) errors.push(error("field_required", `rhkAssessments.${i}.judgement`));
    else if (!isRating(a.judgement)) errors.push(error("field_not_allowed", `rhkAssessments.${i}.judgement`));
    return { rhkId: rhk.id, group: rhk.group, judgement: a?.judgement as Rating, feedback: a?.feedback as string | undefined };
  });
  for (const field of ["hasilKerja", "perilakuKerja"] as const) {
    if (isBlank(body[field])) errors.push(error("field_required", field));
    else if (!isRating(body[field])) errors.push(error("field_not_allowed", field));
  }
  return {
    rhkAssessments,
    hasilKerja: body.hasilKerja as Rating,
    hasilKerjaReason: body.hasilKerjaReason,
    perilakuKerja: body.perilakuKerja as Rating,
    perilakuFeedback: readValueNotesInput(body.perilakuFeedback),
  };
}

/** What the matrix gives for the chosen ratings; partial choices still show the suggestion. */
export function previewRating(input: Partial<RatingInput>, headOfUnitRating?: Rating): RatingPreview {
  const judged = (input.rhkAssessments ?? []).filter((a) => isRating(a.judgement));
  const suggestedHasilKerja = headOfUnitRating ?? suggestRatingHasilKerja(judged);
  const hasil = isRating(input.hasilKerja) ? input.hasilKerja : undefined;
  const perilaku = isRating(input.perilakuKerja) ? input.perilakuKerja : undefined;
  return {
    suggestedHasilKerja,
    reasonRequired: hasil !== undefined && ratingRequiresReason(suggestedHasilKerja, hasil),
    ...(hasil && perilaku ? { predikat: predikatKinerja(hasil, perilaku) } : {}),
  };
}
