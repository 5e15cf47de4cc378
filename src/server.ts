import express from "express";
import type { Server } from "node:http";
import path from "node:path";
import { createApiRouter } from "./api/api-router";
import type { TokenVerifier } from "./api/identity";
import { meRoutes } from "./api/me-routes";
import { reportRoutes } from "./api/report-routes";
import { createBotAdapter, createBotRouter } from "./bot/bot-endpoint";
import { CardActionRouter } from "./bot/card-action-router";
import { HelpOpenHandler } from "./bot/handlers/help-open";
import { ReportFeedbackHandler } from "./bot/handlers/report-feedback";
import { ReportOpenHandler } from "./bot/handlers/report-open";
import { ReportSubmitHandler } from "./bot/handlers/report-submit";
import { HelpCardFactory } from "./bot/help";
import { KinerjaBot } from "./bot/kinerja-bot";
import { ProactiveNotifier } from "./bot/proactive-notifier";
import { CardReportNotifications } from "./bot/report-notifications";
import type { AppConfig } from "./config";
import type { OrgDirectory } from "./domain/org";
import { Authority } from "./services/authority";
import { AccessPolicy } from "./services/policy";
import type { Clock } from "./services/ports";
import { ReportService } from "./services/report-service";
import { BackgroundTasks } from "./services/background";
import type { Repositories } from "./storage";
import { securityHeaders } from "./tab/security-headers";

export interface ServerDeps {
  config: AppConfig;
  directory: OrgDirectory;
  repositories: Repositories;
  clock?: Clock;
  tokens?: TokenVerifier;
  background?: BackgroundTasks;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const systemClock: Clock = { now: () => new Date() };

/** The single composition root: wires domain, services and adapters into one express app. */
export function createApp(deps: ServerDeps) {
  const { config, directory, repositories: repos } = deps;
  const clock = deps.clock ?? systemClock;
  const authority = new Authority(directory, repos.acting);
  const policy = new AccessPolicy(directory, authority, clock);
  const background = deps.background ?? new BackgroundTasks();
  const adapter = createBotAdapter(config.botId, config.botPassword, config.botTenantId);
  const notifier = new ProactiveNotifier(adapter, config.botId, repos.conversations, repos.deliveries, clock);
  const reports = new ReportService({
    directory,
    authority,
    reports: repos.reports,
    audit: repos.audit,
    notifications: new CardReportNotifications(notifier, repos.reports),
    clock,
    periods: async () => [],
    background,
  });
  const help = new HelpCardFactory(directory);
  const router = new CardActionRouter(authority, policy)
    .register(new HelpOpenHandler(help))
    .register(new ReportOpenHandler(clock))
    .register(new ReportSubmitHandler(reports, clock))
    .register(new ReportFeedbackHandler(reports));
  const bot = new KinerjaBot({ authority, conversations: repos.conversations, router, help, clock });

  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", (_req, res) => void res.json({ status: "ok" }));
  app.use(createBotRouter(adapter, bot));
  const routes = [...meRoutes(directory, config.localMode), ...reportRoutes(reports, directory, clock)];
  app.use(createApiRouter(routes, { authority, policy, allowDevHeader: config.localMode, tokens: deps.tokens }, config.localMode));
  app.use(securityHeaders({ localMode: config.localMode }));
  app.use(express.static(path.join(__dirname, "tab", "public"), { index: "index.html" }));
  return { app, cardVerbs: router.verbs, verbAccess: (verb: string) => router.actionOf(verb), routes, policy };
}

export function startServer(deps: ServerDeps): Promise<RunningServer> {
  const background = deps.background ?? new BackgroundTasks();
  const { app } = createApp({ ...deps, background });
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(deps.config.port, deps.config.host);
    server.once("error", reject);
    server.once("listening", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : deps.config.port;
      const shownHost = deps.config.localMode ? "localhost" : deps.config.host;
      resolve({
        url: `http://${shownHost}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => void background.drain().then(done));
            server.closeAllConnections();
          }),
      });
    });
  });
}
