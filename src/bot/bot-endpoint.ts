import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from "botbuilder";
import express, { type Request, type Response, type Router } from "express";
import { z } from "zod";
import type { BotType } from "../config";
import type { KinerjaBot } from "./kinerja-bot";

/** Bot Framework activities are small; Teams caps messages at about 40 KB. */
export const BOT_BODY_LIMIT = "256kb";

export interface BotIdentity {
  botId: string;
  botPassword: string;
  botType: BotType;
  botTenantId: string | undefined;
}

/**
 * CloudAdapter's settings for our bot registration. MultiTenant: app id and secret. SingleTenant (the Azure
 * Bot of infra/azure.bicep): the same plus the tenant. UserAssignedMSI: the app id is the managed identity's
 * client id and there is no secret. An empty app id (local mode) turns token checks off.
 */
export function botAuthOptions(identity: BotIdentity): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppId: identity.botId,
    MicrosoftAppPassword: identity.botType === "UserAssignedMSI" ? "" : identity.botPassword,
    MicrosoftAppType: identity.botType,
    MicrosoftAppTenantId: identity.botType === "MultiTenant" ? "" : (identity.botTenantId ?? ""),
  };
}

export function createBotAdapter(identity: BotIdentity): CloudAdapter {
  const options = botAuthOptions(identity);
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
