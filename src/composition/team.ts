import { teamRoutes } from "../api/team-routes";
import { EvaluationActions } from "../services/evaluation-actions";
import type { EvaluationService } from "../services/evaluation-service";
import type { PeriodService } from "../services/period-service";
import { TeamOverviewService } from "../services/team-overview";
import type { AppContext, Feature } from "./context";

/** The supervisor's home (one request) and the tab's rating preview; no card verbs. */
export function teamFeature(ctx: AppContext, periods: PeriodService, evaluations: EvaluationService): Feature {
  const { directory, repos, clock } = ctx;
  const overview = new TeamOverviewService({
    directory,
    clock,
    periods,
    reports: repos.reports,
    evaluations: repos.evaluations,
    skps: repos.skps,
  });
  return { routes: teamRoutes(overview, new EvaluationActions(evaluations)), handlers: [] };
}
