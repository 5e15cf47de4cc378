/**
 * The members of a team, from the Bot Connector (CONVENTIONS §2: members come from TeamsInfo's paged members),
 * fetched proactively with the channel's stored conversation reference. Used for the user ids of per-member
 * card views (refresh.userIds); a team's membership changes rarely, so lists are kept for a few minutes.
 */
import { TeamsInfo, type CloudAdapter, type ConversationReference } from "botbuilder";
import type { TeamMember, TeamMembers } from "../services/unit-channel-ports";

const PAGE_SIZE = 500;
const TTL_MS = 5 * 60_000;

export class BotTeamMembers implements TeamMembers {
  private readonly cache = new Map<string, { members: TeamMember[]; until: number }>();

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botId: string,
  ) {}

  async list(channel: { teamId: string; reference: unknown }): Promise<TeamMember[]> {
    const hit = this.cache.get(channel.teamId);
    if (hit && hit.until > Date.now()) return hit.members;
    const members: TeamMember[] = [];
    let failure: unknown;
    // The adapter's onTurnError swallows errors thrown in the logic: catch inside and rethrow after.
    await this.adapter.continueConversationAsync(this.botId, channel.reference as Partial<ConversationReference>, async (context) => {
      try {
        let token: string | undefined;
        do {
          const page = await TeamsInfo.getPagedTeamMembers(context, channel.teamId, PAGE_SIZE, token);
          for (const m of page.members) if (m.aadObjectId) members.push({ aadObjectId: m.aadObjectId, userId: m.id });
          token = page.continuationToken || undefined;
        } while (token);
      } catch (error) {
        failure = error;
      }
    });
    if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
    this.cache.set(channel.teamId, { members, until: Date.now() + TTL_MS });
    return members;
  }
}
