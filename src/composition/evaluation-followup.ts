import { feedbackRequestRoutes } from "../api/feedback-request-routes";
import { objectionRoutes } from "../api/objection-routes";
import { FeedbackAnswerHandler, FeedbackRequestOpenHandler, FeedbackRequestSubmitHandler } from "../bot/handlers/feedback-request-handlers";
import { CardFeedbackNotifications } from "../bot/handlers/feedback-request-notifications";
import { ObjectionDecideHandler, ObjectionOpenHandler, ObjectionSubmitHandler } from "../bot/handlers/objection-handlers";
import { CardObjectionNotifications } from "../bot/handlers/objection-notifications";
import { CardReminderNotifications } from "../bot/reminder-notifications";
import type { Person } from "../domain/org";
import type { Rhk } from "../domain/skp";
import { toWibDate } from "../domain/time";
import { EvaluationReminders } from "../services/evaluation-reminders";
import type { EvaluationService } from "../services/evaluation-service";
import type { EvaluationSources } from "../services/evaluation-sources";
import { FeedbackRequestService } from "../services/feedback-request-service";
import { ObjectionService } from "../services/objection-service";
import type { PeriodService } from "../services/period-service";
import type { AppContext, Feature } from "./context";

/** After and around the rating (issue 4): keberatan, feedback requests and the daily reminders. */
export function evaluationFollowUp(ctx: AppContext, core: EvaluationService, periods: PeriodService, sources: EvaluationSources) {
  const { config, directory, repos, clock, authority, background, notifier } = ctx;
  const objections = new ObjectionService(core, { windowDays: config.objectionWindowDays, notifications: new CardObjectionNotifications(notifier) });
  // A request is about the SKP in force: the open period's year, else this year's first period.
  const rhksOf = async (employee: Person): Promise<Rhk[]> => {
    const year = Number(toWibDate(clock.now()).slice(0, 4));
    const period = (await periods.openToday())[0] ?? (await periods.all()).find((p) => p.year === year);
    return period ? sources.rhksOf(employee, period) : [];
  };
  const feedback = new FeedbackRequestService({
    directory,
    authority,
    requests: repos.feedbackRequests,
    audit: repos.audit,
    clock,
    background,
    notifications: new CardFeedbackNotifications(notifier, directory, rhksOf),
    rhkIdsOf: async (employee) => (await rhksOf(employee)).map((r) => r.id),
  });
  const reminders = new EvaluationReminders({
    directory,
    authority,
    periods,
    evaluations: repos.evaluations,
    log: repos.reminders,
    clock,
    holidays: config.holidays,
    hourWib: config.reminderHourWib,
    notifications: new CardReminderNotifications(notifier, () => toWibDate(clock.now())),
  });
  const cards = { service: feedback, directory, rhksOf };
  const feature: Feature = {
    routes: [...objectionRoutes(objections), ...feedbackRequestRoutes(feedback)],
    handlers: [
      new ObjectionOpenHandler(core, config.objectionWindowDays),
      new ObjectionSubmitHandler(objections, config.objectionWindowDays),
      new ObjectionDecideHandler(objections),
      new FeedbackRequestOpenHandler(cards),
      new FeedbackRequestSubmitHandler(cards),
      new FeedbackAnswerHandler(cards),
    ],
  };
  // feedbackCards: the channel feature posts requests in a unit channel too (composition/channel-views.ts).
  return { feature, reminders, feedbackCards: cards };
}
