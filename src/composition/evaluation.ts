import { calibrationRoutes } from "../api/calibration-routes";
import { evaluationRoutes } from "../api/evaluation-routes";
import { EvalAcknowledgeHandler } from "../bot/handlers/eval-acknowledge";
import { nilaiCards } from "../bot/handlers/eval-command";
import { CardEvaluationNotifications } from "../bot/handlers/eval-notifications";
import { EvalRateOpenHandler } from "../bot/handlers/eval-rate-open";
import { EvalRatePreviewHandler } from "../bot/handlers/eval-rate-preview";
import { EvalRateSubmitHandler } from "../bot/handlers/eval-rate-submit";
import { EvalSelfOpenHandler } from "../bot/handlers/eval-self-open";
import { EvalSelfSubmitHandler } from "../bot/handlers/eval-self-submit";
import type { Person } from "../domain/org";
import { toWibDate } from "../domain/time";
import { CalibrationService } from "../services/calibration-service";
import { CalibrationUnits } from "../services/calibration-units";
import { EvaluationActions } from "../services/evaluation-actions";
import { EvaluationService } from "../services/evaluation-service";
import { EvaluationSources } from "../services/evaluation-sources";
import type { PeriodService } from "../services/period-service";
import type { AppContext, Feature } from "./context";

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
    notifications: new CardEvaluationNotifications(notifier),
    background,
  });
  const actions = new EvaluationActions(core);
  const calibration = new CalibrationService(core);
  const feature: Feature = {
    routes: [...evaluationRoutes(core, actions), ...calibrationRoutes(calibration)],
    handlers: [
      new EvalSelfOpenHandler(core),
      new EvalSelfSubmitHandler(actions, authority, () => toWibDate(clock.now())),
      new EvalRateOpenHandler(core),
      new EvalRatePreviewHandler(actions),
      new EvalRateSubmitHandler(actions),
      new EvalAcknowledgeHandler(actions),
    ],
  };
  return { feature, evaluations: core, nilai: { for: (person: Person) => nilaiCards(core, person) } };
}
