import express from "express";
import type { Server } from "node:http";
import { createApiRouter } from "./api/api-router";
import { directoryRoutes } from "./api/directory-routes";
import type { TokenVerifier } from "./api/identity";
import { meRoutes } from "./api/me-routes";
import { ssoVerifierFromConfig } from "./auth/sso-verifier";
import { createBotAdapter, createBotRouter } from "./bot/bot-endpoint";
import { CardActionRouter } from "./bot/card-action-router";
import { CardDirectorySyncAlerts } from "./bot/directory-sync-alerts";
import { HelpOpenHandler } from "./bot/handlers/help-open";
import { HelpCardFactory } from "./bot/help";
import { KinerjaBot } from "./bot/kinerja-bot";
import { OutboxCardRegistry } from "./bot/outbox-cards";
import { BotTeamMembers } from "./bot/team-members";
import { ProactiveNotifier } from "./bot/proactive-notifier";
import type { AppContext } from "./composition/context";
import { channelViewsFeature } from "./composition/channel-views";
import { competencyFeature } from "./composition/competency";
import { evaluationFeature } from "./composition/evaluation";
import { planningFeature } from "./composition/planning";
import { reportsFeature } from "./composition/reports";
import { socializationFeature } from "./composition/socialization";
import { teamFeature } from "./composition/team";
import { unitChannelsFeature } from "./composition/unit-channels";
import { waitingFeature } from "./composition/waiting";
import type { AppConfig } from "./config";
import type { DirectorySyncService } from "./directory/directory-sync-service";
import type { OrgDirectory } from "./domain/org";
import { Authority } from "./services/authority";
import { BackgroundTasks } from "./services/background";
import { CardJobs } from "./services/outbox/card-jobs";
import { AccessPolicy } from "./services/policy";
import type { Clock } from "./services/ports";
import type { EvaluationReminders } from "./services/evaluation-reminders";
import type { Repositories } from "./storage";
import { securityHeaders } from "./tab/security-headers";
import { tabStatic } from "./tab/static-assets";

export interface ServerDeps {
  config: AppConfig;
  directory: OrgDirectory;
  repositories: Repositories;
  clock?: Clock;
  tokens?: TokenVerifier;
  background?: BackgroundTasks;
  /** ORG_DIRECTORY=graph: the sync behind `directory` (its SwitchableDirectory); admins sync and see status. */
  directorySync?: DirectorySyncService;
  /** The bundled tab (HTML shells + app/); default dist/src/tab/public beside the compiled server. */
  tabAssetsDir?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  /** The daily evaluation reminders; tests tick them with their clock. */
  reminders: EvaluationReminders;
  /**
   * Scheduled work main.ts runs on a timer (every one is idempotent per day: it claims each send in storage
   * first), so running it often is safe and a restart catches up.
   */
  scheduled: ScheduledTask[];
  close(): Promise<void>;
}

export interface ScheduledTask {
  name: string;
  run(): Promise<unknown>;
}

const systemClock: Clock = { now: () => new Date() };

/**
 * The single composition root: builds the shared context, asks each feature module (src/composition) for its
 * routes and card handlers, and mounts them on one express app.
 */
export function createApp(deps: ServerDeps) {
  const { config, directory, repositories: repos } = deps;
  const clock = deps.clock ?? systemClock;
  const authority = new Authority(directory, repos.acting);
  const policy = new AccessPolicy(directory, authority, clock);
  const background = deps.background ?? new BackgroundTasks();
  const adapter = createBotAdapter(config);
  const notifier = new ProactiveNotifier(adapter, config.botId, repos.conversations, repos.deliveries, clock);
  deps.directorySync?.useAlerts(new CardDirectorySyncAlerts(notifier));
  const cardJobs = new CardJobs({ outbox: repos.outbox.store, activeJobs: repos.announcements, clock });
  const ctx: AppContext = { config, directory, repos, clock, authority, policy, background, notifier, cardJobs, outboxCards: new OutboxCardRegistry(), teamMembers: new BotTeamMembers(adapter, config.botId) };

  const reports = reportsFeature(ctx);
  const planning = planningFeature(ctx);
  const evaluation = evaluationFeature(ctx, reports.periods);
  const socialization = socializationFeature(ctx, adapter);
  const competency = competencyFeature(ctx, evaluation.evaluations);
  const unitChannels = unitChannelsFeature(ctx);
  const channelViews = channelViewsFeature(ctx, reports.periods, evaluation.feedbackCards);
  const features = [reports.feature, planning.feature, evaluation.feature, teamFeature(ctx, reports.periods, evaluation.evaluations), socialization.feature, competency.feature, waitingFeature(ctx), unitChannels.feature, channelViews.feature];
  const scheduled: ScheduledTask[] = [
    { name: "evaluation reminders", run: () => evaluation.reminders.tick() },
    { name: "coaching follow-ups", run: () => evaluation.coaching.remindFollowUps() },
    { name: "competency (workshop reminders, JP)", run: () => competency.dailyTick() },
    { name: "unit channel check-in", run: () => unitChannels.checkIn.tick() },
    { name: "unit channel period posts", run: () => channelViews.postPeriods() },
  ];

  const help = new HelpCardFactory(directory);
  const router = new CardActionRouter(authority, policy).register(new HelpOpenHandler(help));
  for (const handler of features.flatMap((f) => f.handlers)) router.register(handler);
  const bot = new KinerjaBot({ authority, conversations: repos.conversations, router, help, clock, skpSummary: planning.skpSummary, nilai: evaluation.nilai, bimbingan: evaluation.bimbingan, kanal: unitChannels.kanal });

  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", (_req, res) => void res.json({ status: "ok" }));
  app.use(createBotRouter(adapter, bot));
  const routes = [...meRoutes(directory, config.localMode), ...directoryRoutes(directory, deps.directorySync), ...features.flatMap((f) => f.routes)];
  const identity = {
    authority,
    policy,
    allowDevHeader: config.localMode,
    tokens: deps.tokens ?? ssoVerifierFromConfig(config),
    rateLimitPerMinute: config.apiRateLimitPerMinute,
  };
  app.use(createApiRouter(routes, identity, config.localMode));
  app.use(securityHeaders({ localMode: config.localMode }));
  app.use(tabStatic(deps.tabAssetsDir));
  return { app, cardVerbs: router.verbs, verbAccess: (verb: string) => router.actionOf(verb), routes, policy, lifecycles: [socialization.lifecycle], reminders: evaluation.reminders, scheduled };
}

export function startServer(deps: ServerDeps): Promise<RunningServer> {
  const background = deps.background ?? new BackgroundTasks();
  const { app, lifecycles, reminders, scheduled } = createApp({ ...deps, background });
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(deps.config.port, deps.config.host);
    server.once("error", reject);
    server.once("listening", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : deps.config.port;
      const shownHost = deps.config.localMode ? "localhost" : deps.config.host;
      for (const lifecycle of lifecycles) lifecycle.start();
      resolve({
        url: `http://${shownHost}:${port}`,
        port,
        reminders,
        scheduled,
        close: () =>
          new Promise<void>((done) => {
            // The outbox worker finishes the items it holds (recording them) before the server says it stopped.
            server.close(() => void Promise.all(lifecycles.map((l) => l.stop())).then(() => background.drain()).then(done));
            server.closeAllConnections();
          }),
      });
    });
  });
}
