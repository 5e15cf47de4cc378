/**
 * Checks of what the employee and the supervisor write into an evaluation (self-assessment, rating). Inputs come
 * from forms, so every value is re-checked even where the TypeScript type already says it is right.
 */
import { isBerakhlakId, type BerakhlakId } from "./berakhlak";
import type { RhkAssessment } from "./evaluation";
import { MAX_TEXT_LENGTH, readHttpUrl, readRequiredText, readText, type FieldErrorCode } from "./input";
import { isRating } from "./rating";
import { error, type DomainError } from "./result";
import { RHK_GROUPS } from "./skp";

export const MAX_EVIDENCE_URLS = 10;

export const EVALUATION_INPUT_ERROR_CODES = ["evaluation_duplicate_rhk", "evaluation_too_many_evidence_urls"] as const;
export type EvaluationInputErrorCode = (typeof EVALUATION_INPUT_ERROR_CODES)[number] | FieldErrorCode;
/** Any error list that accepts these codes (the workflow passes its wider list). */
type Errors = Pick<DomainError<EvaluationInputErrorCode>[], "push">;

export interface RealisasiInput {
  rhkId: string;
  text: unknown;
  evidenceUrls?: unknown[];
}

export interface ValueNoteInput {
  valueId: BerakhlakId;
  text: unknown;
}

function uniqueRhk(seen: Set<string>, rhkId: string, field: string, errors: Errors): void {
  if (seen.has(rhkId)) errors.push(error("evaluation_duplicate_rhk", field, { rhkId }));
  seen.add(rhkId);
}

/** Notes or feedback per BerAKHLAK value: a known value and a bounded text; blank notes are dropped. */
export function readValueNotes(notes: readonly ValueNoteInput[], field: string, errors: Errors): { valueId: BerakhlakId; text: string }[] {
  const out: { valueId: BerakhlakId; text: string }[] = [];
  notes.forEach((n, i) => {
    if (!isBerakhlakId(n.valueId)) {
      errors.push(error("field_not_allowed", `${field}.${i}.valueId`));
      return;
    }
    const t = readText(n.text, `${field}.${i}.text`, { required: false, max: MAX_TEXT_LENGTH });
    if (t.error) errors.push(t.error);
    else if (t.value !== undefined) out.push({ valueId: n.valueId, text: t.value });
  });
  return out;
}

export function readRealisasi(items: readonly RealisasiInput[], errors: Errors): { rhkId: string; text: string; evidenceUrls: string[] }[] {
  const seen = new Set<string>();
  return items.map((item, i) => {
    const field = `realisasi.${i}`;
    uniqueRhk(seen, item.rhkId, `${field}.rhkId`, errors);
    const text = readRequiredText(item.text, `${field}.text`);
    if (text.error) errors.push(text.error);
    const urls = item.evidenceUrls ?? [];
    if (urls.length > MAX_EVIDENCE_URLS) errors.push(error("evaluation_too_many_evidence_urls", `${field}.evidenceUrls`, { max: MAX_EVIDENCE_URLS }));
    const evidenceUrls: string[] = [];
    urls.forEach((u, j) => {
      const url = readHttpUrl(u, `${field}.evidenceUrls.${j}`, { required: true });
      if (url.error) errors.push(url.error);
      else if (url.value !== undefined) evidenceUrls.push(url.value);
    });
    return { rhkId: item.rhkId, text: text.value ?? "", evidenceUrls };
  });
}

export function readRhkAssessments(items: readonly RhkAssessment[], errors: Errors): RhkAssessment[] {
  const seen = new Set<string>();
  return items.map((a, i) => {
    const field = `rhkAssessments.${i}`;
    uniqueRhk(seen, a.rhkId, `${field}.rhkId`, errors);
    if (!isRating(a.judgement)) errors.push(error("field_not_allowed", `${field}.judgement`));
    if (!(RHK_GROUPS as readonly string[]).includes(a.group)) errors.push(error("field_not_allowed", `${field}.group`));
    const feedback = readText(a.feedback, `${field}.feedback`, { required: false });
    if (feedback.error) errors.push(feedback.error);
    const out: RhkAssessment = { rhkId: a.rhkId, group: a.group, judgement: a.judgement };
    if (feedback.value !== undefined) out.feedback = feedback.value;
    return out;
  });
}
