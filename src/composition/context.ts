import type { ApiRoute } from "../api/route-table";
import type { CardActionHandler } from "../bot/card-action";
import type { OutboxCardRegistry } from "../bot/outbox-cards";
import type { ProactiveNotifier } from "../bot/proactive-notifier";
import type { AppConfig } from "../config";
import type { OrgDirectory } from "../domain/org";
import type { Authority } from "../services/authority";
import type { BackgroundTasks } from "../services/background";
import type { CardJobs } from "../services/outbox/card-jobs";
import type { TeamMembers } from "../services/unit-channel-ports";
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
  /** Cards to many people or channels through the durable outbox; each kind registers its card in outboxCards. */
  cardJobs: CardJobs;
  outboxCards: OutboxCardRegistry;
  /** Members of the team a unit channel belongs to (their Teams user ids for per-member card views). */
  teamMembers: TeamMembers;
}

/** A feature's contribution to the app: its API routes and its card verbs' handlers. */
export interface Feature {
  routes: ApiRoute[];
  handlers: CardActionHandler[];
}
