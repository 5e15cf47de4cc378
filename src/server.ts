import express from "express";
import type { Server } from "node:http";
import { createApiRouter } from "./api/api-router";
import { directoryRoutes } from "./api/directory-routes";
import type { TokenVerifier } from "./api/identity";
import { meRoutes } from "./api/me-routes";
import { indicatorRoutes } from "./api/indicator-routes";
import { coverageRoutes } from "./api/coverage-routes";
import { reportRoutes } from "./api/report-routes";
import { actingRoutes } from "./api/acting-routes";
import { matrixRoutes } from "./api/matrix-routes";
import { skpPdfRoute } from "./api/skp-pdf-route";
import { skpRoutes } from "./api/skp-routes";
import { ssoVerifierFromConfig } from "./auth/sso-verifier";
import { createBotAdapter, createBotRouter } from "./bot/bot-endpoint";
import { CardDirectorySyncAlerts } from "./bot/directory-sync-alerts";
import { CardActionRouter } from "./bot/card-action-router";
import { HelpOpenHandler } from "./bot/handlers/help-open";
import { ReportFeedbackHandler } from "./bot/handlers/report-feedback";
import { ReportOpenHandler } from "./bot/handlers/report-open";
import { ReportSubmitHandler } from "./bot/handlers/report-submit";
import { SkpApproveHandler } from "./bot/handlers/skp-approve";
import { SkpRefreshHandler } from "./bot/handlers/skp-refresh";
import { SkpReturnHandler } from "./bot/handlers/skp-return";
import { SkpSubmitHandler } from "./bot/handlers/skp-submit";
import { SkpSummaryCards } from "./bot/handlers/skp-summary";
import { CardSkpNotifications } from "./bot/skp-notifications";
import { HelpCardFactory } from "./bot/help";
import { KinerjaBot } from "./bot/kinerja-bot";
import { ProactiveNotifier } from "./bot/proactive-notifier";
import { CardReportNotifications } from "./bot/report-notifications";
import type { AppConfig } from "./config";
import type { DirectorySyncService } from "./directory/directory-sync-service";
import type { OrgDirectory } from "./domain/org";
import { Authority } from "./services/authority";
import { AccessPolicy } from "./services/policy";
import type { Clock } from "./services/ports";
import { ReportService } from "./services/report-service";
import { PeriodService } from "./services/period-service";
import { EvaluationService } from "./services/evaluation-service";
import { EvaluationActions } from "./services/evaluation-actions";
import { EvaluationSources } from "./services/evaluation-sources";
import { CalibrationService } from "./services/calibration-service";
import { CalibrationUnits } from "./services/calibration-units";
import { periodRoutes } from "./api/period-routes";
import { evaluationRoutes } from "./api/evaluation-routes";
import { calibrationRoutes } from "./api/calibration-routes";
import { CardEvaluationNotifications } from "./bot/handlers/eval-notifications";
import { EvalSelfOpenHandler } from "./bot/handlers/eval-self-open";
import { EvalSelfSubmitHandler } from "./bot/handlers/eval-self-submit";
import { EvalRateOpenHandler } from "./bot/handlers/eval-rate-open";
import { EvalRatePreviewHandler } from "./bot/handlers/eval-rate-preview";
import { EvalRateSubmitHandler } from "./bot/handlers/eval-rate-submit";
import { EvalAcknowledgeHandler } from "./bot/handlers/eval-acknowledge";
import { nilaiCards } from "./bot/handlers/eval-command";
import { toWibDate } from "./domain/time";
import { IndicatorService } from "./services/indicator-service";
import { CoverageService } from "./services/coverage-service";
import { MatrixService } from "./services/matrix-service";
import { SkpDecisionService } from "./services/skp-decision-service";
import { SkpLookup } from "./services/skp-lookup";
import { SkpService } from "./services/skp-service";
import { BackgroundTasks } from "./services/background";
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
  const adapter = createBotAdapter(config);
  const notifier = new ProactiveNotifier(adapter, config.botId, repos.conversations, repos.deliveries, clock);
  deps.directorySync?.useAlerts(new CardDirectorySyncAlerts(notifier));
  const periods = new PeriodService({ periods: repos.periods, audit: repos.audit, clock, holidays: config.holidays });
  const reports = new ReportService({
    directory,
    authority,
    reports: repos.reports,
    audit: repos.audit,
    notifications: new CardReportNotifications(notifier, repos.reports),
    clock,
    periods: () => periods.all(),
    background,
  });
  const skpLookup = new SkpLookup(directory, repos.skps, repos.indicators);
  const skpDeps = { lookup: skpLookup, skps: repos.skps, authority, audit: repos.audit, clock, notifications: new CardSkpNotifications(notifier, repos.conversations, directory) };
  const skps = new SkpService({ ...skpDeps, background });
  const skpDecisions = new SkpDecisionService({ ...skpDeps, directory });
  const matrices = new MatrixService({ directory, lookup: skpLookup, skps: repos.skps, matrices: repos.matrices, audit: repos.audit, clock });
  const evaluationSources = new EvaluationSources({ directory, skps: repos.skps, reports: repos.reports });
  const evaluationCore = new EvaluationService({ directory, authority, periods, evaluations: repos.evaluations, sources: evaluationSources, units: new CalibrationUnits(directory), audit: repos.audit, clock, notifications: new CardEvaluationNotifications(notifier), background });
  const evaluations = new EvaluationActions(evaluationCore);
  const calibration = new CalibrationService(evaluationCore);
  const help = new HelpCardFactory(directory);
  const router = new CardActionRouter(authority, policy)
    .register(new HelpOpenHandler(help))
    .register(new ReportOpenHandler(clock))
    .register(new ReportSubmitHandler(reports, clock))
    .register(new ReportFeedbackHandler(reports))
    .register(new SkpSubmitHandler(skps))
    .register(new SkpApproveHandler(skpDecisions))
    .register(new SkpReturnHandler(skpDecisions))
    .register(new SkpRefreshHandler(skpDecisions))
    .register(new EvalSelfOpenHandler(evaluationCore))
    .register(new EvalSelfSubmitHandler(evaluations, authority, () => toWibDate(clock.now())))
    .register(new EvalRateOpenHandler(evaluationCore))
    .register(new EvalRatePreviewHandler(evaluations))
    .register(new EvalRateSubmitHandler(evaluations))
    .register(new EvalAcknowledgeHandler(evaluations));
  const bot = new KinerjaBot({ authority, conversations: repos.conversations, router, help, clock, skpSummary: new SkpSummaryCards(skps, directory, clock), nilai: { for: (person) => nilaiCards(evaluationCore, person) } });

  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", (_req, res) => void res.json({ status: "ok" }));
  app.use(createBotRouter(adapter, bot));
  const routes = [...meRoutes(directory, config.localMode), ...reportRoutes(reports, directory, clock), ...directoryRoutes(directory, deps.directorySync),
    ...skpRoutes(skps, skpDecisions, directory, clock),
    skpPdfRoute(skpLookup, repos.indicators, directory, clock),
    ...matrixRoutes(matrices, directory, clock),
    ...actingRoutes(repos.acting, repos.audit, directory, clock),
    ...indicatorRoutes(new IndicatorService({ indicators: repos.indicators, skps: repos.skps, audit: repos.audit, clock }), directory),
    ...coverageRoutes(new CoverageService({ directory, indicators: repos.indicators, skps: repos.skps }), directory),
    ...periodRoutes(periods),
    ...evaluationRoutes(evaluationCore, evaluations),
    ...calibrationRoutes(calibration),
  ];
  app.use(createApiRouter(routes, { authority, policy, allowDevHeader: config.localMode, tokens: deps.tokens ?? ssoVerifierFromConfig(config), rateLimitPerMinute: config.apiRateLimitPerMinute }, config.localMode));
  app.use(securityHeaders({ localMode: config.localMode }));
  app.use(tabStatic(deps.tabAssetsDir));
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
