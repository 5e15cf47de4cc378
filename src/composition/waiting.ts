import { waitingRoutes } from "../api/waiting-routes";
import { AnnouncementService } from "../services/announcement-service";
import { WaitingService } from "../services/waiting-service";
import type { AppContext, Feature } from "./context";

/** "Menunggu saya" (issue 5 item 2): reads what the other features stored; acknowledges announcements from the tab. */
export function waitingFeature(ctx: AppContext): Feature {
  const { config, directory, repos, clock } = ctx;
  const waiting = new WaitingService({
    directory,
    announcements: repos.announcements,
    periods: repos.periods,
    evaluations: repos.evaluations,
    feedbackRequests: repos.feedbackRequests,
    coaching: repos.coaching,
    competency: repos.competency,
    clock,
    objectionWindowDays: config.objectionWindowDays,
  });
  // Acknowledging needs only the store and the directory: the outbox is never written by it.
  const announcements = new AnnouncementService({ store: repos.announcements, outbox: repos.outbox.store, directory, clock });
  return { routes: waitingRoutes(waiting, announcements), handlers: [] };
}
