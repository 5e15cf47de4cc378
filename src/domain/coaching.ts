/**
 * Dialog / bimbingan kinerja (coaching), DOMAIN.md section 5. After a recorded conversation the employee may rate
 * it on the 9 statements of Format B.1.8, and the supervisor may score competencies 1-5 with reasons (Format B.1.9).
 * The statement texts live in the i18n files (label_b18_<id>): they are the app's wording of the format's points.
 */
import { MAX_TEXT_LENGTH, readRequiredText, type FieldErrorCode } from "./input";
import { error, ok, type DomainError, type Result } from "./result";

/** The 9 statements of Format B.1.8, in order. */
export const B18_STATEMENTS = [
  "felt_heard",
  "actions_appreciated",
  "spoke_freely",
  "accurate_data",
  "positive_feedback",
  "asked_more_than_lectured",
  "found_solutions",
  "knows_next_steps",
  "understands_purpose",
] as const;
export type B18Statement = (typeof B18_STATEMENTS)[number];

/**
 * B.1.8 answers use a 1-5 agreement scale (1 sangat tidak setuju .. 5 sangat setuju); DOMAIN.md does not fix the
 * scale. Every statement must be answered once, so the results can be averaged per supervisor.
 */
export const B18_SCALE = { min: 1, max: 5 } as const;
/** B.1.9 competency score 1-5; 1 and 2 become a kebutuhan pengembangan (development need). */
export const B19_SCALE = { min: 1, max: 5 } as const;
export const B19_NEEDS_DEVELOPMENT_AT_OR_BELOW = 2;
export const MAX_COMPETENCY_NAME_LENGTH = 200;

export const COACHING_ERROR_CODES = ["coaching_statement_missing", "coaching_score_out_of_range", "coaching_duplicate"] as const;
export type CoachingErrorCode = (typeof COACHING_ERROR_CODES)[number] | FieldErrorCode;

const inScale = (v: unknown, scale: { min: number; max: number }): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= scale.min && v <= scale.max;

/** The employee's Format B.1.8 answers: a 1-5 score for each of the 9 statements. */
export function validateDialogRating(answers: Partial<Record<B18Statement, unknown>>): Result<Record<B18Statement, number>, CoachingErrorCode> {
  const errors: DomainError<CoachingErrorCode>[] = [];
  const out = {} as Record<B18Statement, number>;
  for (const s of B18_STATEMENTS) {
    const v = answers[s];
    if (v === undefined || v === null) errors.push(error("coaching_statement_missing", s));
    else if (!inScale(v, B18_SCALE)) errors.push(error("coaching_score_out_of_range", s, B18_SCALE));
    else out[s] = v;
  }
  return errors.length > 0 ? { ok: false, errors } : ok(out);
}

export interface CompetencyScore {
  competency: string;
  score: number;
  reason: string;
}

/** The supervisor's Format B.1.9 scores: each competency once, a whole score 1-5 and a reason. */
export function validateCompetencyScores(
  scores: readonly { competency: unknown; score: unknown; reason: unknown }[],
): Result<CompetencyScore[], CoachingErrorCode> {
  const errors: DomainError<CoachingErrorCode>[] = [];
  const seen = new Set<string>();
  const out: CompetencyScore[] = [];
  scores.forEach((s, i) => {
    const name = readRequiredText(s.competency, `scores.${i}.competency`, MAX_COMPETENCY_NAME_LENGTH);
    const reason = readRequiredText(s.reason, `scores.${i}.reason`, MAX_TEXT_LENGTH);
    if (name.error) errors.push(name.error);
    else if (seen.has(name.value.toLowerCase())) errors.push(error("coaching_duplicate", `scores.${i}.competency`));
    else seen.add(name.value.toLowerCase());
    if (!inScale(s.score, B19_SCALE)) errors.push(error("coaching_score_out_of_range", `scores.${i}.score`, B19_SCALE));
    if (reason.error) errors.push(reason.error);
    if (!name.error && !reason.error && inScale(s.score, B19_SCALE)) out.push({ competency: name.value, score: s.score, reason: reason.value });
  });
  return errors.length > 0 ? { ok: false, errors } : ok(out);
}
