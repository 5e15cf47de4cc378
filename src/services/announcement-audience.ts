/** Who an announcement goes to: one outbox recipient per conversation, resolved when the send starts. */
import { opdIdsOf, peopleByOpd, type OrgDirectory, type Person } from "../domain/org";
import { channelRecipient, personalRecipient, type Audience } from "./announcement-model";
import type { AnnouncementStore } from "./announcement-ports";
import type { OutboxRecipient } from "./outbox/model";

/** The OPDs of the directory (top-level units). */
export const opdIds = opdIdsOf;

/** People an audience of persons names (none for channels). */
export function audiencePeople(directory: OrgDirectory, audience: Audience): Person[] {
  if (audience.kind === "everyone") return directory.listPeople();
  if (audience.kind === "channels") return [];
  const byOpd = peopleByOpd(directory);
  return audience.opdIds.flatMap((opdId) => byOpd.get(opdId) ?? []);
}

const conversationIdOf = (reference: unknown): string | undefined => (reference as { conversation?: { id?: string } } | undefined)?.conversation?.id;

/**
 * Recipients with the stored conversation reference as address. A person without one (the app is not
 * installed) is still a recipient, with no address: the send port fails it as not_installed, so every targeted
 * person has a recorded status.
 */
export async function resolveRecipients(directory: OrgDirectory, store: AnnouncementStore, audience: Audience): Promise<OutboxRecipient[]> {
  if (audience.kind === "channels") {
    const installed = await store.teamConversations();
    // Only named channels: no install channel unless teams are named too; nothing named: every install channel.
    const wanted = audience.teamIds ? new Set(audience.teamIds) : audience.channels?.length ? new Set<string>() : undefined;
    const recorded = installed.filter((t) => !wanted || wanted.has(t.teamId)).flatMap((t) => {
      const conversationId = conversationIdOf(t.reference);
      return conversationId ? [{ recipientId: channelRecipient(t.teamId), conversationId, address: JSON.stringify(t.reference) }] : [];
    });
    const byTeam = new Map(installed.map((t) => [t.teamId, t.reference as { conversation?: Record<string, unknown> }]));
    const named = (audience.channels ?? []).flatMap(({ teamId, channelId }) => {
      const reference = byTeam.get(teamId);
      if (!reference || recorded.some((r) => r.conversationId === channelId)) return [];
      // The team's reference pointed at another of its channels: same service URL and tenant, this channel's id.
      const address = JSON.stringify({ ...reference, conversation: { ...reference.conversation, id: channelId } });
      return [{ recipientId: channelRecipient(teamId, channelId), conversationId: channelId, address }];
    });
    return [...recorded, ...new Map(named.map((r) => [r.recipientId, r])).values()];
  }
  const refs = await store.personalConversations();
  return audiencePeople(directory, audience).map((p) => {
    const reference = refs.get(p.id);
    const conversationId = conversationIdOf(reference);
    return conversationId
      ? { recipientId: personalRecipient(p.id), conversationId, address: JSON.stringify(reference) }
      : { recipientId: personalRecipient(p.id), conversationId: `none:${p.id}`, address: "" };
  });
}
