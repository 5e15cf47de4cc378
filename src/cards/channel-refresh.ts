import type { AdaptiveCard } from "./render";
import { line } from "./text";

/**
 * The refresh block of a post in a unit channel (CONVENTIONS §2): Teams asks, for each listed user, for their
 * own view through the same Action.Execute. Without user ids (more than 60 people, or no roster) nobody gets
 * an automatic view and the card's button asks for it. Every view answered keeps the same block.
 */
export interface ChannelRefresh {
  verb: string;
  data: Record<string, unknown>;
  userIds?: string[];
}

export function withRefresh(card: AdaptiveCard, r: ChannelRefresh): AdaptiveCard {
  const action = { type: "Action.Execute", title: line("channel.refresh"), verb: r.verb, data: r.data };
  return { ...card, refresh: r.userIds ? { action, userIds: r.userIds } : { action } };
}
