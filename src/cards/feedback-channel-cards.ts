import type { Person } from "../domain/org";
import type { Rhk } from "../domain/skp";
import type { FeedbackChannelView } from "../services/feedback-channel";
import type { StoredFeedbackRequest } from "../services/feedback-request-service";
import { withRefresh, type ChannelRefresh } from "./channel-refresh";
import { summaryCard } from "./eval-cards";
import { feedbackAnswerCard } from "./feedback-request-cards";
import type { AdaptiveCard } from "./render";
import { line } from "./text";
import { VERBS } from "./verbs";

/**
 * A feedback request in a unit channel: the public post names the requester and how many were asked, nothing
 * about what nor any answer. The named colleagues' view is the request's own answer form.
 */
export const feedbackPostData = (employeeId: string, requestId: string, unitId: string) => ({ employeeId, requestId, unitId });

const seeMine = (refresh: ChannelRefresh) => ({ title: line("channel.feedback.seeMine"), verb: VERBS.channelFeedbackView, data: refresh.data });

export function feedbackChannelPublicCard(d: { request: StoredFeedbackRequest; requester: Person; refresh: ChannelRefresh }): AdaptiveCard {
  const open = d.request.answers.length < d.request.colleagueIds.length;
  const card = summaryCard({
    titleKey: "channel.feedback.title",
    params: { requester: d.requester.displayName, count: d.request.colleagueIds.length },
    facts: [{ title: line("channel.feedback.fact.state"), value: line(open ? "channel.feedback.open" : "channel.feedback.closed") }],
    noticeKey: "channel.feedback.public",
    actions: [seeMine(d.refresh)],
  });
  return withRefresh(card, d.refresh);
}

/** A named colleague's view: the answer form (the existing answer verb), or that they answered. */
export function feedbackChannelColleagueCard(d: { request: StoredFeedbackRequest; requester: Person; employee: Person; rhks: Rhk[]; answered: boolean; refresh: ChannelRefresh }): AdaptiveCard {
  const card = d.answered
    ? summaryCard({ titleKey: "channel.feedback.answered", params: { requester: d.requester.displayName }, facts: [], noticeKey: "feedback.advisory" })
    : feedbackAnswerCard({ request: d.request, requester: d.requester, employee: d.employee, rhks: d.rhks, unitId: d.refresh.data.unitId as string });
  return withRefresh(card, d.refresh);
}

export function feedbackChannelGoneCard(refresh: ChannelRefresh): AdaptiveCard {
  return withRefresh(summaryCard({ titleKey: "channel.gone.title", facts: [], noticeKey: "channel.gone.body" }), refresh);
}

/** The card for a view of the post; its refresh is the post's own, its user ids from the view. */
export function feedbackChannelViewCard(view: FeedbackChannelView, post: { employeeId: string; requestId: string; unitId: string }, rhks: Rhk[] = []): AdaptiveCard {
  const refresh = postRefresh(view, post);
  if (view.kind === "gone") return feedbackChannelGoneCard(refresh);
  if (view.kind === "public") return feedbackChannelPublicCard({ ...view, refresh });
  return feedbackChannelColleagueCard({ ...view, rhks, refresh });
}

/** The post's refresh on another card (the answer handler's answers to the form in the channel). */
export function withFeedbackPostRefresh(card: AdaptiveCard, view: FeedbackChannelView, post: { employeeId: string; requestId: string; unitId: string }): AdaptiveCard {
  return withRefresh(card, postRefresh(view, post));
}

function postRefresh(view: FeedbackChannelView, post: { employeeId: string; requestId: string; unitId: string }): ChannelRefresh {
  return { verb: VERBS.channelFeedbackView, data: feedbackPostData(post.employeeId, post.requestId, post.unitId), userIds: view.kind === "gone" ? undefined : view.userIds };
}
