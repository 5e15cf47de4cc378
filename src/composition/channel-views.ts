import type { FeedbackCardDeps } from "../bot/handlers/feedback-request-handlers";
import { ChannelFeedbackViewHandler, ChannelPeriodViewHandler } from "../bot/handlers/channel-views";
import { feedbackChannelViewCard, withFeedbackPostRefresh } from "../cards/feedback-channel-cards";
import { unitPeriodViewCard } from "../cards/unit-period-cards";
import { FEEDBACK_CHANNEL_POST_KIND, FeedbackChannel } from "../services/feedback-channel";
import type { PeriodService } from "../services/period-service";
import { UNIT_PERIOD_POST_KIND, UnitPeriodPosts } from "../services/unit-period-posts";
import type { AppContext, Feature } from "./context";

/**
 * Posts in a unit's Teams channel with a view per person (issue 4 item 7): the period post, queued by the
 * scheduled `postPeriods`, and feedback requests the requester chose to post there. Their cards are rendered
 * by the outbox at send time (public content only); each person's view comes from the two view verbs.
 */
export function channelViewsFeature(ctx: AppContext, periods: PeriodService, feedbackCards: FeedbackCardDeps) {
  const { directory, repos, clock, authority, policy, teamMembers, cardJobs } = ctx;
  const posts = new UnitPeriodPosts({ directory, authority, policy, periods, evaluations: repos.evaluations, unitChannels: repos.unitChannels, teamMembers, cardJobs, outbox: repos.outbox.store, clock });
  const feedback = new FeedbackChannel({ directory, requests: repos.feedbackRequests, unitChannels: repos.unitChannels, teamMembers, cardJobs });
  feedbackCards.service.useChannel(feedback);
  feedbackCards.inChannelPost = async (card, post) => withFeedbackPostRefresh(card, await feedback.publicView(post.employeeId, post.requestId, post.unitId), post);

  ctx.outboxCards.register(UNIT_PERIOD_POST_KIND, async (_item, payload) => {
    const post = { periodId: String(payload.periodId), unitId: String(payload.unitId) };
    const view = await posts.publicView(post.periodId, post.unitId);
    return view.kind === "gone" ? undefined : unitPeriodViewCard(view, post);
  });
  ctx.outboxCards.register(FEEDBACK_CHANNEL_POST_KIND, async (_item, payload) => {
    const post = { employeeId: String(payload.employeeId), requestId: String(payload.requestId), unitId: String(payload.unitId) };
    const view = await feedback.publicView(post.employeeId, post.requestId, post.unitId);
    return view.kind === "gone" ? undefined : feedbackChannelViewCard(view, post);
  });

  const feature: Feature = {
    routes: [],
    handlers: [new ChannelPeriodViewHandler(posts), new ChannelFeedbackViewHandler(feedback, feedbackCards.rhksOf)],
  };
  return { feature, postPeriods: () => posts.tick() };
}
