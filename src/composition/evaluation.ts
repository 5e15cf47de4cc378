import { calibrationRoutes } from "../api/calibration-routes";
import { periodCloseRoutes } from "../api/period-close-routes";
import { annualRoutes } from "../api/annual-routes";
import { coachingRoutes } from "../api/coaching-routes";
import { evaluationExportRoutes } from "../api/evaluation-export-routes";
import { CardCoachingNotifications } from "../bot/handlers/coaching-notifications";
import { CoachingRateHandler } from "../bot/handlers/coaching-rate";
import { bimbinganCard, CoachingRecordHandler } from "../bot/handlers/coaching-record";
import { evaluationRoutes } from "../api/evaluation-routes";
import { EvalAcknowledgeHandler } from "../bot/handlers/eval-acknowledge";
import { nilaiCards } from "../bot/handlers/eval-command";
import { CardEvaluationNotifications, registerResultCards } from "../bot/handlers/eval-notifications";
import { EvalRateOpenHandler } from "../bot/handlers/eval-rate-open";
import { EvalRatePreviewHandler } from "../bot/handlers/eval-rate-preview";
import { EvalRateSubmitHandler } from "../bot/handlers/eval-rate-submit";
import { EvalSelfOpenHandler } from "../bot/handlers/eval-self-open";
import { EvalSelfSubmitHandler } from "../bot/handlers/eval-self-submit";
import type { Person } from "../domain/org";
import { toWibDate } from "../domain/time";
import { AnnualService } from "../services/annual-service";
import { CalibrationService } from "../services/calibration-service";
import { PeriodClose } from "../services/period-close";
import { CoachingService } from "../services/coaching-service";
import { CalibrationUnits } from "../services/calibration-units";
import { EvaluationActions } from "../services/evaluation-actions";
import { EvaluationService } from "../services/evaluation-service";
import { EvaluationSources } from "../services/evaluation-sources";
import type { PeriodService } from "../services/period-service";
import type { AppContext, Feature } from "./context";
import { evaluationFollowUp } from "./evaluation-followup";

/** Self-assessment, supervisor rating, calibration and penetapan (DOMAIN §4–8). */
export function evaluationFeature(ctx: AppContext, periods: PeriodService) {
  const { directory, repos, clock, authority, background, notifier } = ctx;
  const sources = new EvaluationSources({ directory, skps: repos.skps, reports: repos.reports });
  const core = new EvaluationService({
    directory,
    authority,
    periods,
    evaluations: repos.evaluations,
    sources,
    units: new CalibrationUnits(directory),
    audit: repos.audit,
    clock,
    notifications: new CardEvaluationNotifications(notifier, ctx.cardJobs),
    background,
  });
  registerResultCards(ctx.outboxCards, { subject: (periodId, employeeId) => core.subject(periodId, employeeId), evaluations: repos.evaluations });
  const actions = new EvaluationActions(core);
  const calibration = new CalibrationService(core);
  const annual = new AnnualService({ directory, periods, evaluations: repos.evaluations, sources, units: core.deps.units, audit: repos.audit, clock });
  const coaching = new CoachingService({ sessions: repos.coaching, audit: repos.audit, clock, notifications: new CardCoachingNotifications(notifier, directory), background });
  const feature: Feature = {
    routes: [
      ...evaluationRoutes(core, actions),
      ...calibrationRoutes(calibration),
      ...periodCloseRoutes(new PeriodClose(core, calibration)),
      ...evaluationExportRoutes(core, calibration, directory, clock),
      ...annualRoutes(annual),
      ...coachingRoutes(coaching, directory),
    ],
    handlers: [
      new EvalSelfOpenHandler(core),
      new EvalSelfSubmitHandler(actions, authority, () => toWibDate(clock.now())),
      new EvalRateOpenHandler(core),
      new EvalRatePreviewHandler(actions),
      new EvalRateSubmitHandler(actions),
      new EvalAcknowledgeHandler(actions),
      new CoachingRateHandler(coaching, directory),
      new CoachingRecordHandler(coaching, directory, () => toWibDate(clock.now())),
    ],
  };
  // Keberatan, feedback requests and reminders (evaluation-followup.ts).
  const followUp = evaluationFollowUp(ctx, core, periods, sources);
  feature.routes.push(...followUp.feature.routes);
  feature.handlers.push(...followUp.feature.handlers);
  // coaching.remindFollowUps() is the daily follow-up tick (also POST /api/coaching-follow-ups/run for a scheduler).
  return {
    feature,
    reminders: followUp.reminders,
    feedbackCards: followUp.feedbackCards,
    coaching,
    evaluations: core,
    nilai: { for: (person: Person) => nilaiCards(core, person) },
    bimbingan: { for: bimbinganCard(directory, () => toWibDate(clock.now())) },
  };
}
