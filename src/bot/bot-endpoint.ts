import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from "botbuilder";
import express, { type Request, type Response, type Router } from "express";
import { z } from "zod";
import type { KinerjaBot } from "./kinerja-bot";

/** Bot Framework activities are small; Teams caps messages at about 40 KB. */
export const BOT_BODY_LIMIT = "256kb";

export function createBotAdapter(botId: string, botPassword: string, tenantId?: string): CloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: botId,
    MicrosoftAppPassword: botPassword,
    MicrosoftAppType: tenantId ? "SingleTenant" : "MultiTenant",
    MicrosoftAppTenantId: tenantId ?? "",
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
  adapter.onTurnError = async (_context, error) => {
    // Never log activity contents (they may hold evaluation text): the error's kind is enough to investigate.
    console.error("bot turn error:", error instanceof Error ? `${error.name}: ${error.message}` : "unknown");
  };
  return adapter;
}

/** The minimum an activity needs before the SDK sees it; anything less is answered 400 here. */
const ActivityEnvelope = z.object({
  type: z.string().min(1).max(100),
  id: z.string().max(1000).optional(),
  serviceUrl: z.string().max(2000).optional(),
  channelId: z.string().max(100).optional(),
  from: z.object({ id: z.string().max(1000) }).passthrough().optional(),
  recipient: z.object({ id: z.string().max(1000) }).passthrough().optional(),
  conversation: z.object({ id: z.string().max(1000) }).passthrough().optional(),
  text: z.string().optional(),
  name: z.string().max(200).optional(),
});

export function createBotRouter(adapter: CloudAdapter, bot: KinerjaBot): Router {
  const router = express.Router();
  router.post("/api/messages", express.json({ limit: BOT_BODY_LIMIT }), async (req: Request, res: Response) => {
    if (!ActivityEnvelope.safeParse(req.body).success) {
      res.status(400).json({ error: { code: "BadRequest", message: "malformed activity" } });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (err) {
      console.error("bot endpoint error:", err instanceof Error ? err.name : "unknown");
      if (!res.headersSent) res.status(400).json({ error: { code: "BadRequest", message: "activity rejected" } });
    }
  });
  return router;
}
