import type { OrgDirectory } from "../domain/org";
import { cardBytes } from "../cards/announcement-card";
import { ANNOUNCEMENT_LIMITS } from "../services/announcement-model";
import type { AnnouncementOutbox, AnnouncementStore } from "../services/announcement-ports";
import { announcementView } from "../services/announcement-report";
import type { AnnouncementService } from "../services/announcement-service";
import { sendError, sendValidationError } from "./errors";
import type { ApiRoute } from "./route-table";

const CONTENT = {
  type: "object",
  required: ["titleId", "bodyId"],
  properties: {
    titleId: { type: "string", maxLength: ANNOUNCEMENT_LIMITS.title },
    titleEn: { type: "string", maxLength: ANNOUNCEMENT_LIMITS.title },
    bodyId: { type: "string", maxLength: ANNOUNCEMENT_LIMITS.body },
    bodyEn: { type: "string", maxLength: ANNOUNCEMENT_LIMITS.body },
    imageUrl: { type: "string", format: "uri", description: "https only" },
    linkUrl: { type: "string", format: "uri", description: "https only" },
    ackDeadline: { type: "string", format: "date" },
  },
};
const COMPOSE = {
  type: "object",
  required: ["content", "audience"],
  properties: {
    content: CONTENT,
    audience: {
      type: "object",
      description: "{kind: 'opds', opdIds} (members in personal chat), {kind: 'everyone'}, or {kind: 'channels', teamIds?, channels?: [{teamId, channelId}]} (teams where the app is installed: their install channel, or the named channels)",
    },
    scheduledAt: { type: "string", description: "WIB time YYYY-MM-DDTHH:mm; absent: send now" },
  },
};
const ANNOUNCEMENT = { type: "object", properties: { id: { type: "string" }, status: { type: "string", enum: ["scheduled", "sending", "done", "cancelled"] }, content: CONTENT } };
const VIEW = { type: "object", properties: { announcement: ANNOUNCEMENT, progress: { type: "object" }, totals: { type: "object" }, failures: { type: "object" }, byOpd: { type: "array" } } };
const manage = { action: "announcement.manage" } as const;

/** Announcements for the Admin Kinerja (BKPSDM): compose, preview, send, follow, cancel (issue 7). */
export function announcementRoutes(service: AnnouncementService, deps: { store: AnnouncementStore; outbox: AnnouncementOutbox; directory: OrgDirectory }): ApiRoute[] {
  return [
    {
      method: "post",
      path: "/api/announcements/preview",
      access: manage,
      summary: "The card an announcement would send (Adaptive Card JSON) and its size in bytes",
      authenticated: true,
      requestBody: { type: "object", properties: { content: CONTENT } },
      response: { type: "object", properties: { card: { type: "object" }, bytes: { type: "integer" } } },
      handler: async (req, res) => {
        const outcome = await service.preview(req.body);
        if (outcome.kind === "invalid") return sendValidationError(res, outcome.errors);
        res.json({ card: outcome.card, bytes: cardBytes(outcome.card) });
      },
    },
    {
      method: "post",
      path: "/api/announcements",
      access: manage,
      summary: "Compose an announcement and send it now or at a WIB time; the outbox holds every recipient before sending starts",
      authenticated: true,
      requestBody: COMPOSE,
      response: ANNOUNCEMENT,
      handler: async (req, res) => {
        const outcome = await service.compose(req.actor!, req.body);
        if (outcome.kind === "invalid") return sendValidationError(res, outcome.errors);
        res.status(201).json(outcome.announcement);
      },
    },
    {
      method: "get",
      path: "/api/announcements",
      access: manage,
      summary: "Every announcement, newest first",
      authenticated: true,
      response: { type: "array", items: ANNOUNCEMENT },
      handler: async (_req, res) => void res.json(await service.list()),
    },
    {
      method: "get",
      path: "/api/announcements/teams",
      access: manage,
      summary: "Teams where the app is installed (channel audience), with the channel recorded at install",
      authenticated: true,
      response: { type: "array", items: { type: "object", properties: { teamId: { type: "string" }, channelId: { type: "string" } } } },
      handler: async (_req, res) => {
        const teams = await deps.store.teamConversations();
        res.json(teams.map((t) => ({ teamId: t.teamId, channelId: (t.reference as { conversation?: { id?: string } }).conversation?.id ?? "" })));
      },
    },
    {
      method: "get",
      path: "/api/announcements/:announcementId",
      access: manage,
      summary: "The author's view: sending progress by status, delivered / failed / acknowledged per OPD",
      authenticated: true,
      response: VIEW,
      handler: async (req, res) => {
        const a = await service.get(String(req.params.announcementId));
        if (!a) return sendError(res, 404, "not_found", "announcement.notFound");
        res.json(await announcementView(a, deps));
      },
    },
    {
      method: "post",
      path: "/api/announcements/:announcementId/cancel",
      access: manage,
      summary: "Cancel: items not yet sent are never sent; those sent stay sent",
      authenticated: true,
      response: VIEW,
      handler: async (req, res) => {
        const id = String(req.params.announcementId);
        const outcome = await service.cancel(id);
        if (outcome === "not_found") return sendError(res, 404, "not_found", "announcement.notFound");
        if (outcome === "not_cancellable") return sendError(res, 409, "not_cancellable", "announcement.notCancellable");
        res.json(await announcementView((await service.get(id))!, deps));
      },
    },
  ];
}
