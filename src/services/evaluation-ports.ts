import type { OrgPredikat } from "../domain/distribution";
import type { Evaluation, EvaluationState } from "../domain/evaluation";
import type { Predikat } from "../domain/predikat";
import type { SentCard } from "./ports";

/**
 * Storage of evaluations (DOMAIN.md sections 7 and 8). Keys follow the queries: the evaluations of one period and
 * one calibration unit share a partition with the unit's calibration row, so the calibration view and the
 * penetapan of a unit are one partition query and batch transactions (docs/storage.md).
 */
export interface StoredEvaluation extends Evaluation {
  year: number;
  /** The calibration unit: the unit of the pejabat penilai when the evaluation was opened (part of the key). */
  unitId: string;
  /** Idempotency keys (card or tab form ids) already applied: the same submit twice is one submit. */
  appliedForms: string[];
  /** Where the result card was posted, so acknowledging it can replace it on every device. */
  resultCard?: SentCard;
  etag?: string;
}

/** Step 1 of SE MenPANRB 3/2023 for one unit and period, and an admin's override of a broken curve. */
export interface UnitCalibration {
  periodId: string;
  unitId: string;
  orgPredikat?: OrgPredikat;
  orgPredikatById?: string;
  orgPredikatAt?: string;
  override?: { byId: string; reason: string; at: string };
  etag?: string;
}

/** What the calibration view shows of one evaluation, read from columns without the JSON document. */
export interface EvaluationSummary {
  employeeId: string;
  state: EvaluationState;
  predikat?: Predikat;
}

export interface EvaluationRepository {
  get(periodId: string, employeeId: string): Promise<StoredEvaluation | undefined>;
  /** Creates the evaluation; ConflictError when the employee already has one for the period. */
  create(evaluation: StoredEvaluation): Promise<StoredEvaluation>;
  /** Replaces it if unchanged since read (etag required); ConflictError otherwise. */
  replace(evaluation: StoredEvaluation): Promise<StoredEvaluation>;
  /** Replaces several evaluations of one unit and period all at once or none (ConflictError). */
  replaceAll(evaluations: readonly StoredEvaluation[]): Promise<void>;
  /** The unit's evaluations and its calibration row: one partition query. */
  listUnit(periodId: string, unitId: string): Promise<{ evaluations: StoredEvaluation[]; calibration?: UnitCalibration }>;
  /**
   * Every unit's evaluations and calibration rows of one period: one range query over the period's partitions
   * (a page per 1,000 entities), for city-wide work instead of one query per unit.
   */
  listPeriod(periodId: string): Promise<{ evaluations: StoredEvaluation[]; calibrations: UnitCalibration[] }>;
  /** The unit's evaluations as summaries (state, predikat) and its calibration row: one projected partition query. */
  listUnitSummaries(periodId: string, unitId: string): Promise<{ summaries: EvaluationSummary[]; calibration?: UnitCalibration }>;
  /** Creates (no etag) or replaces (etag) the unit's calibration row; ConflictError on a lost race. */
  saveCalibration(calibration: UnitCalibration): Promise<UnitCalibration>;
}
