/**
 * The two ratings of an evaluation (DOMAIN.md section 7): Rating Hasil Kerja (results) and Rating Perilaku Kerja
 * (behaviour), each Di Atas / Sesuai / Di Bawah Ekspektasi; and the app's suggestion for the results rating.
 */
import { MAX_TEXT_LENGTH, readRequiredText, type FieldErrorCode } from "./input";
import { ok, type Result } from "./result";
import type { RhkGroup } from "./skp";

export const RATINGS = ["DI_ATAS", "SESUAI", "DI_BAWAH"] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = {
  DI_ATAS: "Di Atas Ekspektasi",
  SESUAI: "Sesuai Ekspektasi",
  DI_BAWAH: "Di Bawah Ekspektasi",
};

export function isRating(value: unknown): value is Rating {
  return typeof value === "string" && (RATINGS as readonly string[]).includes(value);
}

/** The supervisor's judgement of the realisasi of one RHK. */
export interface RhkJudgement {
  group: RhkGroup;
  judgement: Rating;
}

export interface JudgementTally {
  total: number;
  above: number;
  asExpected: number;
  below: number;
  utamaBelow: number;
}

export function tallyJudgements(judgements: readonly RhkJudgement[]): JudgementTally {
  const t: JudgementTally = { total: judgements.length, above: 0, asExpected: 0, below: 0, utamaBelow: 0 };
  for (const j of judgements) {
    if (j.judgement === "DI_ATAS") t.above++;
    else if (j.judgement === "SESUAI") t.asExpected++;
    else {
      t.below++;
      if (j.group === "UTAMA") t.utamaBelow++;
    }
  }
  return t;
}

/**
 * The suggested Rating Hasil Kerja. DOMAIN.md: "Di Atas when no Utama RHK is below expectation and most RHKs are
 * above; Di Bawah when most RHKs are below; else Sesuai". "Most" means strictly more than half of all judged
 * RHKs (Utama and Tambahan together): 2 of 4 is not most. The two conditions cannot both hold. With no judged
 * RHK the suggestion is Sesuai: there is nothing to deviate from expectation with, and the supervisor chooses.
 */
export function suggestRatingHasilKerja(judgements: readonly RhkJudgement[]): Rating {
  const t = tallyJudgements(judgements);
  if (t.utamaBelow === 0 && 2 * t.above > t.total) return "DI_ATAS";
  if (2 * t.below > t.total) return "DI_BAWAH";
  return "SESUAI";
}

/** The supervisor may choose otherwise than suggested and must then give a reason. */
export function ratingRequiresReason(suggested: Rating, chosen: Rating): boolean {
  return suggested !== chosen;
}

/** The reason for a choice (trimmed), or undefined when none is needed; a needed reason must be given. */
export function validateRatingReason(
  suggested: Rating,
  chosen: Rating,
  reason: unknown,
): Result<string | undefined, FieldErrorCode> {
  if (!ratingRequiresReason(suggested, chosen)) return ok(undefined);
  const r = readRequiredText(reason, "hasilKerjaReason", MAX_TEXT_LENGTH);
  return r.error ? { ok: false, errors: [r.error] } : ok(r.value);
}
