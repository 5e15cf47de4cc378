import { randomUUID } from "node:crypto";
import { isBerakhlakId } from "../domain/berakhlak";
import { feedbackAnswerAudience, validateFeedbackAnswer, validateFeedbackRequest, type FeedbackRequest, type FeedbackSubject } from "../domain/feedback-request";
import type { OrgDirectory, Person } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import { toWibDate } from "../domain/time";
import type { Authority } from "./authority";
import type { BackgroundTasks } from "./background";
import { ConflictError } from "./planning-ports";
import type { AuditLog, Clock } from "./ports";

/** At most this many colleagues per request (the product's limit; the domain allows more). */
export const MAX_REQUEST_COLLEAGUES = 5;
const MAX_ETAG_RETRIES = 3;

export interface FeedbackAnswer {
  answererId: string;
  text: string;
  at: string;
}

export interface StoredFeedbackRequest extends FeedbackRequest {
  answers: FeedbackAnswer[];
  etag?: string;
}

export interface FeedbackRequestRepository {
  /** ConflictError when the id exists. */
  create(request: StoredFeedbackRequest): Promise<StoredFeedbackRequest>;
  get(employeeId: string, requestId: string): Promise<StoredFeedbackRequest | undefined>;
  /** Replaces it if unchanged since read (etag); ConflictError otherwise. */
  replace(request: StoredFeedbackRequest): Promise<StoredFeedbackRequest>;
  /** The requests naming this colleague, created at or after `since` (ISO): one partition query on an index. */
  listAskedOf(colleagueId: string, since: string): Promise<AskedIndexEntry[]>;
}

/** Where a request naming a colleague is stored (the "waiting for me" list reads these, then each request). */
export interface AskedIndexEntry {
  employeeId: string;
  requestId: string;
  createdAt: string;
}

export interface FeedbackNotifications {
  /** The answer card, to one named colleague. */
  askColleague(request: StoredFeedbackRequest, colleague: Person): Promise<void>;
  /** An answer, to one reader (the requester or the employee's supervisor). */
  deliverAnswer(request: StoredFeedbackRequest, answer: FeedbackAnswer, reader: Person): Promise<void>;
}

/** Also posting a request in the requester's unit channel (src/services/feedback-channel.ts). */
export interface FeedbackChannelPort {
  /** Why the request cannot be posted in the requester's unit channel (none picked), or undefined. */
  refusal(requester: Person): Promise<DomainError | undefined>;
  /** Queues the public post (once per request). */
  post(request: StoredFeedbackRequest, requester: Person): Promise<void>;
}

export type FeedbackOutcome =
  | { kind: "notFound" }
  | { kind: "invalid"; errors: DomainError[] }
  | { kind: "refused"; status: 403 | 409; errors: DomainError[] }
  | { kind: "done"; request: StoredFeedbackRequest; repeated: boolean };

/**
 * Feedback requests (DOMAIN.md section 5): an employee, or their supervisor, names colleagues to give feedback on
 * one RHK or one BerAKHLAK value; only the named colleagues can answer, once each; answers go to the requester
 * and the employee's supervisor. Advisory only: nothing here touches an evaluation.
 */
export class FeedbackRequestService {
  constructor(
    private readonly deps: {
      directory: OrgDirectory;
      authority: Authority;
      requests: FeedbackRequestRepository;
      audit: AuditLog;
      clock: Clock;
      background: BackgroundTasks;
      notifications: FeedbackNotifications;
      /** The RHK ids of the employee's SKP in force: a request names one of them. */
      rhkIdsOf: (employee: Person) => Promise<string[]>;
    },
  ) {}

  private channel?: FeedbackChannelPort;

  /** Set by the channel feature when composed; without it a request asking for a channel post is refused. */
  useChannel(channel: FeedbackChannelPort): void {
    this.channel = channel;
  }

  async create(actor: Person, employeeId: string, body: Record<string, unknown>): Promise<FeedbackOutcome> {
    const { directory, authority, clock } = this.deps;
    const employee = directory.getPerson(employeeId);
    if (!employee) return { kind: "notFound" };
    const about = readSubject(body.about);
    const colleagueIds = Array.isArray(body.colleagueIds) ? body.colleagueIds.filter((id): id is string => typeof id === "string") : [];
    const errors: DomainError[] = [];
    if (!about) errors.push(error("field_required", "about"));
    else if (about.kind === "RHK" && !(await this.deps.rhkIdsOf(employee)).includes(about.rhkId)) errors.push(error("field_not_allowed", "about"));
    const unique = [...new Set(colleagueIds)];
    if (unique.length > MAX_REQUEST_COLLEAGUES) errors.push(error("feedback_request_too_many_colleagues", "colleagueIds", { max: MAX_REQUEST_COLLEAGUES }));
    if (unique.includes(actor.id)) errors.push(error("feedbackRequest.colleagueIsRequester", "colleagueIds"));
    if (unique.some((id) => !directory.getPerson(id))) errors.push(error("feedbackRequest.unknownColleague", "colleagueIds"));
    const inChannel = body.postInChannel === true;
    if (inChannel) {
      const refusal = this.channel ? await this.channel.refusal(actor) : error("feedbackChannel.noUnitChannel", "postInChannel");
      if (refusal) errors.push(refusal);
    }
    if (errors.length > 0 || !about) return { kind: "invalid", errors };
    const requesterIsSupervisor = await authority.actsAsSupervisorOf(actor.id, employeeId, toWibDate(clock.now()));
    const valid = validateFeedbackRequest({ requesterId: actor.id, employeeId, about, colleagueIds: unique, message: body.message }, { requesterIsSupervisor });
    if (!valid.ok) {
      const forbidden = valid.errors.some((e) => e.code === "feedback_request_not_allowed");
      return forbidden ? { kind: "refused", status: 403, errors: valid.errors } : { kind: "invalid", errors: valid.errors };
    }
    const now = clock.now().toISOString();
    const stored = await this.deps.requests.create({ ...valid.value, id: randomUUID(), createdAt: now, answers: [] });
    await this.deps.audit.append({ actorId: actor.id, action: "feedback_request", subjectType: "feedback_request", subjectId: stored.id, ownerId: employeeId, at: now });
    // A durable outbox job, written before the answer: the post cannot be lost once the request exists.
    if (inChannel && this.channel) await this.channel.post(stored, actor);
    for (const id of stored.colleagueIds) {
      const colleague = directory.getPerson(id);
      if (colleague) this.deps.background.run("feedback-ask-colleague", () => this.deps.notifications.askColleague(stored, colleague));
    }
    return { kind: "done", request: stored, repeated: false };
  }

  async get(employeeId: string, requestId: string): Promise<StoredFeedbackRequest | undefined> {
    return this.deps.requests.get(employeeId, requestId);
  }

  async answer(actor: Person, employeeId: string, requestId: string, text: unknown): Promise<FeedbackOutcome> {
    for (let attempt = 0; attempt < MAX_ETAG_RETRIES; attempt++) {
      const request = await this.deps.requests.get(employeeId, requestId);
      if (!request) return { kind: "notFound" };
      const given = new Set(request.answers.map((a) => a.answererId));
      if (given.has(actor.id)) return { kind: "done", request, repeated: true };
      const valid = validateFeedbackAnswer(request, { answererId: actor.id, text }, given);
      if (!valid.ok) {
        const notInvited = valid.errors.some((e) => e.code === "feedback_answer_not_invited");
        return notInvited ? { kind: "refused", status: 403, errors: valid.errors } : { kind: "invalid", errors: valid.errors };
      }
      const answer = { answererId: actor.id, text: valid.value, at: this.deps.clock.now().toISOString() };
      let saved: StoredFeedbackRequest;
      try {
        saved = await this.deps.requests.replace({ ...request, answers: [...request.answers, answer] });
      } catch (err) {
        if (err instanceof ConflictError) continue;
        throw err;
      }
      await this.deps.audit.append({ actorId: actor.id, action: "feedback_answer", subjectType: "feedback_request", subjectId: saved.id, ownerId: employeeId, at: answer.at });
      await this.deliver(saved, answer);
      return { kind: "done", request: saved, repeated: false };
    }
    throw new Error("feedback request changed concurrently too often");
  }

  /** The requester and the employee's supervisor today (the Plt/Plh when one acts), never the answerer. */
  private async deliver(request: StoredFeedbackRequest, answer: FeedbackAnswer): Promise<void> {
    const supervisor = await this.deps.authority.supervisorRecipient(request.employeeId, toWibDate(this.deps.clock.now()));
    for (const id of feedbackAnswerAudience(request, supervisor?.id ?? null)) {
      const reader = this.deps.directory.getPerson(id);
      if (reader && reader.id !== answer.answererId) this.deps.background.run("feedback-deliver", () => this.deps.notifications.deliverAnswer(request, answer, reader));
    }
  }
}

function readSubject(value: unknown): FeedbackSubject | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.kind === "RHK" && typeof v.rhkId === "string" && v.rhkId.length <= 200) return { kind: "RHK", rhkId: v.rhkId };
  if (v.kind === "BERAKHLAK" && isBerakhlakId(v.valueId)) return { kind: "BERAKHLAK", valueId: v.valueId };
  return undefined;
}
