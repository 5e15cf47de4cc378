import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import type { AnnouncementService } from "../../services/announcement-service";
import { cardResponse, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";

/**
 * "Saya sudah membaca dan memahami": records the clicker's acknowledgement (the person from the activity, so
 * one cannot acknowledge for another) and answers the clicker alone with their acknowledged view; in a channel
 * post everyone else keeps the generic card. Replays answer the same view and count once.
 */
export class AnnouncementAckHandler implements CardActionHandler {
  readonly verb = VERBS.announcementAck;
  readonly access: CardAccess = { action: "announcement.ack" };
  constructor(private readonly announcements: AnnouncementService) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const outcome = await this.announcements.acknowledge(actor, data.announcementId);
    if (outcome.kind === "ok") return cardResponse(outcome.card);
    if (outcome.kind === "not_recipient") return errorResponse(403, "NotRecipient", "announcement.notRecipient");
    return errorResponse(404, "NotFound", "announcement.notFound");
  }
}
