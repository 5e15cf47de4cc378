import { feedbackChannelViewCard } from "../../cards/feedback-channel-cards";
import { unitPeriodViewCard } from "../../cards/unit-period-cards";
import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import type { Rhk } from "../../domain/skp";
import type { FeedbackChannel } from "../../services/feedback-channel";
import type { UnitPeriodPosts } from "../../services/unit-period-posts";
import { cardResponse, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";

/**
 * Each person's view of a post in a unit channel: Teams asks for it by itself (refresh, trigger "automatic")
 * for the listed users, and anyone asks with the card's button. The card's data only says which post it is;
 * what the view shows comes from the directory and storage.
 */
const ID = /^[A-Za-z0-9_:-]{1,200}$/;
const idOf = (v: unknown) => (typeof v === "string" && ID.test(v) ? v : undefined);

export class ChannelPeriodViewHandler implements CardActionHandler {
  readonly verb = VERBS.channelPeriodView;
  readonly access: CardAccess = { action: "channel.view" };
  constructor(private readonly posts: UnitPeriodPosts) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const [periodId, unitId] = [idOf(data.periodId), idOf(data.unitId)];
    if (!periodId || !unitId) return errorResponse(400, "BadRequest", "error.badRequest");
    const view = await this.posts.viewFor(actor, periodId, unitId);
    return cardResponse(unitPeriodViewCard(view, { periodId, unitId }, actor.id));
  }
}

export class ChannelFeedbackViewHandler implements CardActionHandler {
  readonly verb = VERBS.channelFeedbackView;
  readonly access: CardAccess = { action: "channel.view" };
  constructor(
    private readonly feedback: FeedbackChannel,
    /** The RHKs of the employee's SKP in force: the answer form names the one asked about. */
    private readonly rhksOf: (employee: Person) => Promise<Rhk[]>,
  ) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const [employeeId, requestId, unitId] = [idOf(data.employeeId), idOf(data.requestId), idOf(data.unitId)];
    if (!employeeId || !requestId || !unitId) return errorResponse(400, "BadRequest", "error.badRequest");
    const view = await this.feedback.viewFor(actor, employeeId, requestId, unitId);
    const rhks = view.kind === "colleague" && !view.answered ? await this.rhksOf(view.employee) : [];
    return cardResponse(feedbackChannelViewCard(view, { employeeId, requestId, unitId }, rhks));
  }
}
