/**
 * A unit's channel (issue 4 item 7): the channel of a team where the bot is installed that an admin or the unit
 * head picked for the unit's evaluation posts. Posts there are public to the channel, so they only ever carry
 * what every member may see; each member's own view comes through the card's refresh (Action.Execute).
 */
export interface UnitChannel {
  unitId: string;
  teamId: string;
  channelId: string;
  /** The bot's conversation reference for that channel (opaque to the use cases; the outbox's address). */
  reference: unknown;
  /** Opt-in: a daily check-in card is posted in the channel on working days (absent: off). */
  checkIn?: boolean;
  setById: string;
  setAt: string;
}

export interface UnitChannelRepository {
  /** Replaces the unit's channel (one per unit). */
  set(channel: UnitChannel): Promise<void>;
  get(unitId: string): Promise<UnitChannel | undefined>;
  /** Every unit with a channel (one partition). */
  list(): Promise<UnitChannel[]>;
  remove(unitId: string): Promise<void>;
}

/** A member of the team a channel belongs to, as Teams lists them. */
export interface TeamMember {
  /** Entra object id: the directory person. */
  aadObjectId: string;
  /** The Teams user id (MRI, "29:…"): what a card's refresh.userIds lists. */
  userId: string;
}

/** The members of a unit channel's team (adapter: src/bot/team-members.ts, TeamsInfo paged members). */
export interface TeamMembers {
  list(channel: Pick<UnitChannel, "teamId" | "reference">): Promise<TeamMember[]>;
}
