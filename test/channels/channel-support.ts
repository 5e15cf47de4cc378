import { createFileDirectory } from "../../src/directory";
import type { OrgDirectory, Person } from "../../src/domain/org";
import { startApp, uniquePrefix, type AppHarness } from "../support/app-harness";
import { cardOf, type ConnectorCall } from "../support/connector";
import { asUser, type TeamsChannel } from "../support/teams-client";
import { EVAL_ORG, NOW } from "../evaluation/eval-support";

/** The unit's team and the channel its head picked (ids as Teams gives them). */
export const CHANNEL: TeamsChannel = { teamId: "19:tim-pelayanan@thread.tacv2", channelId: "19:kinerja-pelayanan@thread.tacv2" };

/** The evaluation org's app on a table prefix of its own (a second server can share it). */
export async function startChannelApp(options: { prefix?: string; directory?: OrgDirectory } = {}): Promise<AppHarness & { prefix: string }> {
  const prefix = options.prefix ?? uniquePrefix("chan");
  const app = await startApp({ clock: { now: () => NOW }, directory: options.directory ?? (await createFileDirectory(EVAL_ORG)), env: { TABLE_PREFIX: prefix } });
  return Object.assign(app, { prefix });
}

/** The Teams user id (MRI) the roster gives a directory person. */
export const teamsId = (p: Pick<Person, "id">) => `29:${p.id}`;

/**
 * The bot installed in the unit's team, the channel set as the unit's (as the `kanal` command would) and the
 * team's roster: the given people plus one guest who is not in the directory.
 */
export async function unitChannelWithRoster(app: AppHarness, unitId: string, installer: Person, roster: Person[]): Promise<void> {
  expect((await app.teams.installInTeam(asUser(installer), CHANNEL)).status).toBeLessThan(300);
  const stored = await app.repositories.conversations.get("team", CHANNEL.teamId);
  if (!stored) throw new Error("the team's conversation reference was not stored");
  // Installed from the channel itself, so the stored reference addresses it.
  await app.repositories.unitChannels.set({ unitId, teamId: CHANNEL.teamId, channelId: CHANNEL.channelId, reference: stored.reference, setById: installer.id, setAt: NOW.toISOString() });
  const guest = { id: "29:guest-vendor", aadObjectId: "0c0ffee0-0000-4000-8000-00000000beef", name: "Tamu Vendor" };
  app.connector.teamMembers.set(CHANNEL.teamId, [...roster.map((p) => ({ id: teamsId(p), aadObjectId: p.id, name: p.displayName })), guest]);
}

/** The posts (new messages) the bot made in the channel. */
export const channelPosts = (app: AppHarness): ConnectorCall[] => app.connector.to(CHANNEL.channelId).filter((c) => c.method === "POST");

export async function firstChannelCard(app: AppHarness): Promise<Record<string, any>> {
  const call = await app.connector.waitFor((c) => c.conversationId === CHANNEL.channelId && c.method === "POST", 10_000);
  return cardOf(call.activity)!;
}

/** A person's view as Teams asks for it: the card's refresh action, run as that user in the channel. */
export async function viewAs(app: AppHarness, p: Person, card: Record<string, any>, trigger: "manual" | "automatic" = "automatic") {
  const action = card.refresh.action as { verb: string; data: Record<string, unknown> };
  const res = await app.teams.channelExecute(asUser(p), CHANNEL, action.verb, action.data, trigger);
  return res.body;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
