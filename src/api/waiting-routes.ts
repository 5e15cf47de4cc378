import type { AnnouncementService } from "../services/announcement-service";
import { WAITING_KINDS, type WaitingService } from "../services/waiting-service";
import { sendError } from "./errors";
import type { ApiRoute } from "./route-table";

const WAITING_ITEM = {
  type: "object",
  required: ["kind", "id", "title", "due", "screen", "ref"],
  properties: {
    kind: { type: "string", enum: [...WAITING_KINDS] },
    id: { type: "string" },
    title: { type: "string", description: "The item's own words: an announcement's title, a person's name, a training's title, a period id" },
    titleEn: { type: "string" },
    due: { type: ["string", "null"], format: "date", description: "WIB date by which it is expected" },
    screen: { type: ["string", "null"], description: "The tab screen (?view=) where it is done; null: inline or on the card in chat" },
    ref: { type: "object", description: "Ids to act with (announcementId; periodId; employeeId + requestId; ...)" },
  },
};

/** "Menunggu saya": what waits for the signed-in person, and acknowledging an announcement from that list. */
export function waitingRoutes(waiting: WaitingService, announcements: AnnouncementService): ApiRoute[] {
  return [
    {
      method: "get",
      path: "/api/me/waiting",
      access: { action: "waiting.read" },
      summary: "What waits for me: announcements to acknowledge, my set evaluation to accept, feedback requests to answer, coaching to rate, and as a supervisor needs to confirm and external trainings to verify",
      authenticated: true,
      response: { type: "object", properties: { items: { type: "array", items: WAITING_ITEM } } },
      handler: async (req, res) => void res.json({ items: await waiting.forPerson(req.actor!) }),
    },
    {
      method: "post",
      path: "/api/me/announcements/:announcementId/ack",
      access: { action: "announcement.ack" },
      summary: "Acknowledge (Saya sudah membaca dan memahami) an announcement sent to me; repeating it keeps the first time",
      authenticated: true,
      response: { type: "object", properties: { announcementId: { type: "string" }, repeated: { type: "boolean" } } },
      handler: async (req, res) => {
        const id = String(req.params.announcementId);
        const outcome = await announcements.acknowledge(req.actor!, id);
        if (outcome.kind === "not_found") return sendError(res, 404, "not_found", "announcement.notFound");
        if (outcome.kind === "not_recipient") return sendError(res, 403, "not_recipient", "announcement.notRecipient");
        res.status(outcome.created ? 201 : 200).json({ announcementId: id, repeated: !outcome.created });
      },
    },
  ];
}
