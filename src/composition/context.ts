import type { ApiRoute } from "../api/route-table";
import type { CardActionHandler } from "../bot/card-action";
import type { ProactiveNotifier } from "../bot/proactive-notifier";
import type { AppConfig } from "../config";
import type { OrgDirectory } from "../domain/org";
import type { Authority } from "../services/authority";
import type { BackgroundTasks } from "../services/background";
import type { AccessPolicy } from "../services/policy";
import type { Clock } from "../services/ports";
import type { Repositories } from "../storage";

/** What every feature module is built from; created once by createApp (src/server.ts). */
export interface AppContext {
  config: AppConfig;
  directory: OrgDirectory;
  repos: Repositories;
  clock: Clock;
  authority: Authority;
  policy: AccessPolicy;
  background: BackgroundTasks;
  notifier: ProactiveNotifier;
}

/** A feature's contribution to the app: its API routes and its card verbs' handlers. */
export interface Feature {
  routes: ApiRoute[];
  handlers: CardActionHandler[];
}
