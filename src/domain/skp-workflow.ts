/**
 * The SKP approval workflow (DOMAIN.md section 3):
 *   draft --submit--> diajukan --approve--> disetujui
 *                     diajukan --return(reason)--> dikembalikan --reopen--> draft
 * An approved SKP never changes: `startSkpRevision` makes revision + 1 as a new draft, and the approved one stays
 * in force until the revision is approved. Who may act is decided by the caller from the directory at the moment
 * of the action (DOMAIN.md section 1) and passed in as `actorIsApprover`; these rules only refuse self-approval
 * and actions by the wrong party, and return a code for every refusal instead of throwing.
 */
import type { DomainAuditRecord } from "./audit";
import { readRequiredText, type FieldErrorCode } from "./input";
import { fail, ok, type Result } from "./result";
import { cloneSkpContent, type Skp, type SkpContent, type SkpState } from "./skp";
import { validateSkpContent, type SkpContentErrorCode, type SkpValidationContext } from "./skp-validation";

export const SKP_ACTIONS = ["submit", "approve", "return", "reopen"] as const;
export type SkpAction = (typeof SKP_ACTIONS)[number];

/** The only allowed moves: action → [from, to]. Everything else is `skp_invalid_transition`. */
export const SKP_TRANSITIONS: Record<SkpAction, { from: SkpState; to: SkpState }> = {
  submit: { from: "draft", to: "diajukan" },
  approve: { from: "diajukan", to: "disetujui" },
  return: { from: "diajukan", to: "dikembalikan" },
  reopen: { from: "dikembalikan", to: "draft" },
};

export const SKP_WORKFLOW_ERROR_CODES = [
  "skp_invalid_transition",
  "skp_not_owner",
  "skp_not_approver",
  "skp_self_approval",
  "skp_not_editable",
  "skp_not_latest_revision",
] as const;
export type SkpWorkflowErrorCode = (typeof SKP_WORKFLOW_ERROR_CODES)[number];
export type SkpErrorCode = SkpWorkflowErrorCode | SkpContentErrorCode | FieldErrorCode;

interface Actor {
  actorId: string;
  now: Date;
}
/** The caller decided from the directory whether the actor is the direct supervisor or the acting Plt/Plh. */
interface Approver extends Actor {
  actorIsApprover: boolean;
}

export type SkpCommand =
  | ({ action: "submit"; validation: SkpValidationContext } & Actor)
  | ({ action: "approve"; validation: SkpValidationContext } & Approver)
  | ({ action: "return"; reason: unknown } & Approver)
  | ({ action: "reopen" } & Actor);

export interface SkpTransition {
  skp: Skp;
  audit: DomainAuditRecord<SkpAction | "revise", SkpState>;
}

function auditOf(skp: Skp, action: SkpAction | "revise", from: SkpState, cmd: Actor): SkpTransition["audit"] {
  return { actorId: cmd.actorId, action, subjectType: "skp", subjectId: skp.id, ownerId: skp.employeeId, fromState: from, toState: skp.state, at: cmd.now.toISOString() };
}

/** Refuses anyone but the supervisor (or Plt/Plh) as the decider, and always the employee themself. */
function checkApprover(skp: Skp, cmd: Approver): Result<true, SkpWorkflowErrorCode> {
  if (cmd.actorId === skp.employeeId) return fail("skp_self_approval");
  if (!cmd.actorIsApprover) return fail("skp_not_approver");
  return ok(true);
}

export function transitionSkp(skp: Skp, cmd: SkpCommand): Result<SkpTransition, SkpErrorCode> {
  const { from, to } = SKP_TRANSITIONS[cmd.action];
  if (skp.state !== from) return fail("skp_invalid_transition", undefined, { action: cmd.action, state: skp.state });
  const at = cmd.now.toISOString();
  let next: Skp;
  switch (cmd.action) {
    case "submit": {
      if (cmd.actorId !== skp.employeeId) return fail("skp_not_owner");
      const errors = validateSkpContent(skp, cmd.validation);
      if (errors.length > 0) return { ok: false, errors };
      next = { ...skp, state: to, submittedAt: at };
      break;
    }
    case "approve": {
      const allowed = checkApprover(skp, cmd);
      if (!allowed.ok) return allowed;
      const errors = validateSkpContent(skp, cmd.validation);
      if (errors.length > 0) return { ok: false, errors };
      next = { ...skp, state: to, decidedById: cmd.actorId, decidedAt: at };
      delete next.returnReason;
      break;
    }
    case "return": {
      const allowed = checkApprover(skp, cmd);
      if (!allowed.ok) return allowed;
      const reason = readRequiredText(cmd.reason, "reason");
      if (reason.error) return { ok: false, errors: [reason.error] };
      next = { ...skp, state: to, decidedById: cmd.actorId, decidedAt: at, returnReason: reason.value };
      break;
    }
    case "reopen": {
      if (cmd.actorId !== skp.employeeId) return fail("skp_not_owner");
      next = { ...skp, state: to };
      break;
    }
  }
  return ok({ skp: next, audit: auditOf(next, cmd.action, from, cmd) });
}

/**
 * Replaces the content of a draft. The employee writes the plan; the supervisor may also write (the MPH turns
 * their cells into the subordinate's RHKs, and they add ekspektasi khusus pimpinan). Submitted, approved and
 * returned SKPs are not edited: a returned one is reopened first, an approved one is revised.
 */
export function editSkpContent(skp: Skp, cmd: { actorId: string; actorIsApprover: boolean; content: SkpContent }): Result<Skp, SkpWorkflowErrorCode> {
  if (skp.state !== "draft") return fail("skp_not_editable", undefined, { state: skp.state });
  if (cmd.actorId !== skp.employeeId && !cmd.actorIsApprover) return fail("skp_not_owner");
  return ok({ ...skp, ...cloneSkpContent(cmd.content) });
}

/**
 * Starts a change to an approved SKP: a new draft with revision + 1 and the same content (RHK ids kept, so links
 * from subordinates survive). The approved SKP is not touched and stays in force until the revision is approved.
 * `latestRevision` is the highest revision number stored for this SKP, so two open revisions never coexist.
 */
export function startSkpRevision(
  approved: Skp,
  cmd: { actorId: string; actorIsApprover: boolean; newId: string; now: Date; latestRevision: number },
): Result<SkpTransition, SkpWorkflowErrorCode> {
  if (approved.state !== "disetujui") return fail("skp_invalid_transition", undefined, { action: "revise", state: approved.state });
  if (approved.revision !== cmd.latestRevision) return fail("skp_not_latest_revision", undefined, { latest: cmd.latestRevision });
  if (cmd.actorId !== approved.employeeId && !cmd.actorIsApprover) return fail("skp_not_owner");
  const revision: Skp = {
    id: cmd.newId,
    employeeId: approved.employeeId,
    year: approved.year,
    form: approved.form,
    revision: approved.revision + 1,
    previousRevisionId: approved.id,
    state: "draft",
    createdAt: cmd.now.toISOString(),
    ...cloneSkpContent(approved),
  };
  return ok({ skp: revision, audit: auditOf(revision, "revise", "disetujui", cmd) });
}

