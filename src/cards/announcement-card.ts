import type { AnnouncementContent } from "../services/announcement-model";
import { renderCard, type AdaptiveCard } from "./render";
import { bi, formatDate, formatDateTime, line } from "./text";
import { VERBS } from "./verbs";

export interface AnnouncementCardOptions {
  /** Set on a reminder: a line on top says the recipient has not confirmed yet. */
  reminder?: boolean;
  /** The clicker's own view after "Saya sudah membaca dan memahami": when, and no button any more. */
  acknowledgedAt?: string;
}

/**
 * The announcement card (Adaptive Card 1.5). The shared card (personal chat or a channel post) is the same for
 * everyone; acknowledging answers only the clicker with their own acknowledged view, so a channel post stays
 * generic (a per-user refresh is limited to 60 userIds).
 */
export function announcementCard(announcementId: string, content: AnnouncementContent, options: AnnouncementCardOptions = {}): AdaptiveCard {
  return renderCard("announcement", {
    announcementId,
    header: line("announcement.header"),
    reminder: options.reminder && !options.acknowledgedAt ? line("announcement.reminder") : "",
    title: { id: content.titleId, en: content.titleEn ?? "" },
    body: { id: content.bodyId, en: content.bodyEn ?? "" },
    imageUrl: content.imageUrl ?? "",
    linkUrl: content.linkUrl ?? "",
    linkButton: line("announcement.linkButton"),
    deadline: content.ackDeadline ? line("announcement.deadline", { date: formatDate(content.ackDeadline) }) : "",
    acknowledged: options.acknowledgedAt ? line("announcement.acknowledged", { at: formatDateTime(options.acknowledgedAt) }) : "",
    showAck: !options.acknowledgedAt,
    ackButton: bi("announcement.ackButton").id,
    verbs: VERBS,
  });
}

/** Size of the card as the connector receives it (UTF-8 JSON): Teams refuses messages over 40 KB. */
export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), "utf8");
}
