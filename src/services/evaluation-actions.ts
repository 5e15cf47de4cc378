import type { Person } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import { isFormId, previewRating, readRatingInput, readRealisasiInput, readValueNotesInput } from "./evaluation-forms";
import type { EvaluationService } from "./evaluation-service";
import type { EvaluationOutcome, EvaluationSubject, RatingPreview } from "./evaluation-types";

export type PreviewOutcome =
  | { kind: "notFound" }
  | { kind: "periodClosed"; subject: EvaluationSubject }
  | { kind: "preview"; subject: EvaluationSubject; preview: RatingPreview; errors: DomainError[] };

const badForm = [error("field_required", "formId")];

/**
 * The employee's and the supervisor's steps (DOMAIN.md section 7): self-assessment, rating (with its preview of
 * the predikat) and Terima. Authority comes from the directory now; the routers already applied the policy, and
 * the domain re-checks the decisive rules (nobody rates themself, only the pejabat penilai rates).
 */
export class EvaluationActions {
  constructor(private readonly core: EvaluationService) {}

  async selfAssess(actor: Person, periodId: string, body: Record<string, unknown>): Promise<EvaluationOutcome> {
    const subject = await this.core.subject(periodId, actor.id);
    if (!subject) return { kind: "notFound" };
    if (!isFormId(body.formId)) return { kind: "invalid", errors: badForm, subject };
    if (!(await this.core.deps.periods.isOpen(periodId))) return { kind: "periodClosed", period: subject.period };
    const outcome = await this.core.apply(
      subject,
      (s) => {
        const errors: DomainError[] = [];
        const realisasi = readRealisasiInput(s.rhks, body.realisasi, errors);
        if (errors.length > 0) return { errors };
        return { action: "self_assess", actorId: actor.id, now: this.core.deps.clock.now(), realisasi, perilakuNotes: readValueNotesInput(body.perilakuNotes) };
      },
      body.formId,
    );
    if (outcome.kind === "done" && !outcome.repeated) await this.askRater(outcome.subject);
    return outcome;
  }

  private async askRater(subject: EvaluationSubject): Promise<void> {
    const rater = await this.core.deps.authority.supervisorRecipient(subject.employee.id, this.core.today());
    if (rater) this.core.deps.background.run("evaluation-ask-rater", () => this.core.deps.notifications.askRater(subject, rater));
  }

  async rate(actor: Person, periodId: string, employeeId: string, body: Record<string, unknown>): Promise<EvaluationOutcome> {
    const subject = await this.core.subject(periodId, employeeId);
    if (!subject) return { kind: "notFound" };
    if (!isFormId(body.formId)) return { kind: "invalid", errors: badForm, subject };
    if (!(await this.core.deps.periods.isOpen(periodId))) return { kind: "periodClosed", period: subject.period };
    const today = this.core.today();
    const actorIsRater = await this.core.deps.authority.actsAsSupervisorOf(actor.id, employeeId, today);
    const manager = this.core.deps.directory.getManager(employeeId);
    const onBehalfOfId = actorIsRater && manager && manager.id !== actor.id ? manager.id : undefined;
    const outcome = await this.core.apply(
      subject,
      (s) => {
        const errors: DomainError[] = [];
        const input = readRatingInput(s.rhks, body, errors);
        if (errors.length > 0) return { errors };
        const suggested = s.headOfUnitRating ? { suggestedHasilKerja: s.headOfUnitRating } : {};
        return { action: "rate", actorId: actor.id, now: this.core.deps.clock.now(), actorIsRater, ...input, ...suggested };
      },
      body.formId,
      onBehalfOfId,
    );
    if (outcome.kind === "done" && !outcome.repeated) {
      for (const observe of this.core.ratingObservers) this.core.deps.background.run("evaluation-rated", () => observe(outcome.subject));
    }
    return outcome;
  }

  /** The suggestion and the predikat the matrix gives for what the form holds now; nothing is written. */
  async preview(periodId: string, employeeId: string, body: Record<string, unknown>): Promise<PreviewOutcome> {
    const subject = await this.core.subject(periodId, employeeId);
    if (!subject) return { kind: "notFound" };
    if (!(await this.core.deps.periods.isOpen(periodId))) return { kind: "periodClosed", subject };
    const errors: DomainError[] = [];
    const input = readRatingInput(subject.rhks, body, errors);
    return { kind: "preview", subject, preview: previewRating(input, subject.headOfUnitRating), errors };
  }

  async acknowledge(actor: Person, periodId: string): Promise<EvaluationOutcome> {
    const subject = await this.core.subject(periodId, actor.id);
    if (!subject) return { kind: "notFound" };
    const ev = subject.evaluation;
    // Terima twice (a double click, a second device) is one acknowledgement.
    if (ev?.state === "diterima") return { kind: "done", evaluation: ev, subject, repeated: true };
    if (!ev) return { kind: "refused", status: 409, errors: [error("evaluation_invalid_transition", undefined, { action: "acknowledge", state: "draft" })], subject };
    const outcome = await this.core.apply(subject, () => ({ action: "acknowledge", actorId: actor.id, now: this.core.deps.clock.now() }));
    if (outcome.kind === "done" && !outcome.repeated) {
      this.core.deps.background.run("evaluation-acknowledged", () => this.core.deps.notifications.markAcknowledged(outcome.subject));
    }
    return outcome;
  }
}
