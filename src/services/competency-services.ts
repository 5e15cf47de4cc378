import type { DevelopmentService } from "./development-service";
import type { TrainingNeedsAnalysisService } from "./development-tna";
import type { JpService } from "./jp-service";
import type { TrainingCatalogue } from "./training-catalogue";
import type { TrainingRegistration } from "./training-registration";

/** The use cases of competency development (DOMAIN.md section 9), built by src/composition/competency.ts. */
export interface CompetencyServices {
  development: DevelopmentService;
  tna: TrainingNeedsAnalysisService;
  catalogue: TrainingCatalogue;
  registration: TrainingRegistration;
  jp: JpService;
}

export interface DailyTickResult {
  trainingReminders: number;
  attendanceCards: number;
  jpReminders: { employees: number; supervisors: number };
}

/**
 * The daily tick: the day-before reminders, the attendance cards of ended trainings and (from July) the monthly JP reminders. Each send is claimed once in
 * storage first, so running it twice a day, or on two instances, sends nothing twice.
 */
export async function competencyDailyTick(s: CompetencyServices): Promise<DailyTickResult> {
  const trainingReminders = await s.catalogue.remindTomorrow();
  const attendanceCards = await s.catalogue.attendanceCardsDue();
  const jpReminders = await s.jp.remindBehind();
  return { trainingReminders, attendanceCards, jpReminders };
}
