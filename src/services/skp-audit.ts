import type { DomainAuditRecord } from "../domain/audit";
import { SKP_WORKFLOW_ERROR_CODES } from "../domain/skp-workflow";
import type { DomainError } from "../domain/result";
import type { StoredSkp } from "./planning-ports";
import type { AuditLog } from "./ports";
import type { SkpFailure } from "./skp-types";

/** Audit action names of SKP transitions, e.g. `skp.approve`; the states are the domain's. */
export const SKP_AUDIT_PREFIX = "skp.";

/** Writes a transition; `onBehalfOfId` names the supervisor when the actor acted as Plt/Plh. */
export function appendSkpAudit(audit: AuditLog, record: DomainAuditRecord, onBehalfOfId?: string): Promise<void> {
  return audit.append({
    ...record,
    action: `${SKP_AUDIT_PREFIX}${record.action}`,
    ...(onBehalfOfId ? { onBehalfOfId } : {}),
  });
}

const WORKFLOW_CODES: ReadonlySet<string> = new Set(SKP_WORKFLOW_ERROR_CODES);

/** Workflow refusals (who, which state) are told apart from content problems (what to fix, field by field). */
export function failureOf(errors: DomainError[], skp?: StoredSkp): SkpFailure {
  return errors.some((e) => WORKFLOW_CODES.has(e.code)) ? { kind: "refused", errors } : { kind: "invalid", errors, skp };
}
