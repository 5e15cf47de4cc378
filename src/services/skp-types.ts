import type { Person } from "../domain/org";
import type { DomainError } from "../domain/result";
import type { StoredSkp } from "./planning-ports";
import type { SentCard } from "./ports";

/** Proactive messages of the SKP workflow; implemented at the edge (src/bot/skp-notifications.ts). */
export interface SkpNotifications {
  /** Sends the approval card to the recipient (the supervisor or the acting Plt/Plh); where it was posted. */
  approvalRequest(skp: StoredSkp, employee: Person, recipient: Person): Promise<SentCard | undefined>;
  /** Tells the employee that their SKP was approved, or returned with the reason. */
  outcomeToEmployee(skp: StoredSkp, employee: Person, decider: Person): Promise<void>;
  /** Replaces the posted approval card with the decided version (no buttons), for every view of it. */
  markApprovalCardDecided(skp: StoredSkp, employee: Person, decider: Person): Promise<void>;
}

/** Everything stored for one employee and year. */
export interface SkpView {
  employee: Person;
  year: number;
  /** Oldest first; approved revisions stay as history. */
  revisions: StoredSkp[];
  /** The approved revision in force. */
  effective?: StoredSkp;
  /** The revision being worked on (draft, submitted or returned); undefined when the latest is approved. */
  current?: StoredSkp;
}

/**
 * Why an SKP use case did not happen. `refused`: a workflow rule (not yours, wrong state, self-approval);
 * `invalid`: the content or the reason has problems, each with its field; `conflict`: someone changed it meanwhile.
 */
export type SkpFailure =
  | { kind: "notFound" }
  | { kind: "refused"; errors: DomainError[] }
  | { kind: "invalid"; errors: DomainError[]; skp?: StoredSkp; employee?: Person }
  | { kind: "conflict" };

export type SkpOutcome<T> = SkpFailure | ({ kind: "ok" } & T);

export type DecisionOutcome =
  | SkpFailure
  /** `first` is false when the SKP had been decided already: nothing changed and nobody was told again. */
  | { kind: "decided"; skp: StoredSkp; employee: Person; decider: Person; first: boolean };

export type Decision = { action: "approve" } | { action: "return"; reason: unknown };

/** The card a decision came from: which revision and which submission it showed (stale cards change nothing). */
export interface DecisionCardRef {
  skpId?: string;
  submittedAt?: string;
}
