/**
 * Evaluation transitions (DOMAIN.md section 7). `transitionEvaluation` checks the from-state, the actor and the
 * input, and returns the new evaluation with its audit record, or the codes of everything that is wrong.
 * Authority (is the actor the pejabat penilai, the atasan pejabat penilai, an admin?) is decided by the caller
 * from the directory at the moment of the action and passed in; nobody acts on their own evaluation.
 */
import type { DomainAuditRecord } from "./audit";
import { readRealisasi, readRhkAssessments, readValueNotes, type EvaluationInputErrorCode, type RealisasiInput, type ValueNoteInput } from "./evaluation-input";
import {
  DEFAULT_OBJECTION_WINDOW_DAYS,
  EVALUATION_TRANSITIONS,
  type Evaluation,
  type EvaluationAction,
  type EvaluationState,
  type ObjectionOutcome,
  type RhkAssessment,
} from "./evaluation";
import { readRequiredText } from "./input";
import { predikatKinerja } from "./predikat";
import { isRating, suggestRatingHasilKerja, validateRatingReason, type Rating } from "./rating";
import { error, fail, ok, type DomainError, type Result } from "./result";
import { addDays, toWibDate } from "./time";

export const EVALUATION_WORKFLOW_ERROR_CODES = [
  "evaluation_invalid_transition",
  "evaluation_not_employee",
  "evaluation_self_rating",
  "evaluation_not_rater",
  "evaluation_distribution_violated",
  "evaluation_objection_window_closed",
  "evaluation_objection_already_filed",
  "evaluation_not_decider",
  "evaluation_decider_is_rater",
  "evaluation_objection_no_change",
] as const;
export type EvaluationErrorCode = (typeof EVALUATION_WORKFLOW_ERROR_CODES)[number] | EvaluationInputErrorCode;

interface Base {
  actorId: string;
  now: Date;
}

export type EvaluationCommand =
  | ({ action: "self_assess"; realisasi: RealisasiInput[]; perilakuNotes?: ValueNoteInput[] } & Base)
  | ({
      action: "rate";
      /** The actor is the employee's pejabat penilai (direct supervisor or Plt/Plh) now. */
      actorIsRater: boolean;
      rhkAssessments: RhkAssessment[];
      hasilKerja: Rating;
      hasilKerjaReason?: unknown;
      perilakuKerja: Rating;
      perilakuFeedback?: ValueNoteInput[];
      /** For the head of a unit: headOfUnitRatingFromOrgPredikat(...) replaces the RHK-based suggestion. */
      suggestedHasilKerja?: Rating;
    } & Base)
  | ({
      action: "tetapkan";
      actorIsRater: boolean;
      /** checkDistribution(...).ok for the unit, computed by the caller with this evaluation's predikat. */
      distributionOk: boolean;
      /** An admin's override of a broken distribution; the caller verified `byId` is an Admin Kinerja. */
      override?: { byId: string; reason: unknown };
    } & Base)
  | ({ action: "acknowledge" } & Base)
  | ({ action: "file_objection"; reason: unknown; windowDays?: number } & Base)
  | ({
      action: "decide_objection";
      /** The actor is the atasan pejabat penilai (the rater's supervisor) now. */
      actorIsAtasanPenilai: boolean;
      outcome: ObjectionOutcome;
      reason: unknown;
      /** UPHELD: the changed ratings (an omitted one stays); the predikat follows the matrix. */
      hasilKerja?: Rating;
      perilakuKerja?: Rating;
    } & Base);

export interface EvaluationTransition {
  evaluation: Evaluation;
  audit: DomainAuditRecord<EvaluationAction, EvaluationState>;
}

type Outcome = Result<Evaluation, EvaluationErrorCode>;
const invalid = (errors: DomainError<EvaluationErrorCode>[]): Outcome => ({ ok: false, errors });

export function transitionEvaluation(ev: Evaluation, cmd: EvaluationCommand): Result<EvaluationTransition, EvaluationErrorCode> {
  const { from, to } = EVALUATION_TRANSITIONS[cmd.action];
  if (!from.includes(ev.state)) return fail("evaluation_invalid_transition", undefined, { action: cmd.action, state: ev.state });
  const next = apply(ev, cmd, to);
  if (!next.ok) return next;
  const audit = {
    actorId: cmd.actorId,
    action: cmd.action,
    subjectType: "evaluation" as const,
    subjectId: ev.id,
    ownerId: ev.employeeId,
    fromState: ev.state,
    toState: to,
    at: cmd.now.toISOString(),
  };
  return ok({ evaluation: next.value, audit });
}

function apply(ev: Evaluation, cmd: EvaluationCommand, to: EvaluationState): Outcome {
  const at = cmd.now.toISOString();
  const errors: DomainError<EvaluationErrorCode>[] = [];
  switch (cmd.action) {
    case "self_assess": {
      if (cmd.actorId !== ev.employeeId) return fail("evaluation_not_employee");
      const realisasi = readRealisasi(cmd.realisasi, errors);
      const perilakuNotes = readValueNotes(cmd.perilakuNotes ?? [], "perilakuNotes", errors).map((n) => ({ valueId: n.valueId, note: n.text }));
      if (errors.length > 0) return invalid(errors);
      return ok({ ...ev, state: to, selfAssessment: { realisasi, perilakuNotes, submittedAt: at } });
    }
    case "rate": {
      if (cmd.actorId === ev.employeeId) return fail("evaluation_self_rating");
      if (!cmd.actorIsRater) return fail("evaluation_not_rater");
      const rhkAssessments = readRhkAssessments(cmd.rhkAssessments, errors);
      const perilakuFeedback = readValueNotes(cmd.perilakuFeedback ?? [], "perilakuFeedback", errors);
      if (!isRating(cmd.hasilKerja)) errors.push(error("field_not_allowed", "hasilKerja"));
      if (!isRating(cmd.perilakuKerja)) errors.push(error("field_not_allowed", "perilakuKerja"));
      if (errors.length > 0) return invalid(errors);
      const suggested = cmd.suggestedHasilKerja ?? suggestRatingHasilKerja(rhkAssessments);
      const reason = validateRatingReason(suggested, cmd.hasilKerja, cmd.hasilKerjaReason);
      if (!reason.ok) return reason;
      const rating = {
        rhkAssessments,
        suggestedHasilKerja: suggested,
        hasilKerja: cmd.hasilKerja,
        ...(reason.value !== undefined ? { hasilKerjaReason: reason.value } : {}),
        perilakuKerja: cmd.perilakuKerja,
        perilakuFeedback,
        predikat: predikatKinerja(cmd.hasilKerja, cmd.perilakuKerja),
        ratedById: cmd.actorId,
        ratedAt: at,
      };
      return ok({ ...ev, state: to, rating });
    }
    case "tetapkan": {
      if (cmd.actorId === ev.employeeId) return fail("evaluation_self_rating");
      if (!cmd.actorIsRater) return fail("evaluation_not_rater");
      if (cmd.distributionOk) return ok({ ...ev, state: to, penetapan: { byId: cmd.actorId, at } });
      if (!cmd.override) return fail("evaluation_distribution_violated");
      const reason = readRequiredText(cmd.override.reason, "overrideReason");
      if (reason.error) return invalid([reason.error]);
      const distributionOverride = { byId: cmd.override.byId, reason: reason.value };
      return ok({ ...ev, state: to, penetapan: { byId: cmd.actorId, at, distributionOverride } });
    }
    case "acknowledge": {
      if (cmd.actorId !== ev.employeeId) return fail("evaluation_not_employee");
      return ok({ ...ev, state: to, acknowledgedAt: at });
    }
    case "file_objection": {
      if (cmd.actorId !== ev.employeeId) return fail("evaluation_not_employee");
      if (ev.objection) return fail("evaluation_objection_already_filed");
      const windowDays = cmd.windowDays ?? DEFAULT_OBJECTION_WINDOW_DAYS;
      const lastDay = addDays(toWibDate(new Date(ev.penetapan?.at ?? at)), windowDays);
      if (toWibDate(cmd.now) > lastDay) return fail("evaluation_objection_window_closed", undefined, { lastDay, days: windowDays });
      const reason = readRequiredText(cmd.reason, "reason");
      if (reason.error) return invalid([reason.error]);
      return ok({ ...ev, state: to, objection: { filedAt: at, reason: reason.value } });
    }
    case "decide_objection":
      return decideObjection(ev, cmd, to);
  }
}

function decideObjection(ev: Evaluation, cmd: Extract<EvaluationCommand, { action: "decide_objection" }>, to: EvaluationState): Outcome {
  if (cmd.actorId === ev.employeeId || !cmd.actorIsAtasanPenilai) return fail("evaluation_not_decider");
  if (cmd.actorId === ev.rating?.ratedById) return fail("evaluation_decider_is_rater");
  const { rating, objection } = ev;
  if (!rating || !objection) return fail("evaluation_invalid_transition", undefined, { action: cmd.action, state: ev.state });
  const reason = readRequiredText(cmd.reason, "reason");
  if (reason.error) return invalid([reason.error]);
  const previous = { hasilKerja: rating.hasilKerja, perilakuKerja: rating.perilakuKerja, predikat: rating.predikat };
  const decision = { byId: cmd.actorId, at: cmd.now.toISOString(), outcome: cmd.outcome, reason: reason.value, previous };
  if (cmd.outcome === "REJECTED") return ok({ ...ev, state: to, objection: { ...objection, decision } });
  const hasilKerja = cmd.hasilKerja ?? rating.hasilKerja;
  const perilakuKerja = cmd.perilakuKerja ?? rating.perilakuKerja;
  if (!isRating(hasilKerja) || !isRating(perilakuKerja)) return invalid([error("field_not_allowed", "rating")]);
  if (hasilKerja === rating.hasilKerja && perilakuKerja === rating.perilakuKerja) return fail("evaluation_objection_no_change");
  const changed = { ...rating, hasilKerja, perilakuKerja, predikat: predikatKinerja(hasilKerja, perilakuKerja) };
  return ok({ ...ev, state: to, rating: changed, objection: { ...objection, decision } });
}
