import { competencyRoutes } from "../api/competency-routes";
import { trainingRoutes } from "../api/training-routes";
import { DevelopmentDecideHandler } from "../bot/handlers/development-decide";
import { JpExternalDecideHandler } from "../bot/handlers/jp-external-decide";
import { registerCompetencyCards } from "../bot/competency-outbox-cards";
import { CardCompetencyNotifications } from "../bot/handlers/training-notifications";
import { TrainingAttendanceHandler } from "../bot/handlers/training-attendance";
import { TrainingCancelHandler, TrainingRegisterHandler } from "../bot/handlers/training-register";
import { competencyDailyTick, type CompetencyServices } from "../services/competency-services";
import { DevelopmentService } from "../services/development-service";
import { TrainingNeedsAnalysisService } from "../services/development-tna";
import type { EvaluationService } from "../services/evaluation-service";
import { JpService } from "../services/jp-service";
import { TrainingCatalogue } from "../services/training-catalogue";
import { TrainingRegistration } from "../services/training-registration";
import type { CoachingRepository } from "../services/coaching-ports";
import type { AppContext, Feature } from "./context";

/**
 * Competency development (DOMAIN.md section 9, docs/competency.md): development needs suggested after each rating,
 * the training needs analysis, the catalogue with registration and attendance, and JP towards 20 a year.
 */
export function competencyFeature(ctx: AppContext, evaluations: EvaluationService) {
  const { directory, repos, clock, audit } = { ...ctx, audit: ctx.repos.audit };
  // Cards to one person go directly; cards to many (announcements, reminders) through the durable outbox.
  const notifications = new CardCompetencyNotifications(ctx.notifier, ctx.directory, { cardJobs: ctx.cardJobs, store: repos.outbox.store });
  registerCompetencyCards(ctx.outboxCards, { repo: repos.competency, directory, clock });
  const deps = { directory, repo: repos.competency, audit, clock, notifications };
  const services: CompetencyServices = {
    development: new DevelopmentService({ ...deps, competencyScores: (employeeId, year) => coachingScores(repos.coaching, employeeId, year) }),
    tna: new TrainingNeedsAnalysisService(deps),
    catalogue: new TrainingCatalogue(deps),
    registration: new TrainingRegistration(deps),
    jp: new JpService(deps),
  };
  evaluations.ratingObservers.push((subject) => services.development.suggestFromRating(subject));
  const feature: Feature = {
    routes: [...competencyRoutes(services, directory), ...trainingRoutes(services, directory)],
    handlers: [
      new DevelopmentDecideHandler(services.development, directory),
      new TrainingRegisterHandler(services.registration),
      new TrainingCancelHandler(services.registration),
      new TrainingAttendanceHandler(services.registration, directory),
      new JpExternalDecideHandler(services.jp, directory),
    ],
  };
  return { feature, services, dailyTick: () => competencyDailyTick(services) };
}

/** The latest Format B.1.9 score per competency from the employee's coaching sessions of the year. */
async function coachingScores(coaching: CoachingRepository, employeeId: string, year: number) {
  const latest = new Map<string, { competency: string; score: number; at: string }>();
  for (const session of await coaching.listForEmployee(employeeId)) {
    const c = session.competencies;
    if (!c || !session.date.startsWith(`${year}-`)) continue;
    for (const s of c.scores) {
      const key = s.competency.toLowerCase();
      const before = latest.get(key);
      if (!before || before.at < c.at) latest.set(key, { competency: s.competency, score: s.score, at: c.at });
    }
  }
  return [...latest.values()];
}
