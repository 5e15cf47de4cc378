import type { Person } from "../domain/org";
import type { Period } from "../domain/periods";
import type { Predikat } from "../domain/predikat";
import type { DomainError } from "../domain/result";
import type { Rating } from "../domain/rating";
import type { Rhk } from "../domain/skp";
import type { StoredEvaluation } from "./evaluation-ports";
import type { RhkProgress } from "./evaluation-sources";

/** Everything a form or view of one evaluation shows: the period, the person, their RHKs and reported progress. */
export interface EvaluationSubject {
  period: Period;
  employee: Person;
  /** Undefined until someone acts on it (the evaluation is opened on first use). */
  evaluation?: StoredEvaluation;
  rhks: Rhk[];
  progress: RhkProgress[];
  /** For the head of a unit: Rating Hasil Kerja from the unit's Predikat Kinerja Organisasi, once it is set. */
  headOfUnitRating?: Rating;
}

export type EvaluationOutcome =
  | { kind: "notFound" }
  | { kind: "periodClosed"; period: Period }
  | { kind: "invalid"; errors: DomainError[]; subject: EvaluationSubject }
  /** 403 (not theirs to do) or 409 (not possible in this state); nothing was written. */
  | { kind: "refused"; status: 403 | 409; errors: DomainError[]; subject: EvaluationSubject }
  | { kind: "done"; evaluation: StoredEvaluation; subject: EvaluationSubject; repeated: boolean };

/** The matrix result shown before a rating is submitted; computed by the server from the chosen ratings. */
export interface RatingPreview {
  suggestedHasilKerja: Rating;
  reasonRequired: boolean;
  predikat?: Predikat;
}

/** Proactive cards of the evaluation flow; implemented at the edge (the bot). */
export interface EvaluationNotifications {
  /** The self-assessment is in: the rating card goes to the pejabat penilai. */
  askRater(subject: EvaluationSubject, rater: Person): Promise<void>;
  /**
   * After ditetapkan: the result card with Terima to each employee, queued in the durable outbox as one job
   * (`jobKey` makes it once); where each card lands is recorded on the evaluation when it is delivered.
   */
  sendResults(periodId: string, employeeIds: readonly string[], jobKey: string): Promise<void>;
  /** After Terima: the result card without the button, on every device. */
  markAcknowledged(subject: EvaluationSubject): Promise<void>;
}
