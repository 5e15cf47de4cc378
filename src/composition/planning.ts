import { actingRoutes } from "../api/acting-routes";
import { coverageRoutes } from "../api/coverage-routes";
import { indicatorRoutes } from "../api/indicator-routes";
import { matrixRoutes } from "../api/matrix-routes";
import { skpPdfRoute } from "../api/skp-pdf-route";
import { skpRoutes } from "../api/skp-routes";
import { SkpApproveHandler } from "../bot/handlers/skp-approve";
import { SkpRefreshHandler } from "../bot/handlers/skp-refresh";
import { SkpReturnHandler } from "../bot/handlers/skp-return";
import { SkpSubmitHandler } from "../bot/handlers/skp-submit";
import { SkpSummaryCards } from "../bot/handlers/skp-summary";
import { CardSkpNotifications } from "../bot/skp-notifications";
import { CoverageService } from "../services/coverage-service";
import { IndicatorService } from "../services/indicator-service";
import { MatrixService } from "../services/matrix-service";
import { SkpDecisionService } from "../services/skp-decision-service";
import { SkpLookup } from "../services/skp-lookup";
import { SkpService } from "../services/skp-service";
import type { AppContext, Feature } from "./context";

/** Organisation indicators, SKP drafting and approval, Matriks Peran Hasil, Plt/Plh and coverage (DOMAIN §3). */
export function planningFeature(ctx: AppContext) {
  const { directory, repos, clock, authority, background, notifier } = ctx;
  const lookup = new SkpLookup(directory, repos.skps, repos.indicators);
  const notifications = new CardSkpNotifications(notifier, repos.conversations, directory);
  const skpDeps = { lookup, skps: repos.skps, authority, audit: repos.audit, clock, notifications };
  const skps = new SkpService({ ...skpDeps, background });
  const decisions = new SkpDecisionService({ ...skpDeps, directory });
  const matrices = new MatrixService({ directory, lookup, skps: repos.skps, matrices: repos.matrices, audit: repos.audit, clock });
  const indicators = new IndicatorService({ indicators: repos.indicators, skps: repos.skps, audit: repos.audit, clock });
  const coverage = new CoverageService({ directory, indicators: repos.indicators, skps: repos.skps });
  const feature: Feature = {
    routes: [
      ...skpRoutes(skps, decisions, directory, clock),
      skpPdfRoute(lookup, repos.indicators, directory, clock),
      ...matrixRoutes(matrices, directory, clock),
      ...actingRoutes(repos.acting, repos.audit, directory, clock),
      ...indicatorRoutes(indicators, directory),
      ...coverageRoutes(coverage, directory),
    ],
    handlers: [new SkpSubmitHandler(skps), new SkpApproveHandler(decisions), new SkpReturnHandler(decisions), new SkpRefreshHandler(decisions)],
  };
  return { feature, skps, coverage, skpSummary: new SkpSummaryCards(skps, directory, clock) };
}
