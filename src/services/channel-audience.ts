/**
 * Who sees their own view of a post in a unit channel (CONVENTIONS §2: `refresh.userIds`, at most 60 ids).
 * Directory people are matched with the team's roster by Entra object id, the roster giving their Teams user ids.
 */
import { channelRecipient } from "./announcement-model";
import type { OutboxRecipient } from "./outbox/model";
import type { TeamMembers, UnitChannel } from "./unit-channel-ports";

/** Teams refreshes a card automatically for at most this many listed users; beyond it, for nobody. */
export const MAX_REFRESH_USER_IDS = 60;

/** The outbox recipient of a post in the channel: the stored conversation reference is its address. */
export function channelPostRecipient(channel: UnitChannel): OutboxRecipient {
  const conversationId = (channel.reference as { conversation?: { id?: string } } | undefined)?.conversation?.id ?? channel.channelId;
  return { recipientId: channelRecipient(channel.teamId, channel.channelId), conversationId, address: JSON.stringify(channel.reference) };
}

/**
 * The Teams user ids of the people who are in the channel's team, or undefined when there are more than Teams
 * refreshes for (then no one gets an automatic view and members press the card's button). A roster that cannot
 * be read gives undefined too: the button still works for everyone.
 */
export async function refreshUserIds(teamMembers: TeamMembers, channel: UnitChannel, personIds: Iterable<string>): Promise<string[] | undefined> {
  let roster;
  try {
    roster = await teamMembers.list(channel);
  } catch {
    return undefined;
  }
  const wanted = new Set(personIds);
  const ids = [...new Set(roster.filter((m) => wanted.has(m.aadObjectId)).map((m) => m.userId))];
  return ids.length <= MAX_REFRESH_USER_IDS ? ids : undefined;
}
