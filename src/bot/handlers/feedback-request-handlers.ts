import { randomUUID } from "node:crypto";
import { feedbackAnswerCard, feedbackAnsweredCard, feedbackRequestFormCard, feedbackRequestSentCard } from "../../cards/feedback-request-cards";
import { VERBS } from "../../cards/verbs";
import type { OrgDirectory, Person } from "../../domain/org";
import type { DomainError } from "../../domain/result";
import type { Rhk } from "../../domain/skp";
import { bilingualLine } from "../../i18n";
import type { AdaptiveCard } from "../../cards/render";
import type { FeedbackRequestService } from "../../services/feedback-request-service";
import { cardResponse, employeeInCard, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";

export interface FeedbackCardDeps {
  service: FeedbackRequestService;
  directory: OrgDirectory;
  /** The RHKs of the employee's SKP in force (what a request can be about). */
  rhksOf(employee: Person): Promise<Rhk[]>;
  /**
   * Set by the channel feature (composition/channel-views.ts): gives a card answered to the answer form of a
   * request's post in a unit channel that post's refresh, so the answerer's view stays their own.
   */
  inChannelPost?: (card: AdaptiveCard, post: { employeeId: string; requestId: string; unitId: string }) => Promise<AdaptiveCard>;
}

const ID = /^[A-Za-z0-9_:-]{1,200}$/;
const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 4000) : "");
const firstError = (errors: DomainError[]) => (errors[0] ? bilingualLine(errors[0].code, errors[0].params) : "");

/** Whom a request is likely to go to: the employee's unit, their supervisor and their team; never the two themselves. */
export function colleaguesOf(directory: OrgDirectory, employee: Person, actor: Person): Person[] {
  const manager = directory.getManager(employee.id);
  const near = [...directory.getUnitMembers(employee.unitId), ...(manager ? [manager] : []), ...directory.getDirectReports(employee.id)];
  const seen = new Set([employee.id, actor.id]);
  return near.filter((p) => !seen.has(p.id) && (seen.add(p.id), true));
}

/** The request form for the employee named in the card (oneself, or a direct report). */
export class FeedbackRequestOpenHandler implements CardActionHandler {
  readonly verb = VERBS.feedbackRequestOpen;
  readonly access: CardAccess = { action: "feedback.request", subject: employeeInCard() };
  constructor(private readonly deps: FeedbackCardDeps) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const employee = this.deps.directory.getPerson(String(data.employeeId));
    if (!employee) return errorResponse(404, "NotFound", "error.notFound");
    const rhks = await this.deps.rhksOf(employee);
    return cardResponse(feedbackRequestFormCard({ employee, rhks, colleagues: colleaguesOf(this.deps.directory, employee, actor), formId: randomUUID() }));
  }
}

/** Sends the request: the multi-select gives "id1,id2"; `about` is "RHK:<id>" or "BERAKHLAK:<value>". */
export class FeedbackRequestSubmitHandler implements CardActionHandler {
  readonly verb = VERBS.feedbackRequestSubmit;
  readonly access: CardAccess = { action: "feedback.request", subject: employeeInCard() };
  constructor(private readonly deps: FeedbackCardDeps) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const employee = this.deps.directory.getPerson(String(data.employeeId));
    if (!employee) return errorResponse(404, "NotFound", "error.notFound");
    const [kind, id] = text(data.about).split(/:(.*)/s);
    const about = kind === "RHK" ? { kind, rhkId: id } : kind === "BERAKHLAK" ? { kind, valueId: id } : undefined;
    const colleagueIds = text(data.colleagueIds).split(",").map((s) => s.trim()).filter((s) => ID.test(s));
    const outcome = await this.deps.service.create(actor, employee.id, { about, colleagueIds, message: data.message, postInChannel: data.postInChannel === "true" });
    const rhks = await this.deps.rhksOf(employee);
    if (outcome.kind === "done") {
      const named = outcome.request.colleagueIds.map((c) => this.deps.directory.getPerson(c)).filter((p): p is Person => p !== undefined);
      return cardResponse(feedbackRequestSentCard(outcome.request, named, rhks));
    }
    if (outcome.kind === "invalid") {
      const values = { about: text(data.about), colleagueIds: text(data.colleagueIds), message: text(data.message), postInChannel: text(data.postInChannel) };
      const formId = typeof data.formId === "string" ? data.formId : randomUUID();
      return cardResponse(feedbackRequestFormCard({ employee, rhks, colleagues: colleaguesOf(this.deps.directory, employee, actor), formId, values, error: firstError(outcome.errors) }));
    }
    if (outcome.kind === "notFound") return errorResponse(404, "NotFound", "error.notFound");
    return errorResponse(403, "Forbidden", outcome.errors[0]?.code ?? "error.forbidden");
  }
}

/** A named colleague's answer; anyone else is refused (403) and nothing is stored. */
export class FeedbackAnswerHandler implements CardActionHandler {
  readonly verb = VERBS.feedbackAnswer;
  readonly access: CardAccess = { action: "feedback.answer" };
  constructor(private readonly deps: FeedbackCardDeps) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const employeeId = text(data.employeeId);
    const requestId = text(data.requestId);
    if (!ID.test(employeeId) || !ID.test(requestId)) return errorResponse(400, "BadRequest", "error.badRequest");
    const outcome = await this.deps.service.answer(actor, employeeId, requestId, data.text);
    const unitId = ID.test(text(data.unitId)) ? text(data.unitId) : undefined;
    const post = unitId ? { employeeId, requestId, unitId } : undefined;
    const answerCard = async (card: AdaptiveCard) => cardResponse(post && this.deps.inChannelPost ? await this.deps.inChannelPost(card, post) : card);
    if (outcome.kind === "notFound") return errorResponse(404, "NotFound", "error.notFound");
    if (outcome.kind === "refused") return errorResponse(outcome.status, outcome.status === 403 ? "Forbidden" : "Conflict", outcome.errors[0]?.code ?? "error.forbidden");
    const employee = this.deps.directory.getPerson(employeeId);
    const rhks = employee ? await this.deps.rhksOf(employee) : [];
    if (outcome.kind === "done") {
      return answerCard(feedbackAnsweredCard(outcome.request, rhks));
    }
    const request = await this.deps.service.get(employeeId, requestId);
    const requester = request ? this.deps.directory.getPerson(request.requesterId) : undefined;
    if (!request || !requester || !employee) return errorResponse(404, "NotFound", "error.notFound");
    return answerCard(feedbackAnswerCard({ request, requester, employee, rhks, text: text(data.text), error: firstError(outcome.errors), unitId }));
  }
}
