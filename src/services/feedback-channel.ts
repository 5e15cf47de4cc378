/**
 * A feedback request also posted in the requester's unit channel (issue 4 item 7). The post is public: it says
 * who asked how many colleagues and that the request is open, never what about nor any answer. The named
 * colleagues' view is the answer form (the request's own answer verb and rules: only they answer, once each);
 * everyone else sees the public post. Answers still go only to the requester and the supervisor, in personal chat.
 */
import type { OrgDirectory, Person } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import { channelPostRecipient, refreshUserIds } from "./channel-audience";
import type { FeedbackChannelPort, StoredFeedbackRequest } from "./feedback-request-service";
import type { CardJobs } from "./outbox/card-jobs";
import type { TeamMembers, UnitChannelRepository } from "./unit-channel-ports";

export const FEEDBACK_CHANNEL_POST_KIND = "feedback-channel";
export const feedbackChannelJobId = (requestId: string) => `feedback-channel-${requestId}`;

export type FeedbackChannelView =
  | { kind: "gone" }
  | { kind: "public"; request: StoredFeedbackRequest; requester: Person; userIds?: string[] }
  /** A named colleague: `answered` once they gave their answer (the form is not offered again). */
  | { kind: "colleague"; request: StoredFeedbackRequest; requester: Person; employee: Person; answered: boolean; userIds?: string[] };

export interface FeedbackChannelDeps {
  directory: OrgDirectory;
  requests: { get(employeeId: string, requestId: string): Promise<StoredFeedbackRequest | undefined> };
  unitChannels: UnitChannelRepository;
  teamMembers: TeamMembers;
  cardJobs: CardJobs;
}

export class FeedbackChannel implements FeedbackChannelPort {
  constructor(private readonly deps: FeedbackChannelDeps) {}

  async refusal(requester: Person): Promise<DomainError | undefined> {
    return (await this.deps.unitChannels.get(requester.unitId)) ? undefined : error("feedbackChannel.noUnitChannel", "postInChannel");
  }

  async post(request: StoredFeedbackRequest, requester: Person): Promise<void> {
    const channel = await this.deps.unitChannels.get(requester.unitId);
    if (!channel) return;
    const payload = { kind: FEEDBACK_CHANNEL_POST_KIND, employeeId: request.employeeId, requestId: request.id, unitId: channel.unitId };
    await this.deps.cardJobs.queue(feedbackChannelJobId(request.id), payload, [channelPostRecipient(channel)]);
  }

  /** The public post and its refresh audience (the named colleagues), or gone when the request is. */
  async publicView(employeeId: string, requestId: string, unitId: string): Promise<FeedbackChannelView> {
    const request = await this.deps.requests.get(employeeId, requestId);
    const requester = request ? this.deps.directory.getPerson(request.requesterId) : undefined;
    if (!request || !requester) return { kind: "gone" };
    const channel = await this.deps.unitChannels.get(unitId);
    const userIds = channel ? await refreshUserIds(this.deps.teamMembers, channel, request.colleagueIds) : undefined;
    return { kind: "public", request, requester, userIds };
  }

  /** The actor's view: the stored request's list of colleagues decides, never the card. */
  async viewFor(actor: Person, employeeId: string, requestId: string, unitId: string): Promise<FeedbackChannelView> {
    const base = await this.publicView(employeeId, requestId, unitId);
    if (base.kind !== "public" || !base.request.colleagueIds.includes(actor.id)) return base;
    const employee = this.deps.directory.getPerson(base.request.employeeId);
    if (!employee) return base;
    const answered = base.request.answers.some((a) => a.answererId === actor.id);
    return { ...base, kind: "colleague", employee, answered };
  }
}
