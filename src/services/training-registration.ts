import { validateJpCredit } from "../domain/jp";
import type { OrgDirectory, Person } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import { toWibDate } from "../domain/time";
import type { CompetencyNotifications, CompetencyRepository, Registration, Training } from "./competency-ports";
import { ConflictError } from "./planning-ports";
import type { AuditLog, Clock } from "./ports";

const MAX_ETAG_RETRIES = 8;

export type RegistrationOutcome =
  | { kind: "notFound" }
  | { kind: "invalid"; errors: DomainError[] }
  /** 403: not theirs to do; 409: not possible now. Nothing was written. */
  | { kind: "refused"; status: 403 | 409; errors: DomainError[] }
  | { kind: "done"; training: Training; registration?: Registration; repeated: boolean };

const HOLDS_SEAT = new Set(["registered", "attended"]);
const ACTIVE = new Set(["registered", "waitlisted", "attended"]);

/**
 * Registration with capacity and a waiting list, and attendance (DOMAIN.md section 9). Every change commits with
 * the training's ETag in one transaction, so two people racing for the last seat get one seat and one place on
 * the waiting list, and a cancellation promotes exactly the first person waiting.
 */
export class TrainingRegistration {
  constructor(
    private readonly deps: { directory: OrgDirectory; repo: CompetencyRepository; audit: AuditLog; clock: Clock; notifications: CompetencyNotifications },
  ) {}

  private now() {
    return this.deps.clock.now().toISOString();
  }

  private async retry(trainingId: string, step: (t: Training, regs: Registration[]) => Promise<RegistrationOutcome>): Promise<RegistrationOutcome> {
    for (let attempt = 0; attempt < MAX_ETAG_RETRIES; attempt++) {
      const full = await this.deps.repo.trainingWithRegistrations(trainingId);
      if (!full) return { kind: "notFound" };
      try {
        return await step(full.training, full.registrations);
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
    }
    throw new Error(`training ${trainingId} changed concurrently too often`);
  }

  load(trainingId: string) {
    return this.deps.repo.trainingWithRegistrations(trainingId);
  }

  async statusOf(trainingId: string, employeeId: string): Promise<Registration | undefined> {
    return (await this.load(trainingId))?.registrations.find((r) => r.employeeId === employeeId);
  }

  register(actor: Person, trainingId: string): Promise<RegistrationOutcome> {
    return this.retry(trainingId, async (t, regs) => {
      const mine = regs.find((r) => r.employeeId === actor.id);
      if (mine && ACTIVE.has(mine.status)) return { kind: "done", training: t, registration: mine, repeated: true };
      if (t.start <= this.now()) return { kind: "refused", status: 409, errors: [error("training_closed")] };
      const seats = regs.filter((r) => HOLDS_SEAT.has(r.status)).length;
      const at = this.now();
      const registration: Registration = { trainingId, employeeId: actor.id, status: seats < t.capacity ? "registered" : "waitlisted", requestedAt: at, updatedAt: at };
      await this.deps.repo.commitTraining(t, [registration]);
      await this.audit(actor.id, registration, mine?.status);
      return { kind: "done", training: t, registration, repeated: false };
    });
  }

  /** Cancelling frees the seat for the first person waiting; cancelling twice (or without a seat) changes nothing. */
  cancel(actor: Person, trainingId: string): Promise<RegistrationOutcome> {
    return this.retry(trainingId, async (t, regs) => {
      const mine = regs.find((r) => r.employeeId === actor.id);
      if (!mine || mine.status === "cancelled") return { kind: "done", training: t, ...(mine ? { registration: mine } : {}), repeated: true };
      if (mine.status === "attended") return { kind: "refused", status: 409, errors: [error("training_already_attended")] };
      const at = this.now();
      const cancelled: Registration = { ...mine, status: "cancelled", updatedAt: at };
      const next = mine.status === "registered" ? firstWaiting(regs) : undefined;
      const promoted: Registration | undefined = next ? { ...next, status: "registered", updatedAt: at } : undefined;
      await this.deps.repo.commitTraining(t, promoted ? [cancelled, promoted] : [cancelled]);
      await this.audit(actor.id, cancelled, mine.status);
      if (promoted) {
        await this.audit(actor.id, promoted, "waitlisted");
        const person = this.deps.directory.getPerson(promoted.employeeId);
        if (person) await this.deps.notifications.promoted(person, t);
      }
      return { kind: "done", training: t, registration: cancelled, repeated: false };
    });
  }

  async participants(actor: Person, trainingId: string): Promise<{ kind: "notFound" } | { kind: "refused"; status: 403; errors: DomainError[] } | { kind: "list"; training: Training; registrations: Registration[] }> {
    const full = await this.deps.repo.trainingWithRegistrations(trainingId);
    if (!full) return { kind: "notFound" };
    if (full.training.organizerId !== actor.id) return { kind: "refused", status: 403, errors: [error("training_not_organizer")] };
    return { kind: "list", ...full };
  }

  /** The organiser confirms one registered participant's attendance; the JP (default: the training's) are credited. */
  attend(actor: Person, trainingId: string, employeeId: unknown, jpInput: unknown): Promise<RegistrationOutcome> {
    return this.retry(trainingId, async (t, regs) => {
      if (t.organizerId !== actor.id) return { kind: "refused", status: 403, errors: [error("training_not_organizer")] };
      const jp = validateJpCredit(jpInput ?? t.jp, t.jp);
      if (!jp.ok) return { kind: "invalid", errors: jp.errors };
      const reg = regs.find((r) => r.employeeId === employeeId);
      if (!reg || !HOLDS_SEAT.has(reg.status)) return { kind: "refused", status: 409, errors: [error("training_not_registered", "employeeId")] };
      const person = this.deps.directory.getPerson(reg.employeeId);
      if (reg.status === "attended" && reg.jp === jp.value) return { kind: "done", training: t, registration: reg, repeated: true };
      const attended: Registration = { ...reg, status: "attended", jp: jp.value, updatedAt: this.now() };
      await this.deps.repo.commitTraining(t, [attended]);
      // The credit row is written after the registration; confirming again rewrites the same credit (idempotent).
      const date = toWibDate(new Date(t.end));
      const unitId = person?.unitId ?? "";
      const opdId = this.deps.directory.getOpdOf(unitId)?.id ?? unitId;
      await this.deps.repo.saveCredit(
        { id: `training-${t.id}`, employeeId: reg.employeeId, year: Number(date.slice(0, 4)), kind: "training", title: t.title, jp: jp.value, date, status: "credited", decidedById: actor.id, unitId, opdId },
        { upsert: true },
      );
      await this.audit(actor.id, attended, reg.status);
      return { kind: "done", training: t, registration: attended, repeated: false };
    });
  }

  private audit(actorId: string, r: Registration, fromState: string | undefined) {
    const entry = { actorId, action: `training.${r.status}`, subjectType: "training-registration", subjectId: `${r.trainingId}:${r.employeeId}`, ownerId: r.employeeId, toState: r.status, at: this.now() };
    return this.deps.audit.append(fromState ? { ...entry, fromState } : entry);
  }
}

function firstWaiting(regs: readonly Registration[]): Registration | undefined {
  return regs.filter((r) => r.status === "waitlisted").sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.employeeId.localeCompare(b.employeeId))[0];
}
