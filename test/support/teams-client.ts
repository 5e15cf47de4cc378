import { randomUUID } from "node:crypto";
import type { Person } from "../../src/domain/org";

export const TENANT_ID = "8f1c2b6a-0d3e-4c55-9a77-1b2c3d4e5f60";
export const BOT = { id: "28:kinerja-asn-bot", name: "Kinerja ASN" };

export interface TeamsUser {
  aadObjectId: string;
  name: string;
}

export const asUser = (p: Pick<Person, "id" | "displayName">): TeamsUser => ({ aadObjectId: p.id, name: p.displayName });

/** A channel of a team where the bot is installed (ids as Teams gives them). */
export interface TeamsChannel {
  teamId: string;
  channelId: string;
}

/** The personal chat id Teams would use between this user and the bot. */
export const personalConversationId = (u: TeamsUser) => `a:personal-${u.aadObjectId}`;

/**
 * Plays Teams: posts Bot Framework activities to the app's /api/messages over HTTP, as Teams does, with the
 * loopback connector as serviceUrl so replies and proactive messages reach the test.
 */
export class TeamsClient {
  constructor(
    private readonly botEndpoint: string,
    private readonly serviceUrl: string,
  ) {}

  /** The fields every activity from this user in their personal chat carries. */
  envelope(user: TeamsUser, type: string): Record<string, unknown> {
    return {
      type,
      id: `f:${randomUUID()}`,
      timestamp: new Date().toISOString(),
      channelId: "msteams",
      serviceUrl: this.serviceUrl,
      from: { id: `29:${user.aadObjectId}`, name: user.name, aadObjectId: user.aadObjectId },
      recipient: BOT,
      conversation: { id: personalConversationId(user), conversationType: "personal", tenantId: TENANT_ID },
      channelData: { tenant: { id: TENANT_ID } },
      locale: "id-ID",
    };
  }

  /** The same fields for an activity in a team's channel (a post, a card action on a channel post). */
  channelEnvelope(user: TeamsUser, channel: TeamsChannel, type: string): Record<string, unknown> {
    const personal = this.envelope(user, type);
    return {
      ...personal,
      conversation: { id: channel.channelId, conversationType: "channel", isGroup: true, tenantId: TENANT_ID },
      channelData: { tenant: { id: TENANT_ID }, team: { id: channel.teamId }, channel: { id: channel.channelId } },
    };
  }

  /** The bot added to a team (Teams sends installationUpdate in the team's General channel, named by the team id). */
  installInTeam(user: TeamsUser, channel: TeamsChannel) {
    return this.post({ ...this.channelEnvelope(user, channel, "installationUpdate"), action: "add" });
  }

  /** A message to the bot in a channel; Teams puts the bot's @mention in the text and in entities. */
  channelMessage(user: TeamsUser, channel: TeamsChannel, text: string) {
    const mention = `<at>${BOT.name}</at>`;
    return this.post({
      ...this.channelEnvelope(user, channel, "message"),
      text: `${mention} ${text}`,
      textFormat: "plain",
      entities: [{ type: "mention", text: mention, mentioned: BOT }],
    });
  }

  /** An Action.Execute on a channel post: `trigger` "automatic" is Teams refreshing a user-specific view. */
  channelExecute(user: TeamsUser, channel: TeamsChannel, verb: string, data: Record<string, unknown>, trigger: "manual" | "automatic" = "manual") {
    return this.post({
      ...this.channelEnvelope(user, channel, "invoke"),
      name: "adaptiveCard/action",
      value: { action: { type: "Action.Execute", verb, data }, trigger },
    });
  }

  install(user: TeamsUser) {
    return this.post({ ...this.envelope(user, "installationUpdate"), action: "add" });
  }

  uninstall(user: TeamsUser) {
    return this.post({ ...this.envelope(user, "installationUpdate"), action: "remove" });
  }

  /** Emulators and the Agents Playground announce a new chat with conversationUpdate instead. */
  conversationStart(user: TeamsUser) {
    return this.post({ ...this.envelope(user, "conversationUpdate"), membersAdded: [BOT, { id: `29:${user.aadObjectId}` }] });
  }

  message(user: TeamsUser, text: string) {
    return this.post({ ...this.envelope(user, "message"), text, textFormat: "plain" });
  }

  /** An Action.Execute click: the card's data merged with the inputs, as Teams sends it. */
  execute(user: TeamsUser, verb: string, data: Record<string, unknown>) {
    return this.post({
      ...this.envelope(user, "invoke"),
      name: "adaptiveCard/action",
      value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
    });
  }

  async post(activity: unknown): Promise<{ status: number; body: any }> {
    const res = await fetch(this.botEndpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: typeof activity === "string" ? activity : JSON.stringify(activity),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body };
  }
}
