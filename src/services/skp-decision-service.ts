import type { OrgDirectory, Person } from "../domain/org";
import { transitionSkp } from "../domain/skp-workflow";
import { toWibDate } from "../domain/time";
import type { Authority } from "./authority";
import { ConflictError, type SkpRepository, type StoredSkp } from "./planning-ports";
import type { AuditLog, Clock } from "./ports";
import { appendSkpAudit, failureOf } from "./skp-audit";
import { latestOf, type SkpLookup } from "./skp-lookup";
import type { Decision, DecisionCardRef, DecisionOutcome, SkpNotifications } from "./skp-types";

const MAX_ETAG_RETRIES = 3;

export interface ApprovalCardView {
  skp: StoredSkp;
  employee: Person;
  decider?: Person;
  decidable: boolean;
  actingFor?: Person;
}

export interface SkpDecisionDeps {
  directory: OrgDirectory;
  lookup: SkpLookup;
  skps: SkpRepository;
  authority: Authority;
  audit: AuditLog;
  notifications: SkpNotifications;
  clock: Clock;
}

/**
 * The supervisor's side of the SKP workflow: approve, or return with a reason. The routers already applied the
 * access policy; the decisive rules are checked again here from the directory at this moment: never oneself,
 * only the direct supervisor or the Plt/Plh recorded for today. A decided SKP is never decided again: the same
 * click twice (or a second device) answers with the decision that stands, and nobody is told twice.
 */
export class SkpDecisionService {
  constructor(private readonly deps: SkpDecisionDeps) {}

  async decide(actor: Person, employeeId: string, year: number, decision: Decision, card: DecisionCardRef = {}): Promise<DecisionOutcome> {
    const employee = this.deps.lookup.person(employeeId);
    if (!employee) return { kind: "notFound" };
    if (actor.id === employee.id) return { kind: "refused", errors: [{ code: "skp_self_approval" }] };
    const now = this.deps.clock.now();
    if (!(await this.deps.authority.actsAsSupervisorOf(actor.id, employee.id, toWibDate(now)))) {
      return { kind: "refused", errors: [{ code: "skp_not_approver" }] };
    }
    for (let attempt = 0; attempt < MAX_ETAG_RETRIES; attempt++) {
      const revisions = await this.deps.lookup.revisions(employee, year);
      const skp = card.skpId ? revisions.find((s) => s.id === card.skpId) : latestOf(revisions);
      if (!skp) return { kind: "notFound" };
      const staleCard = card.submittedAt !== undefined && card.submittedAt !== skp.submittedAt;
      if (skp.state !== "diajukan" || staleCard) return this.standingDecision(skp, employee);
      const next =
        decision.action === "approve"
          ? transitionSkp(skp, { action: "approve", actorId: actor.id, actorIsApprover: true, now, validation: await this.deps.lookup.validationContext(employee, skp) })
          : transitionSkp(skp, { action: "return", actorId: actor.id, actorIsApprover: true, now, reason: decision.reason });
      if (!next.ok) {
        const failure = failureOf(next.errors, skp);
        return failure.kind === "invalid" ? { ...failure, employee } : failure;
      }
      let saved: StoredSkp;
      try {
        // Not spread over `skp`: approving drops the old return reason, which a spread would bring back.
        saved = await this.deps.skps.replace({ ...next.value.skp, opdId: skp.opdId, etag: skp.etag, approvalCard: skp.approvalCard });
      } catch (err) {
        if (err instanceof ConflictError) continue;
        throw err;
      }
      await appendSkpAudit(this.deps.audit, next.value.audit, this.actingFor(actor, employee));
      await this.deps.notifications.outcomeToEmployee(saved, employee, actor);
      await this.deps.notifications.markApprovalCardDecided(saved, employee, actor);
      return { kind: "decided", skp: saved, employee, decider: actor, first: true };
    }
    return { kind: "conflict" };
  }

  /**
   * What an approval card should show this actor now (the card's automatic refresh): the decision if taken; the
   * buttons only to whoever may decide today (the supervisor or the Plt/Plh); otherwise the card without them.
   */
  async cardView(actor: Person, employeeId: string, year: number, card: DecisionCardRef): Promise<ApprovalCardView | undefined> {
    const employee = this.deps.lookup.person(employeeId);
    if (!employee) return undefined;
    const skp = (await this.deps.lookup.revisions(employee, year)).find((s) => s.id === card.skpId);
    if (!skp) return undefined;
    const standing = skp.state !== "diajukan" || card.submittedAt !== skp.submittedAt ? this.standingDecision(skp, employee) : undefined;
    if (standing?.kind === "decided") return { skp, employee, decider: standing.decider, decidable: false };
    const decidable =
      !standing && actor.id !== employee.id && (await this.deps.authority.actsAsSupervisorOf(actor.id, employee.id, toWibDate(this.deps.clock.now())));
    return { skp, employee, decidable, actingFor: decidable ? this.actingForPerson(actor, employee) : undefined };
  }

  private actingForPerson(actor: Person, employee: Person): Person | undefined {
    const id = this.actingFor(actor, employee);
    return id ? this.deps.directory.getPerson(id) : undefined;
  }

  /** The decision already taken on this revision (or on the submission the card showed), unchanged. */
  private standingDecision(skp: StoredSkp, employee: Person): DecisionOutcome {
    const decider = skp.decidedById ? this.deps.directory.getPerson(skp.decidedById) : undefined;
    const decided = skp.state === "disetujui" || (skp.returnReason !== undefined && skp.decidedAt !== undefined);
    if (decided && decider) return { kind: "decided", skp, employee, decider, first: false };
    return { kind: "refused", errors: [{ code: "skp_invalid_transition", params: { action: "approve", state: skp.state } }] };
  }

  /** The supervisor the actor stood in for, when they decided as Plt/Plh (recorded in the audit). */
  private actingFor(actor: Person, employee: Person): string | undefined {
    const manager = this.deps.directory.getManager(employee.id);
    return manager && manager.id !== actor.id ? manager.id : undefined;
  }
}
