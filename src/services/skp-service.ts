import { randomUUID } from "node:crypto";
import type { Person } from "../domain/org";
import type { DomainError } from "../domain/result";
import { createSkpDraft, effectiveSkp, type SkpContent } from "../domain/skp";
import { editSkpContent, startSkpRevision, transitionSkp } from "../domain/skp-workflow";
import { validateSkpContent } from "../domain/skp-validation";
import { toWibDate } from "../domain/time";
import type { Authority } from "./authority";
import type { BackgroundTasks } from "./background";
import { ConflictError, type SkpRepository, type StoredSkp } from "./planning-ports";
import type { AuditLog, Clock } from "./ports";
import { appendSkpAudit, failureOf } from "./skp-audit";
import { latestOf, type SkpLookup } from "./skp-lookup";
import type { SkpNotifications, SkpOutcome, SkpView } from "./skp-types";

const MAX_ETAG_RETRIES = 3;

export interface SkpServiceDeps {
  lookup: SkpLookup;
  skps: SkpRepository;
  authority: Authority;
  audit: AuditLog;
  notifications: SkpNotifications;
  clock: Clock;
  background: BackgroundTasks;
  newId?: () => string;
}

/**
 * The employee's side of the SKP workflow (DOMAIN.md section 3): read, draft, submit, revise. The rules are the
 * domain's (skp-workflow.ts, skp-validation.ts); this class loads, stores with ETags and tells the approver.
 * The supervisor's side (approve, return) is SkpDecisionService.
 */
export class SkpService {
  private readonly newId: () => string;
  constructor(private readonly deps: SkpServiceDeps) {
    this.newId = deps.newId ?? randomUUID;
  }

  async get(employeeId: string, year: number): Promise<SkpView | undefined> {
    const employee = this.deps.lookup.person(employeeId);
    if (!employee) return undefined;
    const revisions = await this.deps.lookup.revisions(employee, year);
    const latest = latestOf(revisions);
    return { employee, year, revisions, effective: effectiveSkp(revisions), current: latest?.state === "disetujui" ? undefined : latest };
  }

  /**
   * Creates the draft when there is none (form by jabatanType) and replaces its content. A returned SKP is
   * reopened first (returned → draft). `ifMatch` is the ETag the client read; a stale one is a conflict.
   * Content problems do not block a draft: they come back as `problems` and block the submission.
   */
  async saveDraft(
    actor: Person,
    year: number,
    content: SkpContent,
    ifMatch?: string,
  ): Promise<SkpOutcome<{ skp: StoredSkp; created: boolean; problems: DomainError[] }>> {
    const now = this.deps.clock.now();
    for (let attempt = 0; attempt < MAX_ETAG_RETRIES; attempt++) {
      const latest = latestOf(await this.deps.lookup.revisions(actor, year));
      if (!latest) {
        if (ifMatch) return { kind: "conflict" };
        const draft = createSkpDraft({ id: this.newId(), employeeId: actor.id, jabatanType: actor.jabatanType, year, now });
        const stored: StoredSkp = { ...draft, ...content, opdId: this.deps.lookup.opdIdOf(actor) };
        const created = await this.store(() => this.deps.skps.create(stored));
        if (!created) continue;
        await this.deps.audit.append({ actorId: actor.id, action: "skp.create", subjectType: "skp", subjectId: created.id, ownerId: actor.id, toState: "draft", at: now.toISOString() });
        return { kind: "ok", skp: created, created: true, problems: await this.problemsOf(actor, created) };
      }
      if (ifMatch && latest.etag !== ifMatch) return { kind: "conflict" };
      const reopened = this.reopenIfReturned(actor, latest, now);
      if (!reopened.ok) return failureOf(reopened.errors);
      const edited = editSkpContent(reopened.value.skp, { actorId: actor.id, actorIsApprover: false, content });
      if (!edited.ok) return failureOf(edited.errors);
      const saved = await this.store(() => this.deps.skps.replace({ ...edited.value, opdId: latest.opdId, etag: latest.etag, approvalCard: latest.approvalCard }));
      if (!saved) {
        if (ifMatch) return { kind: "conflict" };
        continue;
      }
      if (reopened.value.audit) await appendSkpAudit(this.deps.audit, reopened.value.audit);
      return { kind: "ok", skp: saved, created: false, problems: await this.problemsOf(actor, saved) };
    }
    return { kind: "conflict" };
  }

  /**
   * Submits the latest revision for approval (a returned one is reopened and submitted again). Submitting what is
   * already submitted answers with it unchanged (a double click). The approval card goes out in the background.
   */
  async submit(actor: Person, year: number): Promise<SkpOutcome<{ skp: StoredSkp; first: boolean; recipient?: Person }>> {
    const now = this.deps.clock.now();
    const today = toWibDate(now);
    for (let attempt = 0; attempt < MAX_ETAG_RETRIES; attempt++) {
      const latest = latestOf(await this.deps.lookup.revisions(actor, year));
      if (!latest) return { kind: "notFound" };
      const recipient = await this.deps.authority.supervisorRecipient(actor.id, today);
      if (latest.state === "diajukan") return { kind: "ok", skp: latest, first: false, recipient };
      const reopened = this.reopenIfReturned(actor, latest, now);
      if (!reopened.ok) return failureOf(reopened.errors);
      const validation = await this.deps.lookup.validationContext(actor, latest);
      const submitted = transitionSkp(reopened.value.skp, { action: "submit", actorId: actor.id, now, validation });
      if (!submitted.ok) return failureOf(submitted.errors, latest);
      const saved = await this.store(() => this.deps.skps.replace({ ...submitted.value.skp, opdId: latest.opdId, etag: latest.etag, approvalCard: undefined }));
      if (!saved) continue;
      if (reopened.value.audit) await appendSkpAudit(this.deps.audit, reopened.value.audit);
      await appendSkpAudit(this.deps.audit, submitted.value.audit);
      if (recipient) this.deps.background.run("skp-approval-request", () => this.sendApprovalCard(saved, actor, recipient));
      return { kind: "ok", skp: saved, first: true, recipient };
    }
    return { kind: "conflict" };
  }

  /** Starts revision + 1 of the approved SKP as a draft; the approved one stays in force until the new is approved. */
  async revise(actor: Person, year: number): Promise<SkpOutcome<{ skp: StoredSkp }>> {
    const latest = latestOf(await this.deps.lookup.revisions(actor, year));
    if (!latest) return { kind: "notFound" };
    const now = this.deps.clock.now();
    const started = startSkpRevision(latest, { actorId: actor.id, actorIsApprover: false, newId: this.newId(), now, latestRevision: latest.revision });
    if (!started.ok) return failureOf(started.errors);
    const created = await this.store(() => this.deps.skps.create({ ...started.value.skp, opdId: this.deps.lookup.opdIdOf(actor) }));
    if (!created) return { kind: "refused", errors: [{ code: "skp_not_latest_revision", params: { latest: latest.revision + 1 } }] };
    await appendSkpAudit(this.deps.audit, started.value.audit);
    return { kind: "ok", skp: created };
  }

  /** The SKP status of each direct report for the year: one partition read per report. */
  async team(actor: Person, year: number, reports: readonly Person[]) {
    return Promise.all(
      reports.map(async (employee) => {
        const revisions = await this.deps.lookup.revisions(employee, year);
        const latest = latestOf(revisions);
        return { employee, latest, effective: effectiveSkp(revisions) };
      }),
    );
  }

  private reopenIfReturned(actor: Person, skp: StoredSkp, now: Date) {
    if (skp.state !== "dikembalikan") return { ok: true as const, value: { skp, audit: undefined } };
    return transitionSkp(skp, { action: "reopen", actorId: actor.id, now });
  }

  private async problemsOf(employee: Person, skp: StoredSkp): Promise<DomainError[]> {
    return validateSkpContent(skp, await this.deps.lookup.validationContext(employee, skp));
  }

  /** undefined when the write lost a race (stale ETag, or the revision number was taken meanwhile). */
  private async store(write: () => Promise<StoredSkp>): Promise<StoredSkp | undefined> {
    try {
      return await write();
    } catch (err) {
      if (err instanceof ConflictError) return undefined;
      throw err;
    }
  }

  private async sendApprovalCard(skp: StoredSkp, employee: Person, recipient: Person): Promise<void> {
    const card = await this.deps.notifications.approvalRequest(skp, employee, recipient);
    if (!card) return;
    // Keep where the card went, so the decision can replace it; only if this is still the same submission.
    for (let attempt = 0; attempt < MAX_ETAG_RETRIES; attempt++) {
      const current = (await this.deps.lookup.revisions(employee, skp.year)).find((s) => s.id === skp.id);
      if (!current || current.submittedAt !== skp.submittedAt) return;
      if (await this.store(() => this.deps.skps.replace({ ...current, approvalCard: card }))) return;
    }
  }
}
