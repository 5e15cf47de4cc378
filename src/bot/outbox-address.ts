/**
 * Items queued for a person carry no address (services/outbox/card-jobs): their personal conversation is read
 * when the item is sent, through the cached conversation store, so the reads are spread at the sending rate.
 * Items that already have one (announcements, channel posts) are sent as they are.
 */
import { personOfRecipient } from "../services/announcement-model";
import type { SendPort } from "../services/outbox/ports";
import type { ConversationRepository } from "../services/ports";

export function addressAtSend(conversations: ConversationRepository, send: SendPort): SendPort {
  return async (item, job) => {
    if (item.address) return send(item, job);
    const personId = personOfRecipient(item.recipientId);
    const stored = personId ? await conversations.get("personal", personId) : undefined;
    // No stored conversation: sent without an address, which the send port records as not_installed.
    return send(stored ? { ...item, address: JSON.stringify(stored.reference) } : item, job);
  };
}
