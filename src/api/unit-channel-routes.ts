import type { Request, Response } from "express";
import { z } from "zod";
import type { OrgDirectory } from "../domain/org";
import type { UnitChannel } from "../services/unit-channel-ports";
import type { UnitChannelService } from "../services/unit-channel-service";
import { sendError, sendRefusal } from "./errors";
import { subjectFromParam, type ApiRoute } from "./route-table";

const PATH = "/api/units/:unitId/channel";
/** Teams ids: "19:…@thread.tacv2" for teams and channels; generous bound, no spaces. */
const TEAMS_ID = z.string().trim().min(1).max(300).regex(/^\S+$/);
const CHANNEL_BODY = z.strictObject({ teamId: TEAMS_ID, channelId: TEAMS_ID, checkIn: z.boolean().optional() });

const CHANNEL = {
  type: "object",
  properties: { teamId: { type: "string" }, channelId: { type: "string" }, checkIn: { type: "boolean" }, setById: { type: "string" }, setAt: { type: "string", format: "date-time" } },
};
const VIEW = {
  type: "object",
  properties: { unitId: { type: "string" }, unitName: { type: "string" }, channel: { ...CHANNEL, nullable: true } },
};
const STATUS_OF: Record<string, number> = { unit_channel_unknown_unit: 404, unit_channel_not_head: 403, unit_channel_not_installed: 400 };

/** The channel of a unit for the tab (issue 4 item 7): admins and the unit head (or their Plt/Plh today). */
export function unitChannelRoutes(service: UnitChannelService, directory: OrgDirectory): ApiRoute[] {
  const access = { action: "unitChannel.manage" as const, subject: subjectFromParam.unit() };
  /** The unit of the path, or a 404 answered (an admin may name any id; others were refused before). */
  const unitOf = (req: Request, res: Response) => {
    const unit = directory.getUnit(String(req.params.unitId));
    if (!unit) sendError(res, 404, "not_found", "unit_channel_unknown_unit", { unit: String(req.params.unitId) });
    return unit;
  };
  const view = (unitId: string, unitName: string, c: UnitChannel | undefined) => ({
    unitId,
    unitName,
    channel: c ? { teamId: c.teamId, channelId: c.channelId, checkIn: c.checkIn === true, setById: c.setById, setAt: c.setAt } : null,
  });
  return [
    {
      method: "get",
      path: PATH,
      access,
      summary: "The unit's Teams channel (where its period card and daily check-in are posted), or null",
      authenticated: true,
      response: VIEW,
      handler: async (req, res) => {
        const unit = unitOf(req, res);
        if (unit) res.json(view(unit.id, unit.name, await service.get(unit.id)));
      },
    },
    {
      method: "put",
      path: PATH,
      access,
      summary: "Pick the unit's channel: a channel of a team where the bot is installed; checkIn turns the daily check-in card on",
      authenticated: true,
      requestBody: { type: "object", required: ["teamId", "channelId"], properties: { teamId: { type: "string" }, channelId: { type: "string" }, checkIn: { type: "boolean" } } },
      response: VIEW,
      handler: async (req, res) => {
        const unit = unitOf(req, res);
        if (!unit) return;
        const parsed = CHANNEL_BODY.safeParse(req.body);
        if (!parsed.success) return sendError(res, 400, "validation", "unit_channel_bad_body");
        const result = await service.set(req.actor!, unit.id, parsed.data);
        if (!result.ok) return sendRefusal(res, STATUS_OF[result.errors[0]!.code] ?? 400, result.errors);
        res.json(view(unit.id, unit.name, result.value));
      },
    },
    {
      method: "delete",
      path: PATH,
      access,
      summary: "Remove the unit's channel (nothing more is posted there)",
      authenticated: true,
      response: VIEW,
      handler: async (req, res) => {
        const unit = unitOf(req, res);
        if (!unit) return;
        await service.remove(req.actor!, unit.id);
        res.json(view(unit.id, unit.name, undefined));
      },
    },
    {
      method: "get",
      path: `${PATH}/options`,
      access,
      summary: "Channels the unit may pick: of the teams where the bot is installed",
      authenticated: true,
      response: { type: "array", items: { type: "object", properties: { teamId: { type: "string" }, channelId: { type: "string" } } } },
      handler: async (req, res) => {
        if (unitOf(req, res)) res.json(await service.options());
      },
    },
  ];
}
