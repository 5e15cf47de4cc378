/**
 * The record every state transition produces (DOMAIN.md section 7: "Every transition is recorded (who, when,
 * what)"). Its shape matches the AuditEntry port in src/services/ports.ts so the use case stores it as is.
 * It names the action and the states only: evaluation contents, reasons and ratings never go into the audit
 * trail (UU 27/2022: never log evaluation contents).
 */
export interface DomainAuditRecord<A extends string = string, S extends string = string> {
  actorId: string;
  action: A;
  subjectType: "skp" | "evaluation";
  subjectId: string;
  /** The employee whose record it is, for "who touched my data" queries. */
  ownerId: string;
  fromState: S;
  toState: S;
  /** ISO instant (UTC, `Date.toISOString()`). */
  at: string;
}
