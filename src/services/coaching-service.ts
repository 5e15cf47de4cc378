import { validateCompetencyScores, validateDialogRating, type B18Statement } from "../domain/coaching";
import { readRequiredText } from "../domain/input";
import type { Person } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import { isIsoDate, toWibDate } from "../domain/time";
import type { BackgroundTasks } from "./background";
import type { CoachingNotifications, CoachingRepository, CoachingSession } from "./coaching-ports";
import { ConflictError } from "./planning-ports";
import type { AuditLog, Clock } from "./ports";

export const MAX_AGREED_ACTIONS = 10;
export const MAX_ACTION_LENGTH = 500;
const FORM_ID = /^[A-Za-z0-9_-]{8,100}$/;

export type CoachingOutcome =
  | { kind: "notFound" }
  | { kind: "invalid"; errors: DomainError[] }
  | { kind: "refused"; status: 409; errors: DomainError[] }
  | { kind: "done"; session: CoachingSession; repeated: boolean };

type Body = Record<string, unknown>;

/**
 * Dialog / bimbingan kinerja (DOMAIN.md section 5): the supervisor records the conversation, the employee rates it
 * once on Format B.1.8, the supervisor scores competencies (Format B.1.9), and the agreed actions come back on the
 * follow-up date. Who may do what is the policy's (coaching.* actions); this checks the data and the state.
 */
export class CoachingService {
  constructor(
    private readonly deps: { sessions: CoachingRepository; audit: AuditLog; clock: Clock; notifications: CoachingNotifications; background: BackgroundTasks },
  ) {}

  get(employeeId: string, sessionId: string): Promise<CoachingSession | undefined> {
    return this.deps.sessions.get(employeeId, sessionId);
  }

  list(employeeId: string): Promise<CoachingSession[]> {
    return this.deps.sessions.listForEmployee(employeeId);
  }

  /** Records a session; its id is the form id, so the same submit twice stores one session. */
  async record(actor: Person, employee: Person, body: Body): Promise<CoachingOutcome> {
    const today = toWibDate(this.deps.clock.now());
    const errors: DomainError[] = [];
    const formId = typeof body.formId === "string" && FORM_ID.test(body.formId) ? body.formId : undefined;
    if (!formId) errors.push(error("field_required", "formId"));
    const date = isIsoDate(body.date) ? body.date : undefined;
    if (!date) errors.push(error("field_invalid_date", "date"));
    else if (date > today) errors.push(error("coaching.dateInFuture", "date"));
    const followUpDate = isIsoDate(body.followUpDate) ? body.followUpDate : undefined;
    if (!followUpDate) errors.push(error("field_invalid_date", "followUpDate"));
    else if (date && followUpDate <= date) errors.push(error("coaching.followUpBeforeDate", "followUpDate"));
    const topics = readRequiredText(body.topics, "topics");
    if (topics.error) errors.push(topics.error);
    const actions: string[] = [];
    const rawActions = Array.isArray(body.agreedActions) ? body.agreedActions : [];
    if (rawActions.length === 0) errors.push(error("field_required", "agreedActions"));
    else if (rawActions.length > MAX_AGREED_ACTIONS) errors.push(error("coaching.tooManyActions", "agreedActions", { max: MAX_AGREED_ACTIONS }));
    else
      rawActions.forEach((a, i) => {
        const r = readRequiredText(a, `agreedActions.${i}`, MAX_ACTION_LENGTH);
        if (r.error) errors.push(r.error);
        else actions.push(r.value);
      });
    if (errors.length > 0 || !formId || !date || !followUpDate || topics.error) return { kind: "invalid", errors };
    const at = this.deps.clock.now().toISOString();
    const session: CoachingSession = { id: formId, employeeId: employee.id, coachId: actor.id, date, topics: topics.value, agreedActions: actions, followUpDate, recordedAt: at };
    try {
      const saved = await this.deps.sessions.create(session);
      await this.audit(actor, saved, "coaching.record", undefined, "recorded", at);
      this.deps.background.run(`coaching-rate-card:${saved.id}`, () => this.deps.notifications.askEmployeeToRate(saved));
      return { kind: "done", session: saved, repeated: false };
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      const existing = await this.deps.sessions.get(employee.id, formId);
      if (!existing) throw err;
      return { kind: "done", session: existing, repeated: true };
    }
  }

  /** The employee's Format B.1.8 answers; once: the same answers again are one submit, different ones are refused. */
  async rate(actor: Person, employeeId: string, sessionId: string, answers: unknown): Promise<CoachingOutcome> {
    const valid = validateDialogRating(typeof answers === "object" && answers !== null ? (answers as Partial<Record<B18Statement, unknown>>) : {});
    if (!valid.ok) return { kind: "invalid", errors: valid.errors };
    return this.change(employeeId, sessionId, (s, at) => {
      if (s.rating) {
        const same = Object.entries(valid.value).every(([k, v]) => s.rating!.answers[k as B18Statement] === v);
        return same ? "repeated" : { errors: [error("coaching.alreadyRated")] };
      }
      return { next: { ...s, rating: { answers: valid.value, at } }, audit: () => this.audit(actor, s, "coaching.rate", "recorded", "rated", at) };
    });
  }

  /** The supervisor's Format B.1.9 scores: each competency 1-5 with a reason; a new set replaces the old one. */
  async scoreCompetencies(actor: Person, employeeId: string, sessionId: string, scores: unknown): Promise<CoachingOutcome> {
    if (!Array.isArray(scores) || scores.length === 0) return { kind: "invalid", errors: [error("field_required", "scores")] };
    const rows = scores.map((s) => (typeof s === "object" && s !== null ? (s as Body) : {}));
    const valid = validateCompetencyScores(rows.map((r) => ({ competency: r.competency, score: r.score, reason: r.reason })));
    if (!valid.ok) return { kind: "invalid", errors: valid.errors };
    return this.change(employeeId, sessionId, (s, at) => ({
      next: { ...s, competencies: { scores: valid.value, byId: actor.id, at } },
      audit: () => this.audit(actor, s, "coaching.scoreCompetencies", undefined, "scored", at),
    }));
  }

  /**
   * The daily tick: sessions whose follow-up date is today (WIB) remind the employee and the coach of the agreed
   * actions, once. Each session is claimed under its ETag before sending, so two ticks never both send.
   */
  async remindFollowUps(): Promise<{ reminded: number }> {
    const today = toWibDate(this.deps.clock.now());
    let reminded = 0;
    for (const s of await this.deps.sessions.listDueOn(today)) {
      if (s.followUpRemindedAt) continue;
      try {
        await this.deps.sessions.replace({ ...s, followUpRemindedAt: this.deps.clock.now().toISOString() });
      } catch (err) {
        if (err instanceof ConflictError) continue;
        throw err;
      }
      for (const recipient of new Set([s.employeeId, s.coachId])) await this.deps.notifications.remindFollowUp(s, recipient);
      reminded++;
    }
    return { reminded };
  }

  private async change(
    employeeId: string,
    sessionId: string,
    apply: (s: CoachingSession, at: string) => "repeated" | { errors: DomainError[] } | { next: CoachingSession; audit: () => Promise<void> },
  ): Promise<CoachingOutcome> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const s = await this.deps.sessions.get(employeeId, sessionId);
      if (!s) return { kind: "notFound" };
      const at = this.deps.clock.now().toISOString();
      const step = apply(s, at);
      if (step === "repeated") return { kind: "done", session: s, repeated: true };
      if ("errors" in step) return { kind: "refused", status: 409, errors: step.errors };
      try {
        const saved = await this.deps.sessions.replace(step.next);
        await step.audit();
        return { kind: "done", session: saved, repeated: false };
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
    }
    throw new Error("coaching session changed concurrently too often");
  }

  private audit(actor: Person, s: CoachingSession, action: string, fromState: string | undefined, toState: string, at: string) {
    return this.deps.audit.append({ actorId: actor.id, action, subjectType: "coaching", subjectId: s.id, ownerId: s.employeeId, ...(fromState ? { fromState } : {}), toState, at });
  }
}
