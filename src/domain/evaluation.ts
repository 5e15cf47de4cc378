/**
 * Penilaian kinerja (evaluation), DOMAIN.md section 7: the model and its states. The transitions are in
 * evaluation-workflow.ts.
 *
 *   draft --self_assess--> self_assessed --rate--> rated --tetapkan--> ditetapkan --acknowledge--> diterima
 *   draft --rate--> rated        (the self-assessment is optional: the employee "may add" one)
 *   rated --rate--> rated        (the supervisor corrects the ratings before they are set, e.g. for the curve)
 *   ditetapkan --file_objection--> keberatan --decide_objection--> ditetapkan --acknowledge--> diterima
 */
import type { BerakhlakId } from "./berakhlak";
import type { Predikat } from "./predikat";
import type { Rating } from "./rating";
import type { RhkGroup } from "./skp";

export const EVALUATION_KINDS = ["PERIODIK", "TAHUNAN"] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

/** keberatan = an objection awaits the decision of the atasan pejabat penilai. */
export const EVALUATION_STATES = ["draft", "self_assessed", "rated", "ditetapkan", "keberatan", "diterima"] as const;
export type EvaluationState = (typeof EVALUATION_STATES)[number];

export const EVALUATION_ACTIONS = ["self_assess", "rate", "tetapkan", "acknowledge", "file_objection", "decide_objection"] as const;
export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];

/** The only allowed moves; anything else is `evaluation_invalid_transition`. */
export const EVALUATION_TRANSITIONS: Readonly<Record<EvaluationAction, { from: readonly EvaluationState[]; to: EvaluationState }>> = {
  // Re-submitting a self-assessment before the supervisor rates replaces it.
  self_assess: { from: ["draft", "self_assessed"], to: "self_assessed" },
  rate: { from: ["draft", "self_assessed", "rated"], to: "rated" },
  tetapkan: { from: ["rated"], to: "ditetapkan" },
  // Acknowledging (menerima) accepts the result: no objection afterwards.
  acknowledge: { from: ["ditetapkan"], to: "diterima" },
  file_objection: { from: ["ditetapkan"], to: "keberatan" },
  decide_objection: { from: ["keberatan"], to: "ditetapkan" },
};

/** Default of the configurable keberatan window: 14 calendar days after ditetapkan, counted in WIB days. */
export const DEFAULT_OBJECTION_WINDOW_DAYS = 14;

export interface SelfAssessment {
  /** Realisasi per RHK with bukti dukung links. */
  realisasi: { rhkId: string; text: string; evidenceUrls: string[] }[];
  /** Notes per BerAKHLAK value. */
  perilakuNotes: { valueId: BerakhlakId; note: string }[];
  submittedAt: string;
}

/** The supervisor's realisasi judgement and umpan balik for one RHK. */
export interface RhkAssessment {
  rhkId: string;
  group: RhkGroup;
  judgement: Rating;
  feedback?: string;
}

export interface SupervisorRating {
  rhkAssessments: RhkAssessment[];
  /** What the app suggested (suggestRatingHasilKerja, or the unit's result for its head). */
  suggestedHasilKerja: Rating;
  hasilKerja: Rating;
  /** Required when hasilKerja differs from the suggestion. */
  hasilKerjaReason?: string;
  perilakuKerja: Rating;
  perilakuFeedback: { valueId: BerakhlakId; text: string }[];
  predikat: Predikat;
  ratedById: string;
  ratedAt: string;
}

export interface Penetapan {
  byId: string;
  at: string;
  /** Recorded when the unit's distribution broke a rule and an admin allowed it anyway. */
  distributionOverride?: { byId: string; reason: string };
}

export const OBJECTION_OUTCOMES = ["UPHELD", "REJECTED"] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

export interface Objection {
  filedAt: string;
  reason: string;
  decision?: {
    byId: string;
    at: string;
    outcome: ObjectionOutcome;
    reason: string;
    /** The ratings before an upheld objection changed them. */
    previous: { hasilKerja: Rating; perilakuKerja: Rating; predikat: Predikat };
  };
}

export interface Evaluation {
  id: string;
  employeeId: string;
  periodId: string;
  kind: EvaluationKind;
  state: EvaluationState;
  selfAssessment?: SelfAssessment;
  rating?: SupervisorRating;
  penetapan?: Penetapan;
  objection?: Objection;
  acknowledgedAt?: string;
}

export function createEvaluation(args: { id: string; employeeId: string; periodId: string; kind: EvaluationKind }): Evaluation {
  return { ...args, state: "draft" };
}
