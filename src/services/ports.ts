import type { ProgressReport, ReportFeedback } from "../domain/progress-report";

/**
 * What the use cases need from the outside world. Adapters (src/storage, src/bot) implement these;
 * the use cases never see Azure Tables or Bot Framework types.
 */

export type { ReportFeedback } from "../domain/progress-report";

/** A progress report as stored: the domain's report plus what storage and delivery need. */
export interface StoredReport extends ProgressReport {
  /** Row key: `${date}_${formId}`, so a partition range gives the reports of a date range in order. */
  id: string;
  /** Idempotency key: the id of the card (or tab form) the report came from. */
  formId: string;
  /** The evaluation period the report counts towards. */
  periodId: string;
  /** Where the supervisor's card was posted, so it can be updated once answered. */
  supervisorCard?: SentCard;
  etag?: string;
}

export interface SentCard {
  conversationKey: string;
  activityId: string;
}

export type NewReport = Omit<StoredReport, "id" | "etag" | "feedback" | "supervisorCard">;

export interface ReportRepository {
  /** Stores the report once per formId; a repeat returns the report stored the first time. */
  createOnce(report: NewReport): Promise<{ created: boolean; report: StoredReport }>;
  get(employeeId: string, reportId: string): Promise<StoredReport | undefined>;
  listForEmployee(employeeId: string, range?: { from?: string; to?: string }): Promise<StoredReport[]>;
  /** Optimistic: fails with "conflict" when the report changed since it was read (etag). */
  setFeedback(report: StoredReport, feedback: ReportFeedback): Promise<"ok" | "conflict">;
  setSupervisorCard(report: StoredReport, card: SentCard): Promise<void>;
}

export type ConversationScope = "personal" | "team";

export interface StoredConversation {
  /** personal: the user's directory id; team: the team id. */
  ownerId: string;
  scope: ConversationScope;
  /** Opaque to the use cases: the bot adapter's conversation reference. */
  reference: unknown;
  updatedAt: string;
}

export interface ConversationRepository {
  save(conversation: StoredConversation): Promise<void>;
  remove(scope: ConversationScope, ownerId: string): Promise<void>;
  get(scope: ConversationScope, ownerId: string): Promise<StoredConversation | undefined>;
}

export interface AuditEntry {
  actorId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  /** Whose record it is (the employee), for "who touched my data" queries. */
  ownerId: string;
  fromState?: string;
  toState?: string;
  /** Set when the actor acted as Plt/Plh: the supervisor they acted for. */
  onBehalfOfId?: string;
  at: string;
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  listForOwner(ownerId: string): Promise<AuditEntry[]>;
}

/** Why a proactive message did not arrive; a delivered one is recorded where it matters (e.g. on the report). */
export type DeliveryStatus = "undeliverable" | "blocked" | "failed";

export interface DeliveryRecord {
  recipientId: string;
  /** Idempotency key of the message (e.g. `report-feedback:<reportId>`). */
  messageKey: string;
  status: DeliveryStatus;
  reason?: string;
  at: string;
}

export interface DeliveryLog {
  record(entry: DeliveryRecord): Promise<void>;
  listForRecipient(recipientId: string): Promise<DeliveryRecord[]>;
}

/** Plt/Plh: `actingId` acts for `supervisorId` from `from` to `to` (WIB dates, inclusive). */
export interface ActingAssignment {
  supervisorId: string;
  actingId: string;
  from: string;
  to: string;
  recordedById: string;
  reason?: string;
}

export interface ActingRepository {
  add(assignment: ActingAssignment): Promise<void>;
  listForSupervisor(supervisorId: string): Promise<ActingAssignment[]>;
}

export interface Clock {
  now(): Date;
}
