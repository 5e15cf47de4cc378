import type { DevelopmentNeedSource } from "../domain/development-needs";
import type { JabatanType, Person } from "../domain/org";
import type { StatusCounts } from "./outbox/model";

/** Competency development (DOMAIN.md section 9): what is stored, and the ports the use cases need. */

export const NEED_STATUSES = ["suggested", "confirmed", "removed"] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** One kebutuhan pengembangan of one employee in one year, with where they worked when it was recorded. */
export interface StoredNeed {
  id: string;
  employeeId: string;
  year: number;
  source: DevelopmentNeedSource;
  topic: string;
  /** Shown instead of the topic where the topic is an id (an RHK's text). */
  label?: string;
  status: NeedStatus;
  /** The evaluation period that suggested it, or "supervisor" for an added recommendation. */
  origin: string;
  unitId: string;
  opdId: string;
  jabatanType: JabatanType;
  updatedAt: string;
  updatedById: string;
}

export const TRAINING_TYPES = ["klasikal", "e-learning", "coaching", "mentoring", "seminar-workshop", "magang", "benchmarking", "belajar-mandiri", "komunitas-belajar"] as const;
export type TrainingType = (typeof TRAINING_TYPES)[number];

export interface Training {
  id: string;
  title: string;
  type: TrainingType;
  jp: number;
  /** ISO instants; shown and compared in WIB. */
  start: string;
  end: string;
  place?: string;
  onlineUrl?: string;
  capacity: number;
  /** Needs or values it addresses: BerAKHLAK ids or competency names, compared case-insensitively. */
  addresses: string[];
  /** Units (or OPDs) whose members it is for; empty = everyone with a matching need. */
  targetUnitIds: string[];
  organizerId: string;
  createdAt: string;
  announcedAt?: string;
  reminderSentAt?: string;
  etag?: string;
}

export const REGISTRATION_STATUSES = ["registered", "waitlisted", "cancelled", "attended"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export interface Registration {
  trainingId: string;
  employeeId: string;
  status: RegistrationStatus;
  /** When they asked for a seat: the waiting list moves up in this order. */
  requestedAt: string;
  jp?: number;
  updatedAt: string;
  etag?: string;
}

export const CREDIT_STATUSES = ["pending", "verified", "rejected", "credited"] as const;
export type CreditStatus = (typeof CREDIT_STATUSES)[number];

/** JP of one employee from one training (credited on attendance) or one external record (verified). */
export interface JpCredit {
  id: string;
  employeeId: string;
  year: number;
  kind: "training" | "external";
  title: string;
  jp: number;
  /** WIB date the training ended. */
  date: string;
  status: CreditStatus;
  evidenceUrl?: string;
  decidedById?: string;
  unitId: string;
  opdId: string;
  etag?: string;
}

export interface CompetencyRepository {
  needsOf(year: number, employeeId: string): Promise<StoredNeed[]>;
  listNeeds(year: number): Promise<StoredNeed[]>;
  /** Writes the needs of one employee and year all at once (a batch transaction). */
  saveNeeds(needs: readonly StoredNeed[]): Promise<void>;
  createTraining(training: Training): Promise<Training>;
  listTrainings(): Promise<Training[]>;
  /** The training and its registrations: one partition query. */
  trainingWithRegistrations(trainingId: string): Promise<{ training: Training; registrations: Registration[] } | undefined>;
  /**
   * Saves the training (if unchanged since read: its etag) and the given registrations in one transaction;
   * ConflictError when someone else changed the training in between.
   */
  commitTraining(training: Training, registrations: readonly Registration[]): Promise<void>;
  creditsOf(year: number, employeeId: string): Promise<JpCredit[]>;
  listCredits(year: number): Promise<JpCredit[]>;
  getCredit(year: number, employeeId: string, id: string): Promise<JpCredit | undefined>;
  /** Creates (no etag; an existing one is replaced only when `upsert`) or replaces if unchanged (etag). */
  saveCredit(credit: JpCredit, options?: { upsert?: boolean }): Promise<JpCredit>;
  /** True the first time a key is claimed; false ever after (at-most-once reminders and announcements). */
  claimOnce(key: string, at: string): Promise<boolean>;
}

/** How far the sending of one outbox job got: item counts by status (services/outbox/model). */
export type CardJobProgress = StatusCounts & { jobId: string; total: number };

/** What queueing a job of cards came to: `queued` is 0 when the job existed already (nothing is sent twice). */
export interface QueuedCards {
  jobId: string;
  queued: number;
}

/**
 * Proactive cards of competency development (docs/competency.md). Cards to one person go directly (the
 * ProactiveNotifier); cards to many people at once are queued as one durable outbox job (issue 7's sender:
 * rate-limited city-wide, crash-safe), rendered when sent from the stored state; the job id makes the whole
 * send idempotent.
 */
export interface CompetencyNotifications {
  needsToSupervisor(supervisor: Person, employee: Person, year: number, needs: StoredNeed[]): Promise<void>;
  promoted(person: Person, training: Training): Promise<void>;
  attendanceToOrganiser(organiser: Person, training: Training, registrations: Registration[]): Promise<void>;
  externalToSupervisor(supervisor: Person, employee: Person, credit: JpCredit): Promise<void>;
  /** The training's card with Daftar, to each person. */
  announce(jobId: string, training: Training, people: readonly Person[]): Promise<QueuedCards>;
  /** The day-before reminder, to each registered participant. */
  reminders(jobId: string, training: Training, people: readonly Person[]): Promise<QueuedCards>;
  /** The JP-behind reminder of the year, to each person (their total as of sending). */
  jpBehind(jobId: string, year: number, people: readonly Person[]): Promise<QueuedCards>;
  /** To each supervisor, their direct reports behind the target as of sending. */
  jpBehindTeam(jobId: string, year: number, supervisors: readonly Person[]): Promise<QueuedCards>;
  /** The people an earlier job was queued for; undefined when there is no such job. */
  recipientsOf(jobId: string): Promise<string[] | undefined>;
  /** Delivery progress of a job; undefined when there is no such job. */
  progress(jobId: string): Promise<CardJobProgress | undefined>;
}
