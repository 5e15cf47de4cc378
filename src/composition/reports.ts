import { reportRoutes } from "../api/report-routes";
import { ReportFeedbackHandler } from "../bot/handlers/report-feedback";
import { ReportOpenHandler } from "../bot/handlers/report-open";
import { ReportSubmitHandler } from "../bot/handlers/report-submit";
import { CardReportNotifications } from "../bot/report-notifications";
import { periodRoutes } from "../api/period-routes";
import { PeriodService } from "../services/period-service";
import { ReportService } from "../services/report-service";
import type { AppContext, Feature } from "./context";

/** Periods and daily progress reports with supervisor feedback (the Foundation's flow). */
export function reportsFeature(ctx: AppContext) {
  const { config, directory, repos, clock, authority, background, notifier } = ctx;
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
  const feature: Feature = {
    routes: [...reportRoutes(reports, directory, clock), ...periodRoutes(periods)],
    handlers: [new ReportOpenHandler(clock), new ReportSubmitHandler(reports, clock), new ReportFeedbackHandler(reports)],
  };
  return { feature, periods, reports };
}
